import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #9 (global search): find accounts AND contacts by any word of their name, from its first
 * letters, whatever the case and the accents ("soc gen" finds "Société Générale", "martin" finds
 * "Jeanne Martin").
 *
 * pg_trgm would be the usual tool, but the embedded database (PGlite, opened without extensions)
 * has neither pg_trgm nor unaccent. What both PostgreSQL 15 and PGlite have: full text search and
 * GIN. `lifeboat_search_key` lowers a name and folds the accented Latin letters to plain ones
 * (immutable: `lower` and `translate` only, so it can be indexed; the Latin-1 and Latin
 * Extended-A letters are listed, upper and lower case, because `lower` leaves non-ASCII letters as
 * they are under the C collation); `lifeboat_search_words` is its words as a tsvector ('simple':
 * no stemming, no stop words). A GIN index on it answers `@@ to_tsquery('simple', 'soc:* & gen:*')`.
 * The two functions are SQL functions, inlined by the planner, so the index expression and the
 * queries' expression are the same; they call only pg_catalog functions (an index is built with
 * search_path = pg_catalog on recent PostgreSQL versions, PGlite's included). The prefix indexes on lower(name) stay (the accounts list's
 * own search uses them).
 */
export const FROM =
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž';
export const TO =
  'aaaaaaaceeeeiiiidnoooooouuuuytsaaaaaaaceeeeiiiidnoooooouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkllllllllnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz';

export class SearchNames1795401350000 implements MigrationInterface {
  name = 'SearchNames1795401350000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION lifeboat_search_key(name text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT translate(lower(name), '${FROM}', '${TO}') $$`,
    );
    await q.query(
      `CREATE FUNCTION lifeboat_search_words(name text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT to_tsvector('simple'::regconfig, translate(lower(name), '${FROM}', '${TO}')) $$`,
    );
    await q.query(`CREATE INDEX account_search_words_idx ON account USING gin (lifeboat_search_words(name))`);
    await q.query(`CREATE INDEX contact_search_words_idx ON contact USING gin (lifeboat_search_words(name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS contact_search_words_idx`);
    await q.query(`DROP INDEX IF EXISTS account_search_words_idx`);
    await q.query(`DROP FUNCTION IF EXISTS lifeboat_search_words(text)`);
    await q.query(`DROP FUNCTION IF EXISTS lifeboat_search_key(text)`);
  }
}
