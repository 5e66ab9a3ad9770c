import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 (hardening, finding 5): an imported file is stored in parts of about 512 KB as it is
 * received (never whole in memory, nor in one statement), and read back part by part by the
 * import job. Parts are written before their import row (which commits once the file is whole and
 * checked), so they carry no foreign key; parts of an upload that never became an import are
 * swept after a day, and an import's parts are deleted when it finishes. Imports still queued or
 * running keep their file: it becomes their one part.
 */
export class ImportParts1795402180000 implements MigrationInterface {
  name = 'ImportParts1795402180000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE account_import_part (
         import_id uuid NOT NULL,
         seq int NOT NULL CHECK (seq >= 0),
         start_offset bigint NOT NULL CHECK (start_offset >= 0),
         bytes int NOT NULL CHECK (bytes >= 0),
         content text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (import_id, seq)
       )`,
    );
    await q.query(`ALTER TABLE account_import ALTER COLUMN content SET DEFAULT ''`);
    await q.query(
      `INSERT INTO account_import_part (import_id, seq, start_offset, bytes, content)
       SELECT id, 0, 0, octet_length(content), content FROM account_import WHERE status IN ('queued', 'running')`,
    );
    await q.query(`UPDATE account_import SET content = '' WHERE content <> ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE account_import i SET content = (SELECT string_agg(p.content, '' ORDER BY p.seq) FROM account_import_part p WHERE p.import_id = i.id)
       WHERE EXISTS (SELECT 1 FROM account_import_part p WHERE p.import_id = i.id)`,
    );
    await q.query(`ALTER TABLE account_import ALTER COLUMN content DROP DEFAULT`);
    await q.query(`DROP TABLE account_import_part`);
  }
}
