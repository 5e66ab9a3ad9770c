import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatMergeDate, formatMergeMoney, parseTemplate, renderTemplate, unsubscribeFooter, type MergeValues, type OutreachLanguage } from '@lifeboat/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { HandlesJob, type JobContext, type JobHandler } from '../jobs/job-handler';
import type { JobPayload } from '../jobs/job-catalog';
import { dropStandIn, queueStandIn, rescheduleStandIn } from '../jobs/stand-in';
import { UnitOfWork } from '../jobs/unit-of-work';
import { Mailer } from '../notifications/mailer.service';
import { OfferLinks } from './offer-links';
import { OutreachRepository } from './outreach.repository';
import { unsubscribeToken } from './unsubscribe-token';

/** Attempts at a mail the server refused for now (4xx, connection lost) before it is given up. */
export const MAX_MESSAGE_ATTEMPTS = 5;
/** A batch is at most this many seconds of sending at the configured rate, and at most this many mails. */
const BATCH_SECONDS = 5;
const MAX_BATCH = 2000;
/** How long past its expected end a batch's lease lasts before another sender may take it over. */
const LEASE_MARGIN_MS = 60_000;

interface Claimed {
  id: string;
  email: string;
  accountId: string;
  contactName: string;
  accountName: string;
  rivalName: string;
  shutdownAt: Date | null;
  currency: string;
  switchCredit: number | null;
}

type Outcome = { id: string; status: 'sent' } | { id: string; status: 'bounced' | 'retry'; error: string };

