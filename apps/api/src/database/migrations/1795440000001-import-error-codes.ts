import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #20: an import's refused rows said why in English only. Each row error keeps its English
 * `reason` (integrations read it) and gains its `code` and `params` (the cell as given, a length
 * limit), which the web app words in the reader's language. Errors recorded before have no code.
 */
export class ImportErrorCodes1795440000001 implements MigrationInterface {
  name = 'ImportErrorCodes1795440000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_import_error ADD COLUMN code text, ADD COLUMN params jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_import_error DROP COLUMN params, DROP COLUMN code`);
  }
}
