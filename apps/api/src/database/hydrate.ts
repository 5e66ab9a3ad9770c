import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns a raw row (snake_case columns from a hand-written query) into an entity, with the same
 * conversions TypeORM applies (transformers, dates): lets repositories write keyset and lateral
 * SQL and still return entities.
 */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>, prefix = ''): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    // `prefix`: the entity's columns under aliases (`o_id`, `o_stage`… for a joined deal), read in place.
    const raw = row[prefix ? prefix + column.databaseName : column.databaseName];
    if (raw === undefined) continue;
    entity[column.propertyName] = manager.connection.driver.prepareHydratedValue(raw, column);
  }
  return entity as T;
}

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` run through `manager.query`:
 * TypeORM's PostgreSQL runner returns `[rows, affectedCount]` for those, plain rows otherwise.
 */
export function returnedRows(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Record<string, unknown>[];
  }
  return result as Record<string, unknown>[];
}
