/**
 * Whether a database error is PostgreSQL's unique_violation (23505), raised by the driver or wrapped
 * by TypeORM; with `constraint`, only a violation of that constraint or unique index. The check
 * before an insert can race another writer: the index has the last word, and this turns its answer
 * into the caller's clear error.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  if (code !== '23505') return false;
  return constraint === undefined || (e?.constraint ?? e?.driverError?.constraint) === constraint;
}
