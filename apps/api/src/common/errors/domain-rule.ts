import { DomainRuleError } from '@lifeboat/domain';
import { BadInputError, ForbiddenError, LifeboatError } from './lifeboat-error';

/** A broken business rule as the client sees it: NOT_PERMITTED is FORBIDDEN, the rest BAD_USER_INPUT naming the field. */
export function fromDomainRule(error: DomainRuleError, prefix = 'input'): LifeboatError {
  if (error.code === 'NOT_PERMITTED') return new ForbiddenError(error.message);
  const field = `${prefix}.${error.field ?? 'value'}`;
  return new BadInputError(error.message, [{ field, reason: error.message }]);
}

/** Runs a rule of libs/domain, turning its DomainRuleError into the API's error. */
export function applyRule<T>(rule: () => T, prefix = 'input'): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof DomainRuleError) throw fromDomainRule(error, prefix);
    throw error;
  }
}