const rowsOf = (result: unknown): Array<Record<string, unknown>> =>
  (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<Record<string, unknown>>;

/**
 * Job `outreach.send`: sends an outreach's next batch, at most OUTREACH_RATE_PER_SECOND mails a
 * second, over a pool of OUTREACH_SMTP_CONNECTIONS connections.
 *
 * Exactly once per contact. Every recipient has one `outreach_message` row (unique per outreach
 * and contact, and per outreach and address). The job's transaction *claims* a batch: its rows go
 * from `queued` to `sending` with a lease (the batch's expected time + 60 s), and a stand-in event
 * is queued, due when the lease ends. After the commit, outside any transaction, the batch is sent
 * in chunks (twice the pool's connections): before a chunk is handed to the SMTP server its rows
 * get `handed_at` (one UPDATE, committed); right after the server's answers the chunk's outcomes
 * are committed (one transaction: `sent` + the timeline activities; `bounced` + the contact marked
 * and the address suppressed; a temporary failure goes back to `queued`), while the next chunk is
 * being sent. Then the next batch is
 * due at once (the stand-in is moved to now).
 *
 * The remaining window: a process that dies (kill -9, power) after the server answered 250 for a
 * mail and before the chunk's outcomes committed leaves that mail's row in `sending` with
 * `handed_at` set. Nobody can know whether that mail went out (the same holds for a crash after
 * the last byte of DATA and before the 250 arrived). When the lease expires, the stand-in's job
 * takes the outreach over and treats expired rows so:
 *   - `handed_at` NULL: never given to the server — back to `queued`, sent once by the next batch;
 *   - `handed_at` set: `uncertain` — NOT sent again (no duplicates is preferred to no gaps), and
 *     counted on the outreach's progress so a manager sees it. At most two chunks per dead sender
 *     (4 × OUTREACH_SMTP_CONNECTIONS mails): the one being sent, and the one being recorded. Their deterministic Message-ID
 *     (`<outreach.<message id>.<outreach id>@<MAIL_FROM domain>>`) lets a mail log be checked.
 * A sender that is only slow (its lease expired while it still runs) finds its rows taken over:
 * its outcome UPDATEs only touch rows still in `sending`, and a chunk is handed over only for
 * rows still its own (the `handed_at` UPDATE returns them), so two senders never send one row.
 */
@Injectable()
@HandlesJob('outreach.send')
export class OutreachSendHandler implements JobHandler<'outreach.send'> {
  private readonly logger = new Logger(OutreachSendHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly outreaches: OutreachRepository,
    private readonly offerLinks: OfferLinks,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get batchSize(): number {
    return Math.min(MAX_BATCH, Math.max(1, this.config.outreach.ratePerSecond * BATCH_SECONDS));
  }

  async handle(payload: JobPayload<'outreach.send'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const outreach = await this.outreaches.lockById(ctx.manager, null, payload.outreachId);
    if (!outreach || outreach.status !== 'sending') return { skipped: outreach ? outreach.status : 'not found' };
    if (!this.mailer.enabled || !this.config.publicUrl) return { skipped: 'email is not configured' };
    // Rows of a sender whose lease expired (it died, or is too slow): see the class comment.
    const recovered = rowsOf(
      await ctx.manager.query(
        `UPDATE outreach_message SET status = CASE WHEN handed_at IS NULL THEN 'queued' ELSE 'uncertain' END, lease_until = NULL
         WHERE outreach_id = $1 AND status = 'sending' AND lease_until < now() RETURNING status`,
        [outreach.id],
      ),
    );
    // Addresses suppressed since the outreach was queued are skipped, whatever batch they are in.
    await ctx.manager.query(
      `UPDATE outreach_message m SET status = 'suppressed' FROM email_suppression s
       WHERE m.outreach_id = $1 AND m.status = 'queued' AND s.email = lower(m.email)`,
      [outreach.id],
    );
    const leaseMs = (this.batchSize / this.config.outreach.ratePerSecond) * 1000 + LEASE_MARGIN_MS;
    const claimed = rowsOf(
      await ctx.manager.query(
        `UPDATE outreach_message SET status = 'sending', lease_until = now() + $3 * interval '1 millisecond', handed_at = NULL, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outreach_message WHERE outreach_id = $1 AND status = 'queued' ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id::text AS id, attempts`,
        [outreach.id, this.batchSize, Math.round(leaseMs)],
      ),
    ).map((r) => ({ id: r['id'] as string, attempts: Number(r['attempts']) }));
    if (claimed.length === 0) {
      const [{ n }] = await ctx.manager.query(`SELECT count(*)::int AS n FROM outreach_message WHERE outreach_id = $1 AND status = 'sending'`, [outreach.id]);
      if (Number(n) === 0) {
        await ctx.manager.query(`UPDATE outreach SET status = 'completed', finished_at = now(), version = version + 1 WHERE id = $1`, [outreach.id]);
        return { completed: true, recovered: recovered.length };
      }
      // Another sender holds a batch: its stand-in (or its end) brings the outreach back here.
      return { waiting: Number(n) };
    }
    const standIn = await queueStandIn(ctx.manager, 'outreach.send_due', { outreachId: outreach.id }, new Date(Date.now() + leaseMs + 1000));
    ctx.afterCommit(() => this.sendBatch(outreach.id, claimed, standIn));
    return { claimed: claimed.length, recovered: recovered.length };
  }

  /** Sends a claimed batch, chunk by chunk at the configured rate, then makes the next batch due. */
  async sendBatch(outreachId: string, claims: Array<{ id: string; attempts: number }>, standIn: string): Promise<void> {
    const [outreach] = await this.dataSource.query(`SELECT language, subject, body, token_secret, actor_id, actor_label, campaign_id FROM outreach WHERE id = $1`, [outreachId]);
    const language = outreach.language as OutreachLanguage;
    const subject = parseTemplate(outreach.subject, 'subject');
    const body = parseTemplate(outreach.body, 'body');
    const chunk = this.config.outreach.connections * 2;
    const rate = this.config.outreach.ratePerSecond;
    const started = Date.now();
    let handed = 0;
    // A claim is (row, its attempt): rows taken over by another sender (a later attempt) are no longer this one's.
    const attemptOf = new Map(claims.map((c) => [c.id, c.attempts]));
    // The batch's merge values and offer links, read once.
    const byId = new Map((await this.recipients(claims.map((c) => c.id), subject.fields.includes('switchCredit') || body.fields.includes('switchCredit'))).map((r) => [r.id, r]));
    const links = subject.fields.includes('offerLink') || body.fields.includes('offerLink') ? await this.offerLinks.linksFor(this.dataSource.manager, [...byId.values()].map((r) => r.accountId)) : new Map<string, string>();
    const by = { actorId: outreach.actor_id ? await this.userOrNull(outreach.actor_id) : null, actorLabel: outreach.actor_label as string, campaignId: outreach.campaign_id as string };
    // A chunk's outcomes are recorded while the next chunk is sent: at most two chunks are handed over and unrecorded at once.
    let recording: Promise<void> = Promise.resolve();
    try {
      for (let i = 0; i < claims.length; i += chunk) {
        const part = claims.slice(i, i + chunk);
        // Throttle: the chunk starts no earlier than its share of the rate allows.
        const due = started + (handed / rate) * 1000;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        const own = rowsOf(
          await this.dataSource.query(
            `UPDATE outreach_message m SET handed_at = now()
             FROM outreach o, (SELECT unnest($1::bigint[]) AS id, unnest($2::int[]) AS attempts) c
             WHERE m.id = c.id AND m.attempts = c.attempts AND m.status = 'sending' AND m.handed_at IS NULL AND o.id = m.outreach_id AND o.status = 'sending'
             RETURNING m.id::text AS id`,
            [part.map((c) => c.id), part.map((c) => c.attempts)],
          ),
        ).map((r) => r['id'] as string);
        if (own.length === 0) continue;
        handed += own.length;
        const rows = own.map((id) => byId.get(id)).filter((r): r is Claimed => r !== undefined);
        const outcomes = await Promise.all(rows.map((row) => this.sendOne(outreachId, outreach.token_secret as string, language, subject, body, row, links.get(row.accountId) ?? null)));
        await recording;
        recording = this.record(outcomes, attemptOf, by);
      }
    } finally {
      await recording;
    }
    // The next batch at once (the stand-in, due at the lease's end, is moved to now; queued anew if it went).
    await this.uow.run(async (tx) => {
      if (!(await rescheduleStandIn(tx.manager, 'outreach.send_due', standIn, new Date()))) {
        await dropStandIn(tx.manager, 'outreach.send_due', standIn);
        await tx.emit('outreach.send_due', { outreachId });
      }
    });
  }

  private async recipients(ids: string[], withCredit: boolean): Promise<Claimed[]> {
    const credit = withCredit ? `(SELECT p.switch_credit FROM proposal p WHERE p.account_id = a.id ORDER BY p.created_at DESC, p.id DESC LIMIT 1)` : 'NULL';
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT m.id::text AS id, m.email, m.account_id, ct.name AS contact_name, a.name AS account_name, r.name AS rival_name, r.shutdown_expected_at,
              c.currency, ${credit} AS switch_credit
       FROM outreach_message m JOIN contact ct ON ct.id = m.contact_id JOIN account a ON a.id = m.account_id
       JOIN campaign c ON c.id = a.campaign_id JOIN rival r ON r.id = c.rival_id
       WHERE m.id = ANY($1::bigint[]) ORDER BY m.id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      email: r['email'] as string,
      accountId: r['account_id'] as string,
      contactName: r['contact_name'] as string,
      accountName: r['account_name'] as string,
      rivalName: r['rival_name'] as string,
      shutdownAt: r['shutdown_expected_at'] ? new Date(r['shutdown_expected_at'] as string) : null,
      currency: String(r['currency']).trim(),
      switchCredit: r['switch_credit'] === null || r['switch_credit'] === undefined ? null : Number(r['switch_credit']),
    }));
  }

  private async sendOne(
    outreachId: string,
    secret: string,
    language: OutreachLanguage,
    subject: ReturnType<typeof parseTemplate>,
    body: ReturnType<typeof parseTemplate>,
    row: Claimed,
    offerLink: string | null,
  ): Promise<Outcome> {
    const values: MergeValues = {
      contactName: row.contactName,
      accountName: row.accountName,
      rivalName: row.rivalName,
      shutdownDate: row.shutdownAt ? formatMergeDate(row.shutdownAt, language) : null,
      switchCredit: row.switchCredit === null ? null : formatMergeMoney(row.switchCredit, row.currency, language),
      offerLink,
    };
    const token = unsubscribeToken(row.id, secret);
    const link = `${this.config.publicUrl}/u/${token}`;
    try {
      const text = renderTemplate(body, values) + unsubscribeFooter(language, link);
      await this.mailer.send(
        {
          to: { name: row.contactName, address: row.email },
          subject: renderTemplate(subject, values, { oneLine: true }),
          text,
          messageId: `<outreach.${row.id}.${outreachId}@${this.mailer.fromDomain ?? 'lifeboat.invalid'}>`,
          headers: {
            // RFC 8058: one-click unsubscribe (the POST needs no sign-in), and RFC 2369's mailto.
            'List-Unsubscribe': `<${link}>, <mailto:${this.mailer.fromAddress}?subject=unsubscribe%20${token}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        },
        { bulk: true },
      );
      return { id: row.id, status: 'sent' };
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string };
      const message = (e.message || String(error)).slice(0, 500);
      // A 5xx at RCPT or DATA: the server refuses the address for good (a hard bounce).
      if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) return { id: row.id, status: 'bounced', error: message };
      return { id: row.id, status: 'retry', error: message };
    }
  }

  /** A chunk's outcomes, in one transaction: statuses, the timeline activities, bounced contacts marked and suppressed. */
  private async record(outcomes: Outcome[], attemptOf: Map<string, number>, by: { actorId: string | null; actorLabel: string; campaignId: string }): Promise<void> {
    if (outcomes.length === 0) return;
    // Writes no event: a plain transaction (no relay pass per chunk).
    await this.dataSource.transaction(async (manager) => {
      const tx = { manager };
      const updated = rowsOf(
        await tx.manager.query(
          `UPDATE outreach_message m SET
             status = CASE WHEN v.status = 'retry' THEN CASE WHEN m.attempts >= $4 THEN 'failed' ELSE 'queued' END ELSE v.status END,
             sent_at = CASE WHEN v.status = 'sent' THEN now() END,
             handed_at = CASE WHEN v.status = 'retry' THEN NULL ELSE m.handed_at END,
             lease_until = NULL, error = v.error
           FROM (SELECT unnest($1::bigint[]) AS id, unnest($2::text[]) AS status, unnest($3::text[]) AS error, unnest($5::int[]) AS attempts) v
           WHERE m.id = v.id AND m.attempts = v.attempts AND m.status = 'sending'
           RETURNING m.id::text AS id, m.status, m.contact_id, m.email`,
          [outcomes.map((o) => o.id), outcomes.map((o) => o.status), outcomes.map((o) => ('error' in o ? o.error : null)), MAX_MESSAGE_ATTEMPTS, outcomes.map((o) => attemptOf.get(o.id) ?? 0)],
        ),
      );
      const sent = updated.filter((r) => r['status'] === 'sent').map((r) => r['id'] as string);
      if (sent.length > 0) {
        await tx.manager.query(
          `INSERT INTO activity (campaign_id, account_id, kind, occurred_at, author_user_id, author_label, body, metadata)
           SELECT $2, m.account_id, 'email', m.sent_at, $3, $4, o.subject, jsonb_build_object('outreachId', o.id, 'outreachMessageId', m.id, 'contactId', m.contact_id, 'to', m.email)
           FROM outreach_message m JOIN outreach o ON o.id = m.outreach_id WHERE m.id = ANY($1::bigint[])`,
          [sent, by.campaignId, by.actorId, by.actorLabel],
        );
      }
      for (const r of updated.filter((u) => u['status'] === 'bounced')) {
        await tx.manager.query(`UPDATE contact SET email_bounced_at = now() WHERE id = $1 AND email_bounced_at IS NULL`, [r['contact_id']]);
        const outcome = outcomes.find((o) => o.id === r['id']);
        await this.outreaches.suppress(tx.manager, r['email'] as string, 'hard_bounce', r['id'] as string, outcome && 'error' in outcome ? outcome.error : null);
      }
    });
    this.logger.debug({ recorded: outcomes.length }, 'outreach chunk recorded');
  }

  /** The author of the timeline entries: the user who queued it, if still there (else the label alone). */
  private async userOrNull(id: string): Promise<string | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const [row] = await this.dataSource.query(`SELECT id FROM app_user WHERE id = $1`, [id]);
    return row ? (row.id as string) : null;
  }
}
