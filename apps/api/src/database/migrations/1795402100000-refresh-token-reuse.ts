import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #17 (finding 8): refresh token reuse detection (RFC 9700 §4.14.2). Each refresh token
 * that a session rotated away is kept (its SHA-256 digest only) with the session it belonged to,
 * so presenting it again is recognised as reuse and ends the whole session (token family) instead
 * of being refused like an unknown token. The rows go with their session (ON DELETE CASCADE) and
 * are pruned when the user signs in again once the session has ended.
 */
export class RefreshTokenReuse1795402100000 implements MigrationInterface {
  name = 'RefreshTokenReuse1795402100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE auth_session_spent_token (
         token_hash text PRIMARY KEY,
         session_id uuid NOT NULL REFERENCES auth_session(id) ON DELETE CASCADE,
         spent_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await q.query(`CREATE INDEX auth_session_spent_token_session_idx ON auth_session_spent_token (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auth_session_spent_token`);
  }
}
