import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21 part 3, exactly once: a mail handed to the SMTP server by a sender that died before
 * recording the answer is no longer left `uncertain` but sent again by the takeover, with the same
 * Message-ID (receiving servers drop a second copy with an identical Message-ID).
 *
 * `outreach_message.interrupted_at`: when a takeover found the row handed over and unanswered (it
 * is queued again, and counted on the outreach's progress as "resent after an interruption").
 * `outreach_message.personal_offer_id`: the personal offer whose link the mail carried
 * ({{offerLink}}), so the outreach's results count the offers opened / accepted after the mail.
 * Rows left `uncertain` by an outreach still sending are queued again (re-sent with their
 * Message-ID); those of finished outreaches stay as they were.
 */
export class OutreachExactlyOnce1795490000017 implements MigrationInterface {
  name = 'OutreachExactlyOnce1795490000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outreach_message ADD COLUMN interrupted_at timestamptz`);
    await q.query(`ALTER TABLE outreach_message ADD COLUMN personal_offer_id uuid REFERENCES personal_offer(id) ON DELETE SET NULL`);
    await q.query(
      `UPDATE outreach_message m SET status = 'queued', interrupted_at = now(), handed_at = NULL, lease_until = NULL
       FROM outreach o WHERE o.id = m.outreach_id AND o.status = 'sending' AND m.status = 'uncertain'`,
    );
    // The results' join: offers opened (or accepted) at all are the few to look at.
    await q.query(`CREATE INDEX personal_offer_opened_account_idx ON personal_offer (account_id, opened_at, accepted_at) WHERE opened_at IS NOT NULL OR accepted_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX personal_offer_opened_account_idx`);
    await q.query(`ALTER TABLE outreach_message DROP COLUMN personal_offer_id`);
    await q.query(`ALTER TABLE outreach_message DROP COLUMN interrupted_at`);
  }
}
