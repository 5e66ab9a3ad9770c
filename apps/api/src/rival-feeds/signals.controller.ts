import { Controller, HttpStatus, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimitsService } from '../identity/rate-limits.service';
import { clientIp } from '../identity/request-context.factory';
import { LifeboatError, RateLimitedError } from '../common/errors/lifeboat-error';
import { toGlobalId } from '../common/graphql/global-id';
import { RivalFeedsService } from './rival-feeds.service';

/** A signal is small: a larger body is refused (413) without being read further. */
export const MAX_SIGNAL_BYTES = 64 * 1024;

/**
 * `POST /signals/:feedId`: a signal about a rival from another tool (a monitoring system, a press
 * watch), to a feed of kind `webhook`. Signed like Lifeboat's own webhooks: headers
 * `Lifeboat-Timestamp` (unix seconds, at most 5 minutes away) and `Lifeboat-Signature`
 * (`v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the feed's secret). Body JSON
 * `{ id, title, kind?, url?, occurredAt?, severity? }`. Answers 202 `{ status: "accepted",
 * suggestionId }`, 200 `{ status: "duplicate" }` for a signal id already received, 401 for a
 * missing, wrong or stale signature (or an unknown or paused feed: the answer does not tell which),
 * 400 with the fields for an invalid body, 413, 429 past the per-address rate limit.
 */
@Controller('signals')
export class SignalsController {
  private readonly logger = new Logger(SignalsController.name);

  constructor(
    private readonly feeds: RivalFeedsService,
    private readonly limits: RateLimitsService,
  ) {}

  @Post(':feedId')
  async receive(@Param('feedId') feedId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.limits.consumeRequest({ ip: clientIp(req) });
      const body = await readBody(req);
      if (body === null) {
        res.status(HttpStatus.PAYLOAD_TOO_LARGE).json({ error: { code: 'BAD_USER_INPUT', message: `A signal is at most ${MAX_SIGNAL_BYTES} bytes.`, fields: [] } });
        return;
      }
      const header = (name: string) => {
        const v = req.headers[name];
        return typeof v === 'string' ? v : undefined;
      };
      const result = await this.feeds.receiveSignal(feedId, { timestamp: header('lifeboat-timestamp'), signature: header('lifeboat-signature') }, body);
      if (!result) {
        res.status(HttpStatus.UNAUTHORIZED).json({ error: { code: 'UNAUTHENTICATED', message: 'The signature is missing, wrong or stale, or the feed does not take signals.', fields: [] } });
        return;
      }
      res
        .status(result.status === 'accepted' ? HttpStatus.ACCEPTED : HttpStatus.OK)
        .json({ status: result.status, suggestionId: result.suggestionId ? toGlobalId('SuggestedDistressEvent', result.suggestionId) : null });
    } catch (error) {
      if (!req.readableEnded) req.resume();
      if (!(error instanceof LifeboatError)) {
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.', fields: [] } });
        return;
      }
      if (error instanceof RateLimitedError) res.setHeader('retry-after', String(error.retryAfterSeconds));
      const status = error.code === 'RATE_LIMITED' ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
      res.status(status).json({ error: { code: error.code, message: error.message, fields: error.fields } });
    }
  }
}

/**
 * The body's bytes as UTF-8, or null past MAX_SIGNAL_BYTES. A JSON body was read by the app's
 * parser, which kept its bytes (rawBody); any other is read here (the rest drained, not kept).
 */
function readBody(req: Request & { rawBody?: Buffer }): Promise<string | null> {
  if (req.rawBody) return Promise.resolve(req.rawBody.length > MAX_SIGNAL_BYTES ? null : req.rawBody.toString('utf8'));
  if (req.readableEnded) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_SIGNAL_BYTES) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
