import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21, point 1: a collective's own deal, negotiated once with its spokesperson and approved
 * like a proposal. One agreement per collective (the primary key), of the collective's campaign
 * (composite foreign key, as members). Its discount on the monthly charges and its term, the
 * conditions agreed, and where it stands: draft (or sent back with a reason) → pending_approval →
 * approved → signed, or withdrawn. The approval level is the campaign's rule at submission
 * (`requiredApproval`). Personal offers for the members use a signed agreement's terms.
 */
export class CollectiveAgreements1795490000016 implements MigrationInterface {
  name = 'CollectiveAgreements1795490000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE collective_agreement (
        collective_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        status text NOT NULL CONSTRAINT collective_agreement_status_check
          CHECK (status IN ('draft', 'pending_approval', 'approved', 'signed', 'withdrawn')),
        discount_percent numeric(5,2) NOT NULL CHECK (discount_percent >= 0 AND discount_percent <= 100),
        term_months int NOT NULL CHECK (term_months BETWEEN 1 AND 120),
        conditions text,
        required_approval text NOT NULL CHECK (required_approval IN ('rep', 'manager', 'admin')),
        rejection_reason text,
        proposed_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        proposed_by_label text NOT NULL,
        submitted_at timestamptz NOT NULL,
        approved_at timestamptz,
        approved_by_label text,
        signed_at timestamptz,
        signed_by_name text,
        recorded_signed_by_label text,
        withdrawn_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT collective_agreement_collective_fk FOREIGN KEY (collective_id, campaign_id) REFERENCES collective (id, campaign_id) ON DELETE CASCADE
      )`);
    // An import's staged row keeps the collective its `collective` column names (resolved at staging).
    await q.query(`ALTER TABLE account_import_row ADD COLUMN coll uuid`);
    await q.query(`CREATE INDEX collective_agreement_pending_idx ON collective_agreement (campaign_id, submitted_at) WHERE status = 'pending_approval'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_import_row DROP COLUMN coll`);
    await q.query(`DROP TABLE collective_agreement`);
  }
}
