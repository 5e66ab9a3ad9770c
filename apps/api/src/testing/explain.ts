import type { EntityManager } from 'typeorm';

/** A node of a plan as EXPLAIN (FORMAT JSON) gives it; the `Actual …` fields with ANALYZE only. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Heap Fetches'?: number;
  Plans?: PlanNode[];
}

/** The plan of a statement with its parameters: `EXPLAIN (options, FORMAT JSON)`, its root node. */
export async function explain(manager: Pick<EntityManager, 'query'>, sql: string, params: unknown[] = [], options = ''): Promise<PlanNode> {
  const [row] = await manager.query(`EXPLAIN (${options ? `${options}, ` : ''}FORMAT JSON) ${sql}`, params);
  const raw = row['QUERY PLAN'];
  // node-postgres gives the JSON parsed; PGlite's adapter as text.
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
  return plan[0].Plan;
}

/** A plan's nodes, the root first, depth first. */
export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}
