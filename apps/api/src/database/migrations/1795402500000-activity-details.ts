import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #18 (French throughout): a system activity (stage_change, proposal_sent, signed) keeps its
 * English `body` for integrations, and now also its facts as codes and numbers in `details`
 * (e.g. `{"from":"contacted","to":"proposal_sent"}`), which the web words in the reader's language.
 * Null for logged activities and for system activities written before this migration (the web shows
 * their body).
 */
export class ActivityDetails1795402500000 implements MigrationInterface {
  name = 'ActivityDetails1795402500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity ADD COLUMN IF NOT EXISTS details jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity DROP COLUMN IF EXISTS details`);
  }
}
