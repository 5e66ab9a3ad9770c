import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification's email (the daily digest) is sent outside any transaction: the job that sent it
 * held its transaction open while the mail server answered (up to 50 s for one that does not), and
 * on the embedded database a transaction holds the one connection every user's request waits for.
 * The job now claims an attempt (`email_attempts`) and queues a stand-in for the next one, commits,
 * sends, then records the outcome in a transaction of its own (`emailed_at`, or `email_error` and
 * the stand-in moved to the retry's time).
 */
export class NotificationEmailAttempts1795490000004 implements MigrationInterface {
  name = 'NotificationEmailAttempts1795490000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN email_attempts int NOT NULL DEFAULT 0, ADD COLUMN email_error text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN email_attempts, DROP COLUMN email_error`);
  }
}
