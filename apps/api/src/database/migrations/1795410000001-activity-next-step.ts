import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #20 (the rep's run): a logged call keeps how it went as a code the rep picked with one
 * click (`outcome_code`: reached_wants_offer, no_answer…; the free-text `outcome` stays for
 * integrations), and the next step in words (`next_step`) beside its date (`next_step_at`).
 */
export class ActivityNextStep1795410000001 implements MigrationInterface {
  name = 'ActivityNextStep1795410000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity ADD COLUMN IF NOT EXISTS outcome_code text`);
    await q.query(`ALTER TABLE activity ADD COLUMN IF NOT EXISTS next_step text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity DROP COLUMN IF EXISTS next_step`);
    await q.query(`ALTER TABLE activity DROP COLUMN IF EXISTS outcome_code`);
  }
}
