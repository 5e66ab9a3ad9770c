import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (day one of a real race, part 1): a rival states the availability it claims (its SLA,
 * e.g. AMEN's advertised 99.9 %), and a campaign may be archived after it is closed: `closed`
 * takes no new accounts, `archived` is also hidden from `campaigns` unless asked for.
 * createCampaign refuses a second active campaign against a rival (it locks the rival's row, so
 * concurrent calls queue); no unique index, since data written before (the benchmark's seed,
 * older fixtures) may hold several.
 */
export class RivalSlaCampaignArchive1795402160000 implements MigrationInterface {
  name = 'RivalSlaCampaignArchive1795402160000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rival ADD COLUMN claimed_availability_percent numeric(6,3)
         CONSTRAINT rival_claimed_availability_check CHECK (claimed_availability_percent > 0 AND claimed_availability_percent <= 100)`,
    );
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_status_check`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_status_check CHECK (status IN ('active','closed','archived'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE campaign SET status = 'closed' WHERE status = 'archived'`);
    await q.query(`ALTER TABLE campaign DROP CONSTRAINT campaign_status_check`);
    await q.query(`ALTER TABLE campaign ADD CONSTRAINT campaign_status_check CHECK (status IN ('active','closed'))`);
    await q.query(`ALTER TABLE rival DROP COLUMN claimed_availability_percent`);
  }
}
