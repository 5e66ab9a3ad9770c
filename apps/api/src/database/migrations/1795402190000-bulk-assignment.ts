import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (distribution): a manager hands a filtered list of accounts out to reps. The plan is
 * frozen when it is asked for (`bulk_assignment_item`: each account, the version it had, its owner
 * then and its new owner), then a job carries it out batch by batch, `done` committed with each
 * batch's writes, so a worker killed mid-way resumes at the first position not done.
 */
export class BulkAssignment1795402190000 implements MigrationInterface {
  name = 'BulkAssignment1795402190000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE bulk_assignment (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
         strategy text NOT NULL CHECK (strategy IN ('round_robin', 'by_load')),
         filter jsonb NOT NULL DEFAULT '{}',
         status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
         total int NOT NULL CHECK (total > 0),
         done int NOT NULL DEFAULT 0 CHECK (done >= 0 AND done <= total),
         assigned_count int NOT NULL DEFAULT 0,
         skipped_count int NOT NULL DEFAULT 0,
         shares jsonb NOT NULL,
         actor_type text NOT NULL,
         actor_id text,
         actor_label text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         started_at timestamptz,
         finished_at timestamptz,
         updated_at timestamptz NOT NULL DEFAULT now(),
         version int NOT NULL DEFAULT 1
       )`,
    );
    await q.query(`CREATE INDEX bulk_assignment_campaign_idx ON bulk_assignment (campaign_id, created_at)`);
    await q.query(
      `CREATE TABLE bulk_assignment_item (
         assignment_id uuid NOT NULL REFERENCES bulk_assignment(id) ON DELETE CASCADE,
         position int NOT NULL,
         account_id uuid NOT NULL,
         expected_version int NOT NULL,
         previous_owner_id uuid,
         owner_id uuid NOT NULL,
         outcome text CHECK (outcome IN ('assigned', 'unchanged', 'skipped')),
         PRIMARY KEY (assignment_id, position)
       )`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bulk_assignment_item`);
    await q.query(`DROP TABLE bulk_assignment`);
  }
}
