import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21 part 3 (outreach): a manager mails a filtered list of a campaign's accounts, or a
 * collective's members, from a template. Queuing one writes its `outreach` row and, in the same
 * statement set-based (INSERT … SELECT), one `outreach_message` per recipient contact — unique per
 * (outreach, contact) and per (outreach, address): a contact is mailed once by an outreach,
 * whatever retries or restarts happen.
 *
 * A message moves queued → sending (claimed by a sender, with a lease; `handed_at` once it is
 * given to the SMTP server) → sent | bounced (a 5xx at RCPT/DATA) | failed (given up) |
 * uncertain (its sender died after handing it over and before recording the answer: not re-sent,
 * see outreach-sender.ts) | cancelled | suppressed (unsubscribed or bounced meanwhile).
 *
 * `email_suppression`: addresses no outreach mails again (unsubscribed through a mail's link,
 * hard-bounced, reported by the mail server), lower-cased; every later outreach skips them.
 * `contact.email_bounced_at`: the contact's address bounced hard (shown on the contact).
 * `activity.kind` gains nothing: a sent mail is an 'email' activity on the account's timeline.
 */
export class Outreach1795490000014 implements MigrationInterface {
  name = 'Outreach1795490000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outreach (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        collective_id uuid REFERENCES collective(id) ON DELETE SET NULL,
        filter jsonb,
        language text NOT NULL CHECK (language IN ('en', 'fr')),
        subject text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 300),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        status text NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'completed', 'cancelled')),
        recipients int NOT NULL DEFAULT 0,
        skipped_suppressed int NOT NULL DEFAULT 0,
        token_secret text NOT NULL,
        actor_type text NOT NULL,
        actor_id text,
        actor_label text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX outreach_campaign_idx ON outreach (campaign_id, created_at DESC, id)`);
    await q.query(`
      CREATE TABLE outreach_message (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        outreach_id uuid NOT NULL REFERENCES outreach(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        email text NOT NULL,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'sending', 'sent', 'bounced', 'failed', 'uncertain', 'cancelled', 'suppressed')),
        lease_until timestamptz,
        handed_at timestamptz,
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        error text,
        CONSTRAINT outreach_message_contact_uq UNIQUE (outreach_id, contact_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX outreach_message_email_uq ON outreach_message (outreach_id, lower(email))`);
    await q.query(`CREATE INDEX outreach_message_status_idx ON outreach_message (outreach_id, status, id)`);
    await q.query(`
      CREATE TABLE email_suppression (
        email text PRIMARY KEY CHECK (email = lower(email)),
        reason text NOT NULL CHECK (reason IN ('unsubscribed', 'hard_bounce', 'bounce_report')),
        outreach_message_id bigint,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE contact ADD COLUMN email_bounced_at timestamptz`);
    // {{switchCredit}}: each recipient's account's latest proposal, looked up per mail.
    await q.query(`CREATE INDEX proposal_account_idx ON proposal (account_id, created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX proposal_account_idx`);
    await q.query(`ALTER TABLE contact DROP COLUMN email_bounced_at`);
    await q.query(`DROP TABLE email_suppression`);
    await q.query(`DROP TABLE outreach_message`);
    await q.query(`DROP TABLE outreach`);
  }
}
