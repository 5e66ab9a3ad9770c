import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (an import of 100,000 accounts on the server): each account an import writes went into
 * every index of `account`, two of them for nothing, and the queue-keys trigger looked up again the
 * keys the import had just written.
 *
 * - `account_owner_idx` and `account_owner_queue_idx` serve a rep's own accounts (`owner_id = $n`,
 *   which implies `owner_id IS NOT NULL`, so the planner still picks them); a campaign's unassigned
 *   accounts have their own indexes (`account_unowned_idx`, `account_unowned_queue_idx`). Partial on
 *   `owner_id IS NOT NULL`, an imported (unassigned) account no longer enters them; the hand-out's
 *   UPDATE writes a new row version into every index anyway, so it pays nothing more.
 * - `opportunity_queue_keys_inserted` returns at once when its writer sets the keys itself and says
 *   so for its transaction (`lifeboat.queue_keys = 'by_writer'`, set by the import around its one
 *   INSERT of deals): it joined each new deal to its account, 5,000 lookups a chunk, to find nothing
 *   to do. Any other writer is untouched (the setting is unset, or set back, everywhere else).
 */
export class LeanImportWrites1795480000000 implements MigrationInterface {
  name = 'LeanImportWrites1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_owner_idx`);
    await q.query(`CREATE INDEX account_owner_idx ON account (owner_id, campaign_id, urgency DESC, id) WHERE owner_id IS NOT NULL`);
    await q.query(`DROP INDEX account_owner_queue_idx`);
    await q.query(
      `CREATE INDEX account_owner_queue_idx ON account (owner_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) INCLUDE (campaign_id)
       WHERE has_open_deal AND owner_id IS NOT NULL`,
    );
    await q.query(`
      CREATE OR REPLACE FUNCTION opportunity_queue_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A writer that sets the keys with the account (an import) says so for its transaction.
        IF current_setting('lifeboat.queue_keys', true) = 'by_writer' THEN
          RETURN NULL;
        END IF;
        PERFORM account_queue_keys_refresh(ARRAY(
          SELECT n.account_id FROM new_rows n JOIN account a ON a.id = n.account_id
          WHERE n.stage NOT IN ('won','lost') AND (NOT a.has_open_deal OR a.open_deal_due_at IS DISTINCT FROM n.due_at)));
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION opportunity_queue_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM account_queue_keys_refresh(ARRAY(
          SELECT n.account_id FROM new_rows n JOIN account a ON a.id = n.account_id
          WHERE n.stage NOT IN ('won','lost') AND (NOT a.has_open_deal OR a.open_deal_due_at IS DISTINCT FROM n.due_at)));
        RETURN NULL;
      END $$`);
    await q.query(`DROP INDEX account_owner_queue_idx`);
    await q.query(
      `CREATE INDEX account_owner_queue_idx ON account (owner_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) INCLUDE (campaign_id) WHERE has_open_deal`,
    );
    await q.query(`DROP INDEX account_owner_idx`);
    await q.query(`CREATE INDEX account_owner_idx ON account (owner_id, campaign_id, urgency DESC, id)`);
  }
}
