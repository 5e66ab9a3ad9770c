import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21, part 2: personal offers at scale.
 *
 * A batch holds a campaign's pre-approved terms (discount within the approval level of whoever
 * generated it, term, validity) and what it was generated for (an accounts-list filter or a
 * collective). Its offers are one row per account, written by one INSERT … SELECT: the account's
 * rival services, prepaid date and monthly spend are frozen into the row at generation, so the
 * terms the customer sees and accepts are those of the moment of the offer. Only the SHA-256 of
 * an offer's link token is stored (the token itself is derived from a server key and the offer id,
 * never written). (batch, account) is unique: running a batch's job twice gives nobody a second offer.
 *
 * Cutover slots: `cutover_slot` has one row per (campaign, week) a customer has picked; an
 * acceptance locks it (FOR UPDATE) before it counts the week's load, so two acceptances of one week
 * are serialised and the last unit of capacity goes to one of them only.
 */
export class PersonalOffers1795490000013 implements MigrationInterface {
  name = 'PersonalOffers1795490000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_offer_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        collective_id uuid REFERENCES collective(id) ON DELETE SET NULL,
        filter jsonb NOT NULL DEFAULT '{}',
        discount_percent numeric(5,2) NOT NULL CHECK (discount_percent >= 0 AND discount_percent <= 100),
        approval_level text NOT NULL CHECK (approval_level IN ('rep','manager','admin')),
        term_months int NOT NULL CHECK (term_months BETWEEN 1 AND 120),
        expires_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','completed')),
        matched int NOT NULL DEFAULT 0,
        generated int NOT NULL DEFAULT 0,
        created_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX personal_offer_batch_campaign_idx ON personal_offer_batch (campaign_id, created_at DESC, id)`);
    await q.query(`
      CREATE TABLE personal_offer (
        id uuid PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES personal_offer_batch(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        services jsonb NOT NULL,
        workload int NOT NULL CHECK (workload >= 1),
        prepaid_until timestamptz,
        monthly_spend bigint NOT NULL,
        expires_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','accepted')),
        opened_at timestamptz,
        accepted_at timestamptz,
        cutover_week_start timestamptz,
        cutover_at timestamptz,
        monthly_total bigint,
        switch_credit bigint,
        total_over_term bigint,
        signer_name text,
        signer_title text,
        signer_email text,
        signer_ip text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT personal_offer_batch_account_uq UNIQUE (batch_id, account_id),
        CONSTRAINT personal_offer_accepted_ck CHECK (status <> 'accepted' OR (accepted_at IS NOT NULL AND cutover_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX personal_offer_token_uq ON personal_offer (token_hash)`);
    await q.query(`CREATE INDEX personal_offer_account_idx ON personal_offer (account_id)`);
    await q.query(`CREATE INDEX personal_offer_accepted_week_idx ON personal_offer (campaign_id, cutover_at) WHERE status = 'accepted'`);
    await q.query(`
      CREATE TABLE cutover_slot (
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        week_start timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, week_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cutover_slot`);
    await q.query(`DROP TABLE personal_offer`);
    await q.query(`DROP TABLE personal_offer_batch`);
  }
}
