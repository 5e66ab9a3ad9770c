import type { ErrorCode } from '@lifeboat/shared';

/** The codes a GraphQL client sees in `extensions.code` (DESIGN.md §6): one list, in libs/shared, for the api and the web app. */
export type { ErrorCode };

export interface FieldProblem {
  /** The input path, e.g. `input.severity`. */
  field: string;
  reason: string;
  /** A stable name of the rule broken, for clients that word the reason themselves (e.g. `common` for a password). */
  rule?: string;
}

/**
 * Base of every error Lifeboat raises on purpose. Each bounded context subclasses it;
 * one formatter turns it into a GraphQL error with its code, so resolvers never catch.
 */
export class LifeboatError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends LifeboatError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('BAD_USER_INPUT', message, fields);
  }
}

export class NotFoundError extends LifeboatError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class ConflictError extends LifeboatError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class UnauthenticatedError extends LifeboatError {
  constructor(message = 'Sign in first: this needs an access token or an API key (Authorization: Bearer …).') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends LifeboatError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends LifeboatError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** Email cannot leave: SMTP_URL and MAIL_FROM (or LIFEBOAT_PUBLIC_URL, for links) are not set. Nothing was done. */
export class MailNotConfiguredError extends LifeboatError {
  constructor(message: string) {
    super('MAIL_NOT_CONFIGURED', message);
  }
}

/** The mail server could not be reached or refused the message. Nothing was done; the same request may succeed later. */
export class MailDeliveryFailedError extends LifeboatError {
  constructor(message: string) {
    super('MAIL_DELIVERY_FAILED', message);
  }
}

/**
 * Lifeboat is up but saturated: every database connection stayed busy for longer than the pool
 * waits (5 s), or the database refused a new connection. Nothing was done; the same request may
 * succeed a little later. Clients see `extensions.code` SERVICE_UNAVAILABLE with
 * `extensions.retryAfterSeconds` (and, when it happens before any resolver runs, HTTP 503 with a
 * `Retry-After` header).
 */
export class ServiceUnavailableError extends LifeboatError {
  constructor(
    readonly retryAfterSeconds = SATURATION_RETRY_AFTER_SECONDS,
    message = `Lifeboat is too busy to answer right now (no database connection freed up in time): nothing was changed, retry in ${retryAfterSeconds} seconds.`,
  ) {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** How long a client is told to wait before retrying after SERVICE_UNAVAILABLE. */
export const SATURATION_RETRY_AFTER_SECONDS = 2;

/**
 * Whether an error means "the database is saturated", not "the request is wrong" nor "a bug":
 * node-postgres' pool gave up waiting for a free connection, a new connection timed out, or
 * PostgreSQL refused it (too_many_connections 53300, cannot_connect_now 57P03). Looks through
 * wrappers (`originalError`, `cause`, TypeORM's `driverError`).
 */
export function isDatabaseSaturation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { message?: unknown; code?: unknown; originalError?: unknown; cause?: unknown; driverError?: unknown };
    if (e.code === '53300' || e.code === '57P03') return true;
    if (typeof e.message === 'string' && /^(timeout exceeded when trying to connect|Connection terminated due to connection timeout)$/.test(e.message)) return true;
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return false;
}
