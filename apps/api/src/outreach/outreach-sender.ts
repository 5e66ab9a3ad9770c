import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  formatMergeDate,
  formatMergeMoney,
  parseTemplate,
  renderTemplate,
  resolveCampaignSettings,
  unsubscribeFooter,
  type CampaignSettingsOverrides,
  type MergeValues,
  type OutreachLanguage,
} from '@lifeboat/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { HandlesJob, type JobContext, type JobHandler } from '../jobs/job-handler';
import type { JobPayload } from '../jobs/job-catalog';
import { dropStandIn, queueStandIn, rescheduleStandIn } from '../jobs/stand-in';
import { UnitOfWork } from '../jobs/unit-of-work';
import { Mailer } from '../notifications/mailer.service';
import { OfferLinks } from './offer-links';
import { OutreachRepository } from './outreach.repository';
import { unsubscribeToken } from './unsubscribe-token';

/** An outreach mail's Message-ID: the same for every attempt at one recipient (see the class comment). */
export const outreachMessageId = (messageRowId: string, outreachId: string, domain: string | null | undefined): string =>
  `<outreach.${messageRowId}.${outreachId}@${domain ?? 'lifeboat.invalid'}>`;

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
  /** The campaign's IANA time zone: dates are written as the customer reads them there. */
  timeZone: string;
  switchCredit: number | null;
}

type Outcome = { id: string; status: 'sent'; offerId: string | null } | { id: string; status: 'bounced' | 'retry'; error: string };

/**
 * Mails given to the SMTP transport at once, per pooled connection: one on the wire, one waiting for
 * that connection, so a connection never idles while the next mail's hand-over is written (with 1,
 * a bench on a loaded 2-core box sent 130–150 mails/s; with 2, 290). The rows handed over and not
 * recorded at any moment — what a crash makes resend — are at most this × the connections, plus the
 * answers of the outcome write in progress.
 */
const IN_FLIGHT_PER_CONNECTION = 2;
/**
 * Grouped writes wait this long for more requests: fewer, larger statements (the sender's CPU and
 * the database's), for a few milliseconds more before a mail goes out and a few more answers
 * unrecorded at any moment (≈ rate × (RECORD_GATHER_MS + one write)).
 */
const HAND_GATHER_MS = 5;
const RECORD_GATHER_MS = 20;
/** At most this many requests in one grouped write. */
const MAX_GROUP = 500;

/**
 * Writes requests in groups (a group commit): one write at a time, each taking every request that
 * arrived while the previous one ran; each request's promise settles with its write.
 */
class GroupWrite<T, R> {
  private pending: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  private running = false;

