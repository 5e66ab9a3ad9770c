import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fast-track contracts and customer migrations (DESIGN.md §3 Proposal, Migration; §4 Fast-track
 * terms, Migration plan): proposals with their lines, frozen totals, approval, the acceptance
 * (digest of the single-use token, the signer), and the migration a won deal creates.
 */
export class ContractsAndMigrations1795400270000 implements MigrationInterface {
  name = 'ContractsAndMigrations1795400270000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('draft','pending_approval','approved','sent','accepted','expired','superseded')),
        currency char(3) NOT NULL,
        term_months int NOT NULL CHECK (term_months > 0),
        discount_percent numeric(5,2) NOT NULL DEFAULT 0 CHECK (discount_percent >= 0 AND discount_percent <= 100),
        planned_cutover_at timestamptz NOT NULL,
        required_approval text NOT NULL CHECK (required_approval IN ('rep','manager','admin')),
        monthly_subtotal bigint NOT NULL DEFAULT 0,
        monthly_discount bigint NOT NULL DEFAULT 0,
        monthly_total bigint NOT NULL DEFAULT 0,
        one_time_total bigint NOT NULL DEFAULT 0,
        switch_credit bigint NOT NULL DEFAULT 0,
        switch_credit_days int NOT NULL DEFAULT 0,
        switch_credit_months numeric(8,2) NOT NULL DEFAULT 0,
        switch_credit_capped boolean NOT NULL DEFAULT false,
        total_over_term bigint NOT NULL DEFAULT 0,
        created_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_label text NOT NULL,
        rejection_reason text,
        submitted_at timestamptz,
        approved_at timestamptz,
        approved_by_label text,
        sent_at timestamptz,
        valid_until timestamptz,
        token_hash text,
        accepted_at timestamptz,
        signer_name text,
        signer_title text,
        signer_email text,
        signer_ip text,
        expired_at timestamptz,
        superseded_at timestamptz,
        superseded_by uuid REFERENCES proposal(id) ON DELETE SET NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX proposal_token_uq ON proposal (token_hash) WHERE token_hash IS NOT NULL`);
    // A deal has at most one live offer: a revised draft supersedes the previous one.
    await q.query(
      `CREATE UNIQUE INDEX proposal_one_live_per_deal_uq ON proposal (opportunity_id) WHERE status IN ('draft','pending_approval','approved','sent')`,
    );
    await q.query(`CREATE INDEX proposal_opportunity_idx ON proposal (opportunity_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX proposal_campaign_idx ON proposal (campaign_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX proposal_sent_valid_idx ON proposal (valid_until) WHERE status = 'sent'`);

    await q.query(`
      CREATE TABLE proposal_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
        position int NOT NULL,
        service_kind text NOT NULL CHECK (service_kind IN ('vpn','ip_transit','hosting','colocation','web_hosting','voice')),
        description text,
        quantity int NOT NULL CHECK (quantity > 0),
        monthly_unit_price bigint NOT NULL CHECK (monthly_unit_price >= 0),
        one_time_fee bigint NOT NULL DEFAULT 0 CHECK (one_time_fee >= 0)
      )`);
    await q.query(`CREATE INDEX proposal_line_proposal_idx ON proposal_line (proposal_id, position)`);

    await q.query(`
      CREATE TABLE migration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposal(id) ON DELETE SET NULL,
        workload int NOT NULL CHECK (workload >= 0),
        target_cutover_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','provisioning','scheduled','migrated','at_risk')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX migration_opportunity_uq ON migration (opportunity_id)`);
    await q.query(`CREATE INDEX migration_campaign_target_idx ON migration (campaign_id, target_cutover_at, id)`);
    await q.query(`CREATE INDEX migration_account_idx ON migration (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE migration`);
    await q.query(`DROP TABLE proposal_line`);
    await q.query(`DROP TABLE proposal`);
  }
}
