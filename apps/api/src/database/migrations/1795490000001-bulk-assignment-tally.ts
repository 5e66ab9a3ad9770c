import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (a rep's first queue read after a hand-out of 100,000 accounts): the job that tells each
 * rep how many accounts they got counted them from the hand-out's 100,000 positions (GROUP BY over
 * `bulk_assignment_item`, whose rows every batch had just rewritten): 0.83 s on the embedded
 * database, whose one connection the first rep's queue read waited for. Each batch now adds what it
 * assigned per rep to the hand-out's row, in its own statement; the job reads those few numbers.
 * Hand-outs already done get their tally from their positions.
 */
export class BulkAssignmentTally1795490000001 implements MigrationInterface {
  name = 'BulkAssignmentTally1795490000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bulk_assignment ADD COLUMN assigned_by_owner jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      UPDATE bulk_assignment b SET assigned_by_owner = t.tally
      FROM (SELECT assignment_id, jsonb_object_agg(owner_id, n) AS tally
            FROM (SELECT assignment_id, owner_id, count(*)::int AS n FROM bulk_assignment_item WHERE outcome = 'assigned' GROUP BY assignment_id, owner_id) c
            GROUP BY assignment_id) t
      WHERE t.assignment_id = b.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bulk_assignment DROP COLUMN assigned_by_owner`);
  }
}
