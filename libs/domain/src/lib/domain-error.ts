/** Codes a broken rule carries; the api maps them to GraphQL `extensions.code`. */
export const DOMAIN_ERROR_CODES = [
  'TRANSITION_NOT_ALLOWED',
  'LOST_REASON_REQUIRED',
  'NOT_PERMITTED',
  'INVALID_ARGUMENT',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * A business rule said no. `message` is English text meant for a person ("A deal moves forward
 * one stage at a time: …"); `code` is stable for programs; `field` names the offending input
 * when there is one (e.g. `lostReason`, `lines[2].quantity`).
 */
export class DomainRuleError extends Error {
  override readonly name = 'DomainRuleError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Shorthand for the most common failure: a caller passed a value the rules cannot use. */
export function invalidArgument(field: string, message: string): DomainRuleError {
  return new DomainRuleError('INVALID_ARGUMENT', message, field);
}
