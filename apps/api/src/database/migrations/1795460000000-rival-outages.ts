import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22: a rival's outages (start, end, impact, services touched), entered by hand or, later,
 * from its status feed (`external_id`: the feed's incident id, unique per rival, so recording the
 * same incident twice changes one row). They measure its availability against its claimed SLA.
 */
export class RivalOutages1795460000000 implements MigrationInterface {
  name = 'RivalOutages1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rival_id uuid NOT NULL REFERENCES rival(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        impact text NOT NULL CHECK (impact IN ('major', 'partial', 'degraded')),
        services text[] NOT NULL CHECK (cardinality(services) > 0),
        summary text NOT NULL,
        source_url text,
        external_id text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outage_ends_after_start CHECK (ended_at IS NULL OR ended_at > started_at)
      )`);
    await q.query(`CREATE INDEX outage_rival_started_idx ON outage (rival_id, started_at DESC, id)`);
    await q.query(`CREATE UNIQUE INDEX outage_rival_external_id_key ON outage (rival_id, external_id) WHERE external_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outage`);
  }
}
