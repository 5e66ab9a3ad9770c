import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (other users' requests answer within 1 s while a hand-out of 100,000 accounts starts):
 * the start froze its plan, one `bulk_assignment_item` row per account, in its own transaction:
 * 1.1 s on the embedded database, whose one connection every other request waited for. The start
 * now writes the plan as it counts it (same snapshot), in parts of consecutive positions, each a
 * row of arrays (a few rows for 100,000 accounts); jobs then expand one part each into positions,
 * in short transactions of their own, before the first batch runs.
 */
export class BulkAssignmentPlanParts1795490000003 implements MigrationInterface {
  name = 'BulkAssignmentPlanParts1795490000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE bulk_assignment_plan_part (
         assignment_id uuid NOT NULL REFERENCES bulk_assignment(id) ON DELETE CASCADE,
         part int NOT NULL,
         first_position int NOT NULL,
         account_ids uuid[] NOT NULL,
         versions int[] NOT NULL,
         previous_owner_ids uuid[] NOT NULL,
         owner_ids uuid[] NOT NULL,
         PRIMARY KEY (assignment_id, part)
       )`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bulk_assignment_plan_part`);
  }
}
