import { MigrationInterface, QueryRunner } from 'typeorm';
import { queuePriorityScorer, resolveCampaignSettings, type CampaignSettingsOverrides, type Segment, type ShutdownScenarioLike, type Stage } from '@lifeboat/domain';

/** Accounts read and written per statement while the priorities are filled in. */
const BATCH = 5_000;

/**
 * The work queue in the order that wins the race (issue #23, part 4): by `account.queue_priority`,
 * highest first (libs/domain `computeQueuePriority`: the monthly spend a day's wait is expected to
 * cost, won and cut over before the rival goes dark, with the spend expected in time as a tie-break
 * and a bonus for an overdue deal), then by id. It was overdue first, then by due time, then by
 * urgency: in the race simulator that order captured nothing in a 21-day race (libs/domain/README.md).
 *
 * - `queue_priority` is written with the urgency by every writer (`UrgencyService`, the import, the
 *   demo, account creation) and recomputed daily (the deadlines come closer) and when the rival's
 *   date, its scenarios or the campaign's rules change.
 * - `account_owner_queue_idx` walks a rep's accounts with an open deal in that order;
 *   `account_unowned_queue_idx` walks a campaign's unassigned accounts in it, those with an open deal
 *   and those with none yet in one index (the queue's two unassigned kinds now share an order).
 * - Existing accounts get their priority here, as `UrgencyService` computes it (`queuePriorityScorer`).
 */
export class QueuePriority1795490000005 implements MigrationInterface {
  name = 'QueuePriority1795490000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account ADD COLUMN queue_priority bigint NOT NULL DEFAULT 0`);
    await fillQueuePriorities(q, new Date());
    await q.query(`DROP INDEX account_owner_queue_idx`);
    await q.query(
      `CREATE INDEX account_owner_queue_idx ON account (owner_id, queue_priority DESC, id) INCLUDE (campaign_id)
       WHERE has_open_deal AND owner_id IS NOT NULL`,
    );
    await q.query(`DROP INDEX account_unowned_queue_idx`);
    await q.query(`CREATE INDEX account_unowned_queue_idx ON account (campaign_id, queue_priority DESC, id) INCLUDE (has_open_deal) WHERE owner_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_unowned_queue_idx`);
    await q.query(`CREATE INDEX account_unowned_queue_idx ON account (campaign_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) WHERE owner_id IS NULL AND has_open_deal`);
    await q.query(`DROP INDEX account_owner_queue_idx`);
    await q.query(
      `CREATE INDEX account_owner_queue_idx ON account (owner_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) INCLUDE (campaign_id)
       WHERE has_open_deal AND owner_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE account DROP COLUMN queue_priority`);
  }
}

/** Every account's priority at `now`, campaign by campaign, in batches by id (as `UrgencyService` writes it). */
export async function fillQueuePriorities(q: Pick<QueryRunner, 'query'>, now: Date): Promise<void> {
  const campaigns: Array<{ id: string; settings: CampaignSettingsOverrides | null; rival_id: string; shutdown_expected_at: Date | string | null }> = await q.query(
    `SELECT c.id, c.settings, c.rival_id, r.shutdown_expected_at FROM campaign c JOIN rival r ON r.id = c.rival_id ORDER BY c.id`,
  );
  for (const c of campaigns) {
    let settings;
    try {
      settings = resolveCampaignSettings(c.settings);
    } catch {
      continue; // Rules that no longer read: the campaign's next recomputation reports them.
    }
    const scenarios: Array<{ id: string; goes_dark_at: Date | string; probability_percent: number }> = await q.query(
      `SELECT id, goes_dark_at, probability_percent FROM shutdown_scenario WHERE rival_id = $1`,
      [c.rival_id],
    );
    const rival = {
      shutdownExpectedAt: c.shutdown_expected_at === null ? null : new Date(c.shutdown_expected_at),
      scenarios: scenarios.map((s): ShutdownScenarioLike => ({ id: s.id, goesDarkAt: new Date(s.goes_dark_at), probabilityPercent: Number(s.probability_percent) })),
    };
    const priorityOf = queuePriorityScorer(rival, settings, now);
    for (let after: string | null = null; ; ) {
      const rows: Array<{ id: string; monthly_spend: string; segment: Segment; stage: Stage | null; due_at: Date | string | null }> = await q.query(
        `SELECT a.id, a.monthly_spend, a.segment, o.stage, o.due_at
         FROM account a LEFT JOIN opportunity o ON o.account_id = a.id AND o.stage NOT IN ('won','lost')
         WHERE a.campaign_id = $1 AND ($2::uuid IS NULL OR a.id > $2::uuid) ORDER BY a.id LIMIT $3`,
        [c.id, after, BATCH],
      );
      if (rows.length === 0) break;
      const priorities = rows.map((r) =>
        priorityOf({
          monthlySpend: Number(r.monthly_spend),
          segment: r.segment,
          stage: r.stage,
          dueAt: r.due_at === null ? null : new Date(r.due_at),
        }),
      );
      await q.query(`UPDATE account a SET queue_priority = v.p FROM unnest($1::uuid[], $2::bigint[]) AS v(id, p) WHERE a.id = v.id`, [rows.map((r) => r.id), priorities]);
      after = rows[rows.length - 1].id;
    }
  }
}
