import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseSaturation, LifeboatError, ServiceUnavailableError } from './lifeboat-error';
import { ValidationError } from 'class-validator';
import { BadRequestException, HttpException } from '@nestjs/common';
import { ERROR_CODES, REQUEST_ERROR_CODES } from '@lifeboat/shared';

/** The codes a client may see as they are; anything else is an internal error. */
const KNOWN_CODES = new Set<string>([
  // Lifeboat's own (libs/shared, also worded by the web app), but the fallback itself.
  ...ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  // What a request that never reached a resolver answers.
  ...REQUEST_ERROR_CODES,
  // Apollo Server's own.
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors become what a client sees: the code in `extensions.code`,
 * the offending fields for BAD_USER_INPUT, and nothing internal (no SQL, no stack) outside development.
 * A saturated database (no pooled connection freed up within 5 s, or PostgreSQL refusing
 * connections) is SERVICE_UNAVAILABLE with `retryAfterSeconds`, not INTERNAL_SERVER_ERROR.
 */
export function makeErrorFormatter(opts: { exposeInternals: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof LifeboatError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.fields.length > 0 ? { fields: original.fields } : {}),
          ...(original instanceof ServiceUnavailableError ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
        },
      };
    }
    if (isDatabaseSaturation(original)) {
      // Not the client's fault, not a bug: the database had no connection to spare in time. Retryable.
      opts.log(original);
      const busy = new ServiceUnavailableError();
      return { ...base, message: busy.message, extensions: { code: busy.code, retryAfterSeconds: busy.retryAfterSeconds } };
    }
    if (original instanceof BadRequestException) {
      // Raised by the global ValidationPipe: its response carries the field problems.
      const response = original.getResponse() as { fields?: unknown; message?: unknown };
      return {
        ...base,
        message: typeof response.message === 'string' ? response.message : 'The input is invalid.',
        extensions: { code: 'BAD_USER_INPUT', ...(response.fields ? { fields: response.fields } : {}) },
      };
    }
    if (original instanceof HttpException && original.getStatus() === 404) {
      return { ...base, extensions: { code: 'NOT_FOUND' } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      // Keep what a client can act on (e.g. cost and maxCost), never the internals.
      const { stacktrace: _stack, http: _http, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions: { ...extensions, code } };
    }
    if (
      original instanceof GraphQLError &&
      !original.path &&
      (!original.originalError || original.originalError instanceof GraphQLError)
    ) {
      // Raised by GraphQL itself (parsing, validation, a variable that does not fit its type):
      // the client's operation is wrong, nothing failed inside.
      return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    }
    opts.log(original);
    return {
      ...base,
      message: opts.exposeInternals && original instanceof Error ? original.message : 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Turns class-validator errors into the field list of a BAD_USER_INPUT error. */
export function flattenValidationErrors(errors: ValidationError[], prefix = 'input'): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  for (const e of errors) {
    const field = `${prefix}.${e.property}`;
    for (const reason of Object.values(e.constraints ?? {})) out.push({ field, reason });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}
