import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { ERROR_CODES, type ErrorCode as ApiErrorCode, type RequestErrorCode } from '@lifeboat/shared';

/** The api's error codes (DESIGN.md §6, the list in libs/shared), from `extensions.code`; a newer api's code passes through. */
export type ErrorCode = ApiErrorCode | RequestErrorCode | (string & NonNullable<unknown>);

/** What one of the api's routes outside GraphQL answered when it refused: `{ error: { code, message } }`. */
export class RestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'RestError';
  }

  /** The refusal in a response that is not ok (its JSON body, else its status). */
  static async of(response: Response): Promise<RestError> {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    const code = body?.error?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR');
    return new RestError(body?.error?.message ?? `${response.status} ${response.statusText}`.trim(), code);
  }
}

/** The first `extensions.code` of an error from Apollo (or a REST route's code); `network` when the request did not get an answer. */
export function errorCode(error: unknown): ErrorCode | 'network' | null {
  if (!error) return null;
  if (error instanceof RestError) return error.code;
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 429) return 'RATE_LIMITED';
    return 'INTERNAL_SERVER_ERROR';
  }
  return 'network';
}

/** The first GraphQL error's own message (the api writes them for people), or the error's. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/** The first GraphQL error's extensions, e.g. the current state sent with a CONFLICT. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  if (CombinedGraphQLErrors.is(error)) return (error.errors[0]?.extensions as Record<string, unknown>) ?? {};
  return {};
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCode(error) === 'UNAUTHENTICATED';
}

const WORDED = new Set<string>(ERROR_CODES);

/** The i18n key of a short title for what went wrong: the code's own words when the app has them, else the generic ones. */
export function errorTitleKey(error: unknown): `errors.${ApiErrorCode}` | 'errors.network' | 'errors.generic' {
  const code = errorCode(error);
  if (code === 'network') return 'errors.network';
  return code && WORDED.has(code) ? (`errors.${code}` as `errors.${ApiErrorCode}`) : 'errors.generic';
}