  /** `gatherMs`: how long a write waits for more requests before it starts (each write waits so). */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly gatherMs = 0,
  ) {}

  push(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length > 0) {
      if (this.gatherMs > 0 && this.pending.length < MAX_GROUP) await new Promise((resolve) => setTimeout(resolve, this.gatherMs));
      const group = this.pending.splice(0, MAX_GROUP);
      try {
        const results = await this.write(group.map((g) => g.item));
        group.forEach((g, i) => g.resolve(results[i]));
      } catch (error) {
        for (const g of group) g.reject(error);
      }
    }
    this.running = false;
  }
}

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
 * by two loops per connection (IN_FLIGHT_PER_CONNECTION), each giving the SMTP transport one row at
 * a time at its turn of the rate:
 *   - right before a mail goes to the SMTP transport its row gets `handed_at` (committed; the loops'
 *     requests are written together, one UPDATE for whoever is waiting — a group commit);
 *   - as soon as the server answers, the outcome is recorded (again grouped: one transaction for
 *     the answers that arrived meanwhile — `sent` + the timeline activities; `bounced` + the
 *     contact marked and the address suppressed; a temporary failure goes back to `queued`).
 * So at any moment the rows handed over and not recorded are only the mails in flight (at most two
 * per connection: the one on the wire, the one waiting for it) and the answers of the write in
 * progress — not a batch or a chunk. Then the next batch is due at once.
 *
 * A process that dies (kill -9, power) leaves its rows in `sending`. When the lease expires, the
 * stand-in's job takes the outreach over:
 *   - `handed_at` NULL: never given to the server — back to `queued`, sent by the next batch;
 *   - `handed_at` set: perhaps delivered, perhaps not (the server may have answered 250 a moment
 *     before the kill, or never got the last byte). It is sent AGAIN, with the SAME Message-ID
 *     (`<outreach.<message id>.<outreach id>@<MAIL_FROM domain>>`, derived from the row): receiving
 *     servers such as Gmail drop a second copy of a Message-ID they already delivered, so the
 *     customer sees one mail, and nobody is left out. The row gets `interrupted_at` and is
 *     counted on the progress ("resent after an interruption"). Raw duplicates on the wire are at
 *     most the rows that were handed over and unrecorded when the sender died.
 * A sender that is only slow (its lease expired while it still runs) finds its rows taken over: a
 * claim is (row, attempt) — the takeover's claim raises `attempts` — so the slow sender's hand-over
 * and outcome UPDATEs, which match its own attempt, touch nothing of the new claim; two senders never
 * hand one row to the server under the same claim.
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
        `UPDATE outreach_message SET status = 'queued', lease_until = NULL, handed_at = NULL,
           interrupted_at = CASE WHEN handed_at IS NULL THEN interrupted_at ELSE now() END
         WHERE outreach_id = $1 AND status = 'sending' AND lease_until < now() RETURNING id`,
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

  /** Sends a claimed batch, one loop per connection at the configured rate, then makes the next batch due. */
  async sendBatch(outreachId: string, claims: Array<{ id: string; attempts: number }>, standIn: string): Promise<void> {
    const [outreach] = await this.dataSource.query(`SELECT language, subject, body, token_secret, actor_id, actor_label, campaign_id FROM outreach WHERE id = $1`, [outreachId]);
    const language = outreach.language as OutreachLanguage;
    const subject = parseTemplate(outreach.subject, 'subject');
    const body = parseTemplate(outreach.body, 'body');
    const rate = this.config.outreach.ratePerSecond;
    const started = Date.now();
    // A claim is (row, its attempt): rows taken over by another sender (a later attempt) are no longer this one's.
    const attemptOf = new Map(claims.map((c) => [c.id, c.attempts]));
    // The batch's merge values and offer links, read once.
    const byId = new Map((await this.recipients(claims.map((c) => c.id), subject.fields.includes('switchCredit') || body.fields.includes('switchCredit'))).map((r) => [r.id, r]));
    const offers =
      subject.fields.includes('offerLink') || body.fields.includes('offerLink')
        ? await this.offerLinks.offersFor(this.dataSource.manager, [...byId.values()].map((r) => r.accountId))
        : new Map<string, { offerId: string; link: string }>();
    const by = { actorId: outreach.actor_id ? await this.userOrNull(outreach.actor_id) : null, actorLabel: outreach.actor_label as string, campaignId: outreach.campaign_id as string };
    // Handing over: rows still this claim's (not taken over, the outreach not cancelled) get handed_at, committed before they are sent.
    const hand = new GroupWrite<{ id: string; attempts: number }, boolean>(async (part) => {
      const own = new Set(
        rowsOf(
          await this.dataSource.query(
            `UPDATE outreach_message m SET handed_at = now()
             FROM outreach o, (SELECT unnest($1::bigint[]) AS id, unnest($2::int[]) AS attempts) c
             WHERE m.id = c.id AND m.attempts = c.attempts AND m.status = 'sending' AND m.handed_at IS NULL AND o.id = m.outreach_id AND o.status = 'sending'
             RETURNING m.id::text AS id`,
            [part.map((c) => c.id), part.map((c) => c.attempts)],
          ),
        ).map((r) => r['id'] as string),
      );
      return part.map((c) => own.has(c.id));
    }, HAND_GATHER_MS);
    const record = new GroupWrite<Outcome, void>(async (outcomes) => {
      await this.record(outcomes, attemptOf, by);
      return outcomes.map(() => undefined);
    }, RECORD_GATHER_MS);
    const recorded: Array<Promise<void>> = [];
    let failure: unknown = null;
    let next = 0;
    let turns = 0;
    const loop = async () => {
      while (next < claims.length) {
        const claim = claims[next++];
        // Throttle: this mail goes no earlier than its turn of the rate allows.
        const due = started + (turns++ / rate) * 1000;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        const row = byId.get(claim.id);
        if (!row || !(await hand.push(claim))) continue;
        const offer = offers.get(row.accountId) ?? null;
        const outcome = await this.sendOne(outreachId, outreach.token_secret as string, language, subject, body, row, offer);
        recorded.push(
          record.push(outcome).catch((error: unknown) => {
            failure ??= error;
          }),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.config.outreach.connections) * IN_FLIGHT_PER_CONNECTION }, loop));
    await Promise.all(recorded);
    // A failed write leaves its rows in `sending`: the takeover deals with them once the lease ends.
    if (failure) throw failure;
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
              c.currency, c.settings,  ${credit} AS switch_credit
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
      timeZone: resolveCampaignSettings(r['settings'] as CampaignSettingsOverrides | null).timeZone,
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
    offer: { offerId: string; link: string } | null,
  ): Promise<Outcome> {
    const values: MergeValues = {
      contactName: row.contactName,
      accountName: row.accountName,
      rivalName: row.rivalName,
      shutdownDate: row.shutdownAt ? formatMergeDate(row.shutdownAt, language, row.timeZone) : null,
      switchCredit: row.switchCredit === null ? null : formatMergeMoney(row.switchCredit, row.currency, language),
      offerLink: offer?.link ?? null,
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
          // Derived from the row alone: a mail sent again after an interruption has the same Message-ID,
          // so a receiving server that already delivered it (Gmail does so) drops the second copy.
          messageId: outreachMessageId(row.id, outreachId, this.mailer.fromDomain),
          headers: {
            // RFC 8058: one-click unsubscribe (the POST needs no sign-in). No RFC 2369 mailto: nothing
            // reads the mails sent to MAIL_FROM, so a request sent there would be lost.
            'List-Unsubscribe': `<${link}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        },
        { bulk: true },
      );
      return { id: row.id, status: 'sent', offerId: offer?.offerId ?? null };
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string };
      const message = (e.message || String(error)).slice(0, 500);
      // A 5xx at RCPT or DATA: the server refuses the address for good (a hard bounce).
      if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) return { id: row.id, status: 'bounced', error: message };
      return { id: row.id, status: 'retry', error: message };
    }
  }

  /** A group of outcomes, in one transaction: statuses, the timeline activities, bounced contacts marked and suppressed. */
  private async record(outcomes: Outcome[], attemptOf: Map<string, number>, by: { actorId: string | null; actorLabel: string; campaignId: string }): Promise<void> {
    if (outcomes.length === 0) return;
    // Writes no event: a plain transaction (no relay pass per group).
    await this.dataSource.transaction(async (manager) => {
      const tx = { manager };
      const updated = rowsOf(
        await tx.manager.query(
          `UPDATE outreach_message m SET
             status = CASE WHEN v.status = 'retry' THEN CASE WHEN m.attempts >= $4 THEN 'failed' ELSE 'queued' END ELSE v.status END,
             sent_at = CASE WHEN v.status = 'sent' THEN now() END,
             handed_at = CASE WHEN v.status = 'retry' THEN NULL ELSE m.handed_at END,
             lease_until = NULL, error = v.error, personal_offer_id = v.offer_id
           FROM (SELECT unnest($1::bigint[]) AS id, unnest($2::text[]) AS status, unnest($3::text[]) AS error, unnest($5::int[]) AS attempts, unnest($6::uuid[]) AS offer_id) v
           WHERE m.id = v.id AND m.attempts = v.attempts AND m.status = 'sending'
           RETURNING m.id::text AS id, m.status, m.contact_id, m.email`,
          [outcomes.map((o) => o.id), outcomes.map((o) => o.status), outcomes.map((o) => ('error' in o ? o.error : null)), MAX_MESSAGE_ATTEMPTS,
            outcomes.map((o) => attemptOf.get(o.id) ?? 0),
            outcomes.map((o) => ('offerId' in o ? o.offerId : null)),
          ],
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
    this.logger.debug({ recorded: outcomes.length }, 'outreach outcomes recorded');
  }

  /** The author of the timeline entries: the user who queued it, if still there (else the label alone). */
  private async userOrNull(id: string): Promise<string | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const [row] = await this.dataSource.query(`SELECT id FROM app_user WHERE id = $1`, [id]);
    return row ? (row.id as string) : null;
  }
}
