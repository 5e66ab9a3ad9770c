import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #8/#9 (scheduled jobs, in-app notifications):
 * - every notification inserted (by any module) writes a `notification.created` outbox event in
 *   the same transaction (a trigger), so the live `notificationAdded` subscription misses none;
 * - `notification.emailed_at`: when the notification went out by email (digests), so a retried
 *   email job never sends twice after a success;
 * - `notification_unread_idx`: the bell's unread count;
 * - `schedule_state`: per campaign and recurring task, the campaign-local date last handled
 *   (the day-change urgency recompute, the morning digest);
 * - `deal_escalation`: per deal and due time, when its owner was told it is overdue and when its
 *   managers were told it still is (each once).
 */
export class NotificationsAndSchedules1795401500000 implements MigrationInterface {
  name = 'NotificationsAndSchedules1795401500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN emailed_at timestamptz`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE FUNCTION notification_announce() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox_event (type, payload)
        VALUES ('notification.created', jsonb_build_object('notificationId', NEW.id, 'userId', NEW.user_id));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER notification_announce AFTER INSERT ON notification
      FOR EACH ROW EXECUTE FUNCTION notification_announce()`);
    await q.query(`
      CREATE TABLE schedule_state (
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        task text NOT NULL,
        last_local_date date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, task)
      )`);
    await q.query(`
      CREATE TABLE deal_escalation (
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        owner_notified_at timestamptz,
        escalated_at timestamptz,
        PRIMARY KEY (opportunity_id, due_at)
      )`);
    await q.query(`CREATE INDEX deal_escalation_pending_idx ON deal_escalation (opportunity_id) WHERE escalated_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS deal_escalation`);
    await q.query(`DROP TABLE IF EXISTS schedule_state`);
    await q.query(`DROP TRIGGER IF EXISTS notification_announce ON notification`);
    await q.query(`DROP FUNCTION IF EXISTS notification_announce()`);
    await q.query(`DROP INDEX IF EXISTS notification_unread_idx`);
    await q.query(`ALTER TABLE notification DROP COLUMN IF EXISTS emailed_at`);
  }
}
