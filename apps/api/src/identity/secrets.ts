import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** 32 random bytes, URL-safe: refresh tokens, API key secrets, acceptance links (256 bits). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored as SHA-256 digests: high-entropy secrets need no slow hash, and a leak reveals none. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The key that signs access tokens: LIFEBOAT_JWT_SECRET when set (required in production);
 * otherwise one generated once and kept in the database, so restarts and every process of one
 * installation agree.
 */
export async function resolveJwtSecret(config: AppConfig, dataSource: Pick<DataSource, 'query'>): Promise<string> {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  await dataSource.query(`INSERT INTO instance_setting (key, value) VALUES ('jwt_secret', $1) ON CONFLICT (key) DO NOTHING`, [
    randomToken(48),
  ]);
  const rows: Array<{ value: string }> = await dataSource.query(`SELECT value FROM instance_setting WHERE key = 'jwt_secret'`);
  return rows[0].value;
}
