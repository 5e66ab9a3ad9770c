import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (an import of 100,000 accounts in 10 s on the server): a chunk's rows are applied by
 * two transactions at once, one per core, the job's own and a second one that commits first. A
 * row here says that the second one committed its half of the chunk that starts at `resume_offset`,
 * with the file's lines it wrote and the ids of the accounts it inserted, so that a job re-run
 * after its own transaction failed neither writes those rows again nor takes those accounts for
 * matches the first run did not see (its other rows go where they went the first time). The job's transaction deletes the row as it commits the chunk's
 * progress: a row only outlives a chunk whose job failed after its second half committed.
 *
 * No foreign key to `account_import`: checking one would take a share lock on the import's row,
 * which the job's transaction holds for update while it waits for the second one (a deadlock the
 * database would not see: the wait is in the api). Rows go with the import's stored parts.
 */
export class ImportSlices1795490000000 implements MigrationInterface {
  name = 'ImportSlices1795490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_import_slice (
        import_id uuid NOT NULL,
        resume_offset bigint NOT NULL,
        slice smallint NOT NULL,
        inserted int NOT NULL,
        lines int[] NOT NULL,
        account_ids uuid[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (import_id, resume_offset, slice)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_import_slice`);
  }
}
