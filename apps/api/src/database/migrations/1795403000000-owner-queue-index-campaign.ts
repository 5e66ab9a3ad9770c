import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (the first queue read at 1,000,000 accounts): a rep's queue is counted among the
 * accounts of the campaigns the rep may see (`campaign_id` in the scope), a column
 * `account_owner_queue_idx` did not hold, so the count read each of the rep's accounts from the
 * heap: 100,000 rows a rep at that size (869 ms a first read). With the campaign in the index
 * (INCLUDE: it filters, it does not order), the count and the page's own accounts are read from
 * the index alone once VACUUM has marked the table all-visible (the hand-out's finishing step).
 */
export class OwnerQueueIndexCampaign1795403000000 implements MigrationInterface {
  name = 'OwnerQueueIndexCampaign1795403000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_owner_queue_idx`);
    await q.query(
      `CREATE INDEX account_owner_queue_idx ON account (owner_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) INCLUDE (campaign_id) WHERE has_open_deal`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_owner_queue_idx`);
    await q.query(`CREATE INDEX account_owner_queue_idx ON account (owner_id, open_deal_due_at ASC NULLS LAST, urgency DESC, id) WHERE has_open_deal`);
  }
}
