import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (the first queue read at 100,000 accounts): a queue is ordered by its deal's due time,
 * then by its account's urgency — two tables — so PostgreSQL read all of a rep's 10,000 accounts
 * and deals and sorted them for each page. The account now carries its open deal's due time
 * (`open_deal_due_at`) and whether it has one (`has_open_deal`), kept by triggers on `opportunity`
 * whoever writes it (one statement per statement, from its transition rows), and two indexes walk
 * the queue in its order: a rep's own accounts, and a campaign's unassigned ones.
 * "Overdue first, then by due time, then by urgency" is the order of (due ASC NULLS LAST, urgency DESC, id).
 */
export class AccountQueueKeys1795402800000 implements MigrationInterface {
  name = 'AccountQueueKeys1795402800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account ADD COLUMN has_open_deal boolean NOT NULL DEFAULT false, ADD COLUMN open_deal_due_at timestamptz`);
    await q.query(`
      UPDATE account a SET has_open_deal = true, open_deal_due_at = o.due_at
      FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost')`);
    // The keys of the given accounts, from their open deal (at most one: opportunity_one_open_per_account_uq).
    await q.query(`
      CREATE FUNCTION account_queue_keys_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE account a SET has_open_deal = k.open, open_deal_due_at = k.due
        FROM (SELECT x.id, o.id IS NOT NULL AS open, o.due_at AS due
              FROM unnest(ids) AS x(id)
              LEFT JOIN opportunity o ON o.account_id = x.id AND o.stage NOT IN ('won','lost')) k
        WHERE a.id = k.id AND (a.has_open_deal IS DISTINCT FROM k.open OR a.open_deal_due_at IS DISTINCT FROM k.due)
      $$`);
    await q.query(`
      CREATE FUNCTION opportunity_queue_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Writers that set the keys with the account (an import) leave nothing to do here.
        PERFORM account_queue_keys_refresh(ARRAY(
          SELECT n.account_id FROM new_rows n JOIN account a ON a.id = n.account_id
          WHERE n.stage NOT IN ('won','lost') AND (NOT a.has_open_deal OR a.open_deal_due_at IS DISTINCT FROM n.due_at)));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION opportunity_queue_keys_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM account_queue_keys_refresh(ARRAY(
          SELECT DISTINCT unnest(ARRAY[n.account_id, o.account_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE n.stage IS DISTINCT FROM o.stage OR n.due_at IS DISTINCT FROM o.due_at OR n.account_id IS DISTINCT FROM o.account_id));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION opportunity_queue_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM account_queue_keys_refresh(ARRAY(SELECT DISTINCT account_id FROM old_rows));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER opportunity_queue_keys_inserted AFTER INSERT ON opportunity REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION opportunity_queue_keys_inserted()`);
    await q.query(`CREATE TRIGGER opportunity_queue_keys_updated AFTER UPDATE ON opportunity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION opportunity_queue_keys_updated()`);
    await q.query(`CREATE TRIGGER opportunity_queue_keys_deleted AFTER DELETE ON opportunity REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION opportunity_queue_keys_deleted()`);
    await q.query(`CREATE INDEX account_owner_queue_idx ON account (owner_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) WHERE has_open_deal`);
    await q.query(`CREATE INDEX account_unowned_queue_idx ON account (campaign_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) WHERE owner_id IS NULL AND has_open_deal`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS account_unowned_queue_idx`);
    await q.query(`DROP INDEX IF EXISTS account_owner_queue_idx`);
    await q.query(`DROP TRIGGER IF EXISTS opportunity_queue_keys_deleted ON opportunity`);
    await q.query(`DROP TRIGGER IF EXISTS opportunity_queue_keys_updated ON opportunity`);
    await q.query(`DROP TRIGGER IF EXISTS opportunity_queue_keys_inserted ON opportunity`);
    await q.query(`DROP FUNCTION IF EXISTS opportunity_queue_keys_deleted()`);
    await q.query(`DROP FUNCTION IF EXISTS opportunity_queue_keys_updated()`);
    await q.query(`DROP FUNCTION IF EXISTS opportunity_queue_keys_inserted()`);
    await q.query(`DROP FUNCTION IF EXISTS account_queue_keys_refresh(uuid[])`);
    await q.query(`ALTER TABLE account DROP COLUMN IF EXISTS open_deal_due_at, DROP COLUMN IF EXISTS has_open_deal`);
  }
}
