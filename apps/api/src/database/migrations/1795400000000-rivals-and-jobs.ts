import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rivals and their distress events; the outbox and the job ledger. */
export class RivalsAndJobs1795400000000 implements MigrationInterface {
  name = 'RivalsAndJobs1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rival (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        country char(2) NOT NULL,
        health text NOT NULL CHECK (health IN ('operating','distressed','insolvent','liquidating','shut_down')),
        shutdown_expected_at timestamptz,
        services text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX rival_name_id_idx ON rival (name, id)`);
    await q.query(`
      CREATE TABLE distress_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rival_id uuid NOT NULL REFERENCES rival(id) ON DELETE CASCADE,
        kind text NOT NULL,
        occurred_at timestamptz NOT NULL,
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 5),
        source_url text,
        summary text NOT NULL,
        announced_shutdown_at timestamptz,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX distress_event_rival_occurred_idx ON distress_event (rival_id, occurred_at)`);
    await q.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        dispatch_attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (next_attempt_at, created_at) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE job_run (
        job_id text PRIMARY KEY,
        job_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('completed','failed')),
        attempts int NOT NULL,
        processed_by text NOT NULL,
        last_error text,
        result jsonb,
        finished_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX job_run_status_idx ON job_run (status, finished_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_run`);
    await q.query(`DROP TABLE outbox_event`);
    await q.query(`DROP TABLE distress_event`);
    await q.query(`DROP TABLE rival`);
  }
}
