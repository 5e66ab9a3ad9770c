import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22: a rep attaches the account's outage evidence (the rival's outages that touched what it
 * buys, and the availability they leave against the claimed SLA) to a proposal; the customer sees
 * it with the offer behind the acceptance link and on its printed copy.
 */
export class ProposalOutageEvidence1795480000001 implements MigrationInterface {
  name = 'ProposalOutageEvidence1795480000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposal ADD COLUMN attach_outage_evidence boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposal DROP COLUMN attach_outage_evidence`);
  }
}
