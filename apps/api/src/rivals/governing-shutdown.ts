import type { EntityManager } from 'typeorm';
import { governingScenario } from '@lifeboat/domain';

/**
 * The shutdown date a rival's scenarios set (the earliest credible one: libs/domain
 * `governingScenario`), or null when none governs. While one does, the rival's date is theirs:
 * neither an edit of the rival nor a distress event's announced date moves it (issue #22).
 */
export async function governingShutdownAt(manager: EntityManager, rivalId: string): Promise<Date | null> {
  const rows: Array<{ id: string; goes_dark_at: Date | string; probability_percent: number }> = await manager.query(
    `SELECT id, goes_dark_at, probability_percent FROM shutdown_scenario WHERE rival_id = $1`,
    [rivalId],
  );
  const governing = governingScenario(rows.map((r) => ({ id: r.id, goesDarkAt: new Date(r.goes_dark_at), probabilityPercent: Number(r.probability_percent) })));
  return governing?.goesDarkAt ?? null;
}
