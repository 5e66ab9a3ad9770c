import { verifyWebhookSignature } from '../webhooks/webhook-signature';

/**
 * Inbound signals are signed as Lifeboat signs its own webhooks (webhooks/webhook-signature.ts):
 * `Lifeboat-Timestamp: <unix seconds>` and `Lifeboat-Signature: v1=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">` with the feed's secret. A timestamp more than 5 minutes away from now is
 * refused (a captured request cannot be replayed later); within the window, a replay of the same
 * signal id is deduplicated by the feed's suggestions.
 */
export const signalReplayWindowMs = 5 * 60_000;

export function verifySignal(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  body: string,
  now: Date,
  windowMs = signalReplayWindowMs,
): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > windowMs) return false;
  return verifyWebhookSignature(secret, timestamp, body, signature);
}
