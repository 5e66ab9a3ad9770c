import { createHmac, timingSafeEqual } from 'node:crypto';

/** `v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the webhook's secret. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Back-off before attempt n+1 after n failed attempts: 10 s, 20 s, 40 s… at most an hour. */
export function webhookBackoffMs(failedAttempts: number): number {
  return Math.min(10_000 * 2 ** (failedAttempts - 1), 3_600_000);
}

/** Attempts before a delivery is dead-lettered. */
export const MAX_WEBHOOK_ATTEMPTS = 8;
export const WEBHOOK_TIMEOUT_MS = 10_000;
