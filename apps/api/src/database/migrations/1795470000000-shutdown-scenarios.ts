import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22, point 3: a rival's shutdown is a set of scenarios (liquidation ordered → dark in 12
 * days; delay granted → dark on 1 July), each with the date the network goes dark, a probability in
 * whole percent, its source and a version. The earliest credible one sets rival.shutdown_expected_at.
 */
export class ShutdownScenarios1795470000000 implements MigrationInterface {
  name = 'ShutdownScenarios1795470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE shutdown_scenario (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         rival_id uuid NOT NULL REFERENCES rival(id) ON DELETE CASCADE,
         label text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 200),
         goes_dark_at timestamptz NOT NULL,
         probability_percent smallint NOT NULL CHECK (probability_percent BETWEEN 0 AND 100),
         source_url text,
         source_note text,
         version int NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await q.query(`CREATE INDEX shutdown_scenario_rival_idx ON shutdown_scenario (rival_id, goes_dark_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE shutdown_scenario`);
  }
}
