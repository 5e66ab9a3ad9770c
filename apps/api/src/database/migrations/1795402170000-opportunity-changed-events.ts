import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 (finding 9): every change of a deal is announced, whoever makes it. Two triggers write
 * an `opportunity.changed` outbox event in the transaction of the change, which the
 * `opportunityChanged` subscription (and the dashboard's refresh) is served from:
 * - on `opportunity`, each update that changes the row's `version`: a move (by a person, a key, a
 *   proposal sent or accepted), an update of its terms, and whatever changes a deal later;
 * - on `account`, a change of `owner_id` (claimed, assigned, unassigned): the account's deals have
 *   another owner.
 * Due times re-derived in bulk after a distress event or a settings change (written without a
 * version change) are not announced deal by deal: their event refreshes the campaign's dashboard.
 */
export class OpportunityChangedEvents1795402170000 implements MigrationInterface {
  name = 'OpportunityChangedEvents1795402170000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION opportunity_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox_event (type, payload)
        VALUES ('opportunity.changed', jsonb_build_object(
          'opportunityId', NEW.id, 'accountId', NEW.account_id, 'campaignId', NEW.campaign_id,
          'change', CASE WHEN OLD.stage IS DISTINCT FROM NEW.stage THEN 'stage' ELSE 'fields' END,
          'stage', NEW.stage,
          'previousStage', CASE WHEN OLD.stage IS DISTINCT FROM NEW.stage THEN OLD.stage END,
          'version', NEW.version));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER opportunity_announce_change AFTER UPDATE ON opportunity
      FOR EACH ROW WHEN (OLD.version IS DISTINCT FROM NEW.version) EXECUTE FUNCTION opportunity_announce_change()`);
    await q.query(`
      CREATE FUNCTION account_owner_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox_event (type, payload)
        SELECT 'opportunity.changed', jsonb_build_object(
          'opportunityId', o.id, 'accountId', o.account_id, 'campaignId', o.campaign_id,
          'change', 'owner', 'stage', o.stage, 'previousStage', NULL, 'version', o.version)
        FROM opportunity o WHERE o.account_id = NEW.id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER account_owner_announce_change AFTER UPDATE OF owner_id ON account
      FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id) EXECUTE FUNCTION account_owner_announce_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS account_owner_announce_change ON account`);
    await q.query(`DROP FUNCTION IF EXISTS account_owner_announce_change()`);
    await q.query(`DROP TRIGGER IF EXISTS opportunity_announce_change ON opportunity`);
    await q.query(`DROP FUNCTION IF EXISTS opportunity_announce_change()`);
  }
}
