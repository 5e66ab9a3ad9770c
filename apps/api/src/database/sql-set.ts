import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * `col = $n, …` for the given properties of an entity (its column names from the metadata),
 * pushing the values onto `params`; jsonb values are serialised.
 */
export function setClause<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, patch: Partial<T>, params: unknown[]): string[] {
  const metadata = manager.connection.getMetadata(target);
  const parts: string[] = [];
  for (const [property, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    params.push(column.type === 'jsonb' ? JSON.stringify(value) : value);
    parts.push(`${column.databaseName} = $${params.length}`);
  }
  return parts;
}
