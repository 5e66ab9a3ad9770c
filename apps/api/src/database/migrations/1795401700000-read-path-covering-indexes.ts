import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #11 (benchmarks, 200,000-account data set): six indexes get the columns their readers
 * need, so those reads become index-only scans instead of visiting thousands of heap pages per
 * request. Same names, same leading key columns, same number of indexes per table.
 * - `account_owner_idx` (owner_id, urgency DESC) → (owner_id, campaign_id, urgency DESC, id): a
 *   rep's accounts of one campaign, for their work queue (`myQueue`) and its count.
 * - `account_unowned_idx` (campaign_id, urgency DESC) WHERE owner_id IS NULL → + id: the claimable
 *   accounts in the queue's order (id breaks ties), and their count, without the heap.
 * - `account_campaign_urgency_idx` (campaign_id, urgency DESC, id) + INCLUDE (owner_id): the
 *   pipeline dashboard reads each account's owner (36,000 accounts: 15,000 heap pages before).
 * - `stage_transition_campaign_idx` (campaign_id, at) → (campaign_id, opportunity_id, at) INCLUDE
 *   (to_stage, due_at, id): the dashboard's stage history of a campaign (100,000 rows) without the
 *   heap, already in the order its per-deal window needs (its only reader; the key's prefix is kept).
 * - `opportunity_open_due_idx` (campaign_id, due_at) WHERE open, and `opportunity_campaign_stage_idx`
 *   (campaign_id, stage), + INCLUDE (account_id): the work queue's count hashes a campaign's open
 *   deals, and all its deals, against its unassigned accounts from the indexes alone.
 */
export class ReadPathCoveringIndexes1795401700000 implements MigrationInterface {
  name = 'ReadPathCoveringIndexes1795401700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS account_owner_idx`);
    await q.query(`CREATE INDEX account_owner_idx ON account (owner_id, campaign_id, urgency DESC, id)`);
    await q.query(`DROP INDEX IF EXISTS account_unowned_idx`);
    await q.query(`CREATE INDEX account_unowned_idx ON account (campaign_id, urgency DESC, id) WHERE owner_id IS NULL`);
    await q.query(`DROP INDEX IF EXISTS account_campaign_urgency_idx`);
    await q.query(`CREATE INDEX account_campaign_urgency_idx ON account (campaign_id, urgency DESC, id) INCLUDE (owner_id)`);
    await q.query(`DROP INDEX IF EXISTS stage_transition_campaign_idx`);
    await q.query(`CREATE INDEX stage_transition_campaign_idx ON stage_transition (campaign_id, opportunity_id, at) INCLUDE (to_stage, due_at, id)`);
    await q.query(`DROP INDEX IF EXISTS opportunity_open_due_idx`);
    await q.query(`CREATE INDEX opportunity_open_due_idx ON opportunity (campaign_id, due_at) INCLUDE (account_id) WHERE stage NOT IN ('won','lost')`);
    await q.query(`DROP INDEX IF EXISTS opportunity_campaign_stage_idx`);
    await q.query(`CREATE INDEX opportunity_campaign_stage_idx ON opportunity (campaign_id, stage) INCLUDE (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS account_owner_idx`);
    await q.query(`CREATE INDEX account_owner_idx ON account (owner_id, urgency DESC)`);
    await q.query(`DROP INDEX IF EXISTS account_unowned_idx`);
    await q.query(`CREATE INDEX account_unowned_idx ON account (campaign_id, urgency DESC) WHERE owner_id IS NULL`);
    await q.query(`DROP INDEX IF EXISTS account_campaign_urgency_idx`);
    await q.query(`CREATE INDEX account_campaign_urgency_idx ON account (campaign_id, urgency DESC, id)`);
    await q.query(`DROP INDEX IF EXISTS stage_transition_campaign_idx`);
    await q.query(`CREATE INDEX stage_transition_campaign_idx ON stage_transition (campaign_id, at)`);
    await q.query(`DROP INDEX IF EXISTS opportunity_open_due_idx`);
    await q.query(`CREATE INDEX opportunity_open_due_idx ON opportunity (campaign_id, due_at) WHERE stage NOT IN ('won','lost')`);
    await q.query(`DROP INDEX IF EXISTS opportunity_campaign_stage_idx`);
    await q.query(`CREATE INDEX opportunity_campaign_stage_idx ON opportunity (campaign_id, stage)`);
  }
}
