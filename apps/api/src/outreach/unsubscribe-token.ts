import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A mail's unsubscribe token: `<message id>.<HMAC-SHA256 of it with its outreach's secret, 16
 * bytes, base64url>`. Unguessable without the secret (kept in the database, never sent), so a
 * token can only come from the mail itself; nothing per message is stored.
 */
export function unsubscribeToken(messageId: string, secret: string): string {
  return `${messageId}.${createHmac('sha256', secret).update(messageId).digest().subarray(0, 16).toString('base64url')}`;
}

/** The message id a token names, if it is well formed (its signature is checked with `tokenMatches`). */
export function tokenMessageId(token: string): string | null {
  const match = /^(\d{1,18})\.[A-Za-z0-9_-]{22}$/.exec(token);
  return match ? match[1] : null;
}

export function tokenMatches(token: string, messageId: string, secret: string): boolean {
  const expected = Buffer.from(unsubscribeToken(messageId, secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
