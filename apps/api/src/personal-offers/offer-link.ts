import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { resolveJwtSecret, sha256 } from '../identity/secrets';

/**
 * A personal offer's link token: SHA-256 of (the installation's offer-link key, ':', the offer's
 * id), hex. Generation writes only its SHA-256 (`token_hash`), computed by the same formula in SQL,
 * so 100,000 offers are written by one INSERT … SELECT and no token is ever stored; whoever mails
 * the link (outreach) derives it again from the offer id with `offerLinkToken`.
 *
 * The key is derived from the access-token signing secret (LIFEBOAT_JWT_SECRET, or the one kept by
 * the installation), with its own label, so it changes only with that secret.
 */
export async function offerLinkKey(config: AppConfig, dataSource: Pick<DataSource, 'query'>): Promise<string> {
  return createHash('sha256').update(`lifeboat personal offer link:${await resolveJwtSecret(config, dataSource)}`, 'utf8').digest('hex');
}

export function offerLinkToken(key: string, offerId: string): string {
  return sha256(`${key}:${offerId}`);
}

/** SQL for `sha256(offerLinkToken(key, id))`, with the key as parameter `keyParam` and the offer id as `idSql`. */
export function tokenHashSql(keyParam: string, idSql: string): string {
  return `encode(sha256(convert_to(encode(sha256(convert_to(${keyParam} || ':' || ${idSql}::text, 'UTF8')), 'hex'), 'UTF8')), 'hex')`;
}
