import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #10 (rival watch, point 4): what a distress event changed. The recomputation after an
 * event (job `urgency.recompute-for-rival`) writes, per campaign against the rival, how many
 * accounts it recomputed, how many of them changed urgency and how many open deals got another due
 * time, and marks the event `done`; a manager reads the sums over the campaigns they can see.
 * Events recorded before this migration (or not through recordDistressEvent, e.g. the demo's) have
 * no impact recorded: `unknown`.
 */
export class DistressEventImpact1795401900000 implements MigrationInterface {
  name = 'DistressEventImpact1795401900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE distress_event ADD COLUMN impact_status text NOT NULL DEFAULT 'unknown'
         CONSTRAINT distress_event_impact_status_check CHECK (impact_status IN ('pending', 'done', 'unknown'))`,
    );
    await q.query(`ALTER TABLE distress_event ADD COLUMN impact_computed_at timestamptz`);
    await q.query(
      `CREATE TABLE distress_event_impact (
         distress_event_id uuid NOT NULL REFERENCES distress_event(id) ON DELETE CASCADE,
         campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
         accounts_recomputed int NOT NULL CHECK (accounts_recomputed >= 0),
         urgency_changed int NOT NULL CHECK (urgency_changed >= 0),
         deadlines_changed int NOT NULL CHECK (deadlines_changed >= 0),
         computed_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (distress_event_id, campaign_id)
       )`,
    );
    await q.query(`CREATE INDEX distress_event_impact_campaign_idx ON distress_event_impact (campaign_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE distress_event_impact`);
    await q.query(`ALTER TABLE distress_event DROP COLUMN impact_computed_at`);
    await q.query(`ALTER TABLE distress_event DROP COLUMN impact_status`);
  }
}
