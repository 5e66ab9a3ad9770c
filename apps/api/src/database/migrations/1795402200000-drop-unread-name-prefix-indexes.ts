import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16 (imports at 100,000 rows): two indexes that every insert of an account or a contact
 * maintains and that no statement reads. `lower(name) text_pattern_ops` serves only `LIKE 'prefix%'`
 * on `lower(name)`; the accounts list searches with `lower(a.name) LIKE '%text%'` (a leading
 * wildcard: no btree can serve it) and global search goes through `lifeboat_search_words` (GIN) and
 * `lifeboat_search_key`, another expression. Upkeep of these two was about a tenth of an import's
 * inserts into `account` and `contact`.
 */
export class DropUnreadNamePrefixIndexes1795402200000 implements MigrationInterface {
  name = 'DropUnreadNamePrefixIndexes1795402200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS account_name_search_idx`);
    await q.query(`DROP INDEX IF EXISTS contact_name_search_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS account_name_search_idx ON account (lower(name) text_pattern_ops)`);
    await q.query(`CREATE INDEX IF NOT EXISTS contact_name_search_idx ON contact (lower(name) text_pattern_ops)`);
  }
}
