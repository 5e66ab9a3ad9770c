import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search functions inlined again. Migration 1795402600000 gave `lifeboat_search_key` and
 * `lifeboat_search_words` a CASE (ASCII names skip `translate`) but kept them STRICT, and the
 * planner inlines a STRICT SQL function only when its body is strict too, which a CASE is not: every
 * call since went through the SQL-function executor, for each name an account or contact insert
 * indexes (the GIN of words) and each name a search folds: a third of the functions' time on the
 * server, more on the embedded database. CALLED ON NULL INPUT lets the planner inline them; the
 * results are the same for every name (a NULL name gives NULL either way: `lower`, `translate` and
 * `to_tsvector` are strict), so the indexes built on them stay valid.
 */
export class SearchWordsInlined1795402900000 implements MigrationInterface {
  name = 'SearchWordsInlined1795402900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION lifeboat_search_key(text) CALLED ON NULL INPUT`);
    await q.query(`ALTER FUNCTION lifeboat_search_words(text) CALLED ON NULL INPUT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION lifeboat_search_words(text) STRICT`);
    await q.query(`ALTER FUNCTION lifeboat_search_key(text) STRICT`);
  }
}
