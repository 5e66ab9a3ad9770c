import { MigrationInterface, QueryRunner } from 'typeorm';
import { FROM, TO } from './1795401350000-search-names';

/**
 * Imports at 100,000 rows: `translate` over the 190 accented letters of `lifeboat_search_key` cost
 * about 15 µs a name (it walks the whole list for each character of the name), and every insert of
 * an account or a contact computes it for the GIN of words: 3 s of a 100,000-row import on the
 * server, most of the two GIN indexes' upkeep. Every letter it folds is outside ASCII, so a name
 * whose lower case is ASCII only (its bytes as many as its characters in UTF-8) comes out of
 * `translate` unchanged: such a name skips it. The result is the same for every name, so the
 * indexes built on the functions stay valid; the functions stay SQL and immutable (but STRICT
 * around a CASE, the planner no longer inlined them: 1795402900000 fixes that). Only in a UTF-8 database, the one encoding where that length test means ASCII.
 */
const FOLDED = (name: string) => `translate(lower(${name}), '${FROM}', '${TO}')`;
const FAST = (name: string) => `CASE WHEN octet_length(lower(${name})) = length(lower(${name})) THEN lower(${name}) ELSE ${FOLDED(name)} END`;

export class SearchWordsAsciiNames1795402600000 implements MigrationInterface {
  name = 'SearchWordsAsciiNames1795402600000';

  async up(q: QueryRunner): Promise<void> {
    const [{ encoding }] = await q.query(`SELECT getdatabaseencoding() AS encoding`);
    if (encoding !== 'UTF8') return;
    await this.define(q, FAST('name'));
  }

  async down(q: QueryRunner): Promise<void> {
    await this.define(q, FOLDED('name'));
  }

  private async define(q: QueryRunner, key: string): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION lifeboat_search_key(name text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ${key} $$`);
    await q.query(
      `CREATE OR REPLACE FUNCTION lifeboat_search_words(name text) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT to_tsvector('simple'::regconfig, ${key}) $$`,
    );
  }
}
