import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of customer lists (the file, its progress and its per-line errors) and webhooks with
 * their deliveries.
 */
export class ImportsWebhooks1795400600000 implements MigrationInterface {
  name = 'ImportsWebhooks1795400600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed')),
        preset text CHECK (preset IN ('salesforce','hubspot','lifeboat')),
        mapping jsonb NOT NULL,
        default_segment text,
        file_name text,
        content text NOT NULL,
        content_bytes int NOT NULL,
        total_rows int NOT NULL DEFAULT 0,
        rows_done int NOT NULL DEFAULT 0,
        resume_offset int NOT NULL DEFAULT 0,
        resume_line int NOT NULL DEFAULT 1,
        inserted_count int NOT NULL DEFAULT 0,
        updated_count int NOT NULL DEFAULT 0,
        failed_count int NOT NULL DEFAULT 0,
        failure_reason text,
        actor_type text NOT NULL,
        actor_id text,
        actor_label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX account_import_campaign_idx ON account_import (campaign_id, created_at DESC, id)`);
    await q.query(`
      CREATE TABLE account_import_error (
        import_id uuid NOT NULL REFERENCES account_import(id) ON DELETE CASCADE,
        line int NOT NULL,
        field text NOT NULL DEFAULT '',
        reason text NOT NULL,
        PRIMARY KEY (import_id, line, field)
      )`);

    await q.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        campaign_id uuid REFERENCES campaign(id) ON DELETE CASCADE,
        description text,
        created_by_label text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_active_events_idx ON webhook USING gin (events) WHERE active`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhook(id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        campaign_id uuid,
        body jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','succeeded','failed','dead')),
        attempts int NOT NULL DEFAULT 0,
        last_response_code int,
        last_response_excerpt text,
        last_error text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX webhook_delivery_event_webhook_uq ON webhook_delivery (event_id, webhook_id)`);
    await q.query(`CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status IN ('pending','failed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook`);
    await q.query(`DROP TABLE account_import_error`);
    await q.query(`DROP TABLE account_import`);
  }
}
