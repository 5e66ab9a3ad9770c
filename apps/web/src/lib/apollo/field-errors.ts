import { errorCode, errorExtensions, errorMessage } from './errors';

/**
 * The api's BAD_USER_INPUT problems by field, `input.` taken off (`input.rivalId` → `rivalId`,
 * `input.team.2.userId` → `team.2.userId`), so a form shows each next to its field; `message` is
 * set when no field was named (shown above the form).
 */
export function fieldErrorsOf(error: unknown): { fields: Record<string, string>; message: string | null } {
  const fields: Record<string, string> = {};
  if (errorCode(error) === 'BAD_USER_INPUT') {
    for (const f of (errorExtensions(error)['fields'] as Array<{ field: string; reason: string }> | undefined) ?? []) {
      const key = f.field.replace(/^input\./, '');
      if (!(key in fields)) fields[key] = f.reason;
    }
  }
  return { fields, message: Object.keys(fields).length > 0 ? null : errorMessage(error) };
}

/** The first problem of a field or of anything under it (`team` also takes `team.0.userId`). */
export function problemUnder(fields: Record<string, string>, name: string): string | undefined {
  if (fields[name]) return fields[name];
  const key = Object.keys(fields).find((k) => k.startsWith(`${name}.`));
  return key ? fields[key] : undefined;
}
