import { EntityManager } from 'typeorm';
import type { CampaignSettingsOverrides } from '@lifeboat/domain';

export interface CampaignDue {
  id: string;
  rivalId: string;
  name: string;
  settings: CampaignSettingsOverrides | null;
  /** The campaign-local date this task last ran for, YYYY-MM-DD; null: never. */
  lastLocalDate: string | null;
}

/** Active campaigns with the local date `task` last ran for in each. */
export async function campaignsWithState(manager: EntityManager, task: string): Promise<CampaignDue[]> {
  const rows: Array<{ id: string; rival_id: string; name: string; settings: CampaignSettingsOverrides | null; last: string | null }> = await manager.query(
    `SELECT c.id, c.rival_id, c.name, c.settings, to_char(s.last_local_date, 'YYYY-MM-DD') AS last
     FROM campaign c LEFT JOIN schedule_state s ON s.campaign_id = c.id AND s.task = $1
     WHERE c.status = 'active' ORDER BY c.id`,
    [task],
  );
  return rows.map((r) => ({ id: r.id, rivalId: r.rival_id, name: r.name, settings: r.settings, lastLocalDate: r.last }));
}

/** Remembers that `task` ran for the campaign's local date `localDate`. */
export async function markDone(manager: EntityManager, task: string, campaignId: string, localDate: string): Promise<void> {
  await manager.query(
    `INSERT INTO schedule_state (campaign_id, task, last_local_date, updated_at) VALUES ($1, $2, $3::date, now())
     ON CONFLICT (campaign_id, task) DO UPDATE SET last_local_date = EXCLUDED.last_local_date, updated_at = now()`,
    [campaignId, task, localDate],
  );
}
