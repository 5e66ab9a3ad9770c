import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21, point 1: customer collectives as first-class prospects (AMEN's collective of 250
 * members, a forum, announced collective cancellations). A collective belongs to one campaign: its
 * name (unique in the campaign, case-insensitively), where it gathers (an http(s) forum URL), the
 * member count it claims, the date it announced for collective cancellations, its spokesperson (a
 * contact of the campaign; cleared if the contact goes) and notes; versioned like other entities.
 *
 * Membership is hand-linked: an account is in at most one collective (the primary key), and the
 * collective and the account are of the same campaign — the composite foreign keys hold it, on
 * (id, campaign_id) of each side, so no write path can link across campaigns.
 */
export class Collectives1795490000012 implements MigrationInterface {
  name = 'Collectives1795490000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE collective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        forum_url text CHECK (forum_url ~* '^https?://'),
        claimed_members int NOT NULL DEFAULT 0 CHECK (claimed_members >= 0),
        announced_cancellation_at timestamptz,
        spokesperson_contact_id uuid REFERENCES contact(id) ON DELETE SET NULL,
        notes text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT collective_id_campaign_uq UNIQUE (id, campaign_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX collective_campaign_name_uq ON collective (campaign_id, lower(name))`);
    await q.query(`CREATE INDEX collective_campaign_idx ON collective (campaign_id, name, id)`);
    await q.query(`CREATE UNIQUE INDEX account_id_campaign_uq ON account (id, campaign_id)`);
    await q.query(`
      CREATE TABLE collective_member (
        account_id uuid PRIMARY KEY,
        collective_id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT collective_member_collective_fk FOREIGN KEY (collective_id, campaign_id) REFERENCES collective (id, campaign_id) ON DELETE CASCADE,
        CONSTRAINT collective_member_account_fk FOREIGN KEY (account_id, campaign_id) REFERENCES account (id, campaign_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX collective_member_collective_idx ON collective_member (collective_id, account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE collective_member`);
    await q.query(`DROP INDEX account_id_campaign_uq`);
    await q.query(`DROP TABLE collective`);
  }
}
