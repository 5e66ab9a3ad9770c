import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (a hand-out of 100,000 accounts): the per-row trigger of migration 1795402170000 wrote
 * one `opportunity.changed` outbox event per deal whose account changed owner, so a hand-out left
 * 100,000 events, and as many jobs, behind it, which slowed the hand-out itself and every read for
 * minutes after it. A writer that changes owners in bulk now says so for its transaction
 * (`SET LOCAL lifeboat.deal_announcements = 'by_writer'`) and announces its deals itself, one
 * `opportunity.owners_changed` event per statement (distribution/bulk-assignment.repository.ts);
 * every other owner change (claim, assign, unassign) is still announced deal by deal by the trigger.
 */
export class BatchOwnerAnnouncements1795402700000 implements MigrationInterface {
  name = 'BatchOwnerAnnouncements1795402700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS account_owner_announce_change ON account`);
    await q.query(`
      CREATE TRIGGER account_owner_announce_change AFTER UPDATE OF owner_id ON account
      FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id
        AND current_setting('lifeboat.deal_announcements', true) IS DISTINCT FROM 'by_writer')
      EXECUTE FUNCTION account_owner_announce_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS account_owner_announce_change ON account`);
    await q.query(`
      CREATE TRIGGER account_owner_announce_change AFTER UPDATE OF owner_id ON account
      FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id) EXECUTE FUNCTION account_owner_announce_change()`);
  }
}
