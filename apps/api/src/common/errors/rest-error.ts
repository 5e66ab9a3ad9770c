import { HttpStatus, type Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { BadInputError, LifeboatError, RateLimitedError, ServiceUnavailableError } from './lifeboat-error';

/** The HTTP status of each error code on the api's few routes outside GraphQL. */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Answers a REST route's error as `{ error: { code, message, fields } }` with its HTTP status (the
 * same codes as GraphQL's `extensions.code`); anything else is logged and answered as
 * INTERNAL_SERVER_ERROR without its details. `status` overrides the code's status (e.g. 413).
 */
export function sendRestError(res: Response, req: Request, error: unknown, logger: Logger, status?: number): void {
  if (!(error instanceof LifeboatError)) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.', fields: [] } });
    return;
  }
  if (error instanceof RateLimitedError || error instanceof ServiceUnavailableError) res.setHeader('retry-after', String(error.retryAfterSeconds));
  // The rest of a refused body is read and dropped (as it arrives, never kept), so the client gets the answer.
  if (!req.readableEnded) req.resume();
  res.status(status ?? STATUS[error.code] ?? HttpStatus.BAD_REQUEST).json({ error: { code: error.code, message: error.message, fields: error.fields } });
}

/** One query parameter given at most once as a string (`?a=1&a=2` or `?a[b]=1` is refused). */
export function queryParam(query: Request['query'], name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadInputError(`Give ${name} once.`, [{ field: name, reason: 'repeated or nested' }]);
  return value;
}

/**
 * A REST route's parameters checked by the same DTO (and rules) as the GraphQL operation they
 * mirror: unknown ones refused; every problem named with its field.
 */
export function checkParams<T extends object>(dto: ClassConstructor<T>, plain: Record<string, unknown>, what: string): T {
  const input = plainToInstance(dto, plain);
  const problems = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length === 0) return input;
  const fields = problems.flatMap((p) => {
    const own = Object.values(p.constraints ?? {}).map((reason) => ({ field: p.property, reason }));
    const nested = (p.children ?? []).flatMap((c) => Object.values(c.constraints ?? {}).map((reason) => ({ field: `${p.property}.${c.property}`, reason })));
    return [...own, ...nested];
  });
  throw new BadInputError(`The ${what}'s parameters are invalid: ${fields.map((f) => `${f.field} (${f.reason})`).join('; ')}.`, fields);
}
