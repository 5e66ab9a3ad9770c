import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21 part 4 (where each lead came from): every account and contact written from now on
 * records its source — a `lead_source` row shared by everything one import file brought in (the
 * file, who imported it, when) or written for one entry by hand — and the lawful basis the team
 * relies on for it (GDPR art. 6(1)). One row per import, not per account: an import's 100,000
 * accounts carry a 16-byte reference each. Accounts and contacts written before have none
 * (`source_id` NULL: not recorded), and say so. `source_id` has no foreign key, on purpose: a
 * key checked row by row would cost an import about a second per 100,000 accounts, and sources are
 * never deleted but with their campaign, whose accounts and contacts go with it.
 */
export class LeadSources1795490000011 implements MigrationInterface {
  name = 'LeadSources1795490000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('import', 'manual')),
        import_id uuid REFERENCES account_import(id) ON DELETE SET NULL,
        file_name text,
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_label text NOT NULL,
        lawful_basis text NOT NULL CHECK (lawful_basis IN ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'import' OR import_id IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX lead_source_import_uq ON lead_source (import_id) WHERE import_id IS NOT NULL`);
    await q.query(`ALTER TABLE account ADD COLUMN source_id uuid`);
    await q.query(`ALTER TABLE contact ADD COLUMN source_id uuid`);
    await q.query(`ALTER TABLE account_import ADD COLUMN lawful_basis text NOT NULL DEFAULT 'legitimate_interests'
      CHECK (lawful_basis IN ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_import DROP COLUMN lawful_basis`);
    await q.query(`ALTER TABLE contact DROP COLUMN source_id`);
    await q.query(`ALTER TABLE account DROP COLUMN source_id`);
    await q.query(`DROP TABLE lead_source`);
  }
}
