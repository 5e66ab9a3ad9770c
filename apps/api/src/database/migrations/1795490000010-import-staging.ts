import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #19 (imports at COPY speed): an import is staged, then applied. Its job first reads the
 * stored file chunk by chunk, checks each row (a bad one is refused with its line, as before) and
 * writes the valid ones here, in file order (`ord`), each with the ids its account, deal, first
 * transition and contact get if it is new (the same on a re-run); then it applies the staged rows in batches with a
 * handful of set-based statements each (match, insert, update), every batch committed with its
 * progress. A file that cannot be read fails the import before anything is applied.
 *
 * `rec` is the row's record number in the file (the header excluded): the import's `rows_done`
 * once the row is applied. `rows_read` is how far staging has read (records), `staged_rows` how many
 * valid rows it wrote, `applied_rows` how many of those are applied; `staged` says the whole file is
 * staged. No foreign key (as `account_import_slice`): rows go with the import's parts, deleted as
 * they are applied.
 */
export class ImportStaging1795490000010 implements MigrationInterface {
  name = 'ImportStaging1795490000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_import_row (
        import_id uuid NOT NULL,
        ord int NOT NULL,
        rec int NOT NULL,
        id uuid NOT NULL,
        opp_id uuid NOT NULL,
        st_id uuid NOT NULL,
        contact_id uuid,
        name text NOT NULL,
        nname text NOT NULL,
        segment text,
        countries text[],
        spend bigint,
        prepaid timestamptz,
        contract_end timestamptz,
        backup boolean,
        principal boolean,
        ext text,
        cname text,
        cemail text,
        ctitle text,
        cphone text,
        PRIMARY KEY (import_id, ord)
      )`);
    await q.query(`ALTER TABLE account_import
      ADD COLUMN rows_read int NOT NULL DEFAULT 0,
      ADD COLUMN staged_rows int NOT NULL DEFAULT 0,
      ADD COLUMN applied_rows int NOT NULL DEFAULT 0,
      ADD COLUMN staged boolean NOT NULL DEFAULT false`);
    // An import the code before left running resumes staging where its chunks stopped (they are applied).
    await q.query(`UPDATE account_import SET rows_read = rows_done`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_import DROP COLUMN rows_read, DROP COLUMN staged_rows, DROP COLUMN applied_rows, DROP COLUMN staged`);
    await q.query(`DROP TABLE account_import_row`);
  }
}
