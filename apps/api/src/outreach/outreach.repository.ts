import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OutreachLanguage } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import type { OutreachStatus } from './outreach.model';

export interface OutreachRecord {
  id: string;
  campaignId: string;
  collectiveId: string | null;
  filter: Record<string, unknown> | null;
  language: OutreachLanguage;
  subject: string;
  body: string;
  status: OutreachStatus;
  recipients: number;
  skippedSuppressed: number;
  tokenSecret: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  version: number;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface AudienceCounts {
  recipients: number;
  suppressed: number;
  unsourced: number;
}

export interface AudienceContact {
  id: string;
  name: string;
  email: string;
  accountId: string;
  accountName: string;
}

export interface OutreachCounts {
  queued: number;
  sent: number;
  bounced: number;
  failed: number;
  uncertain: number;
  suppressed: number;
  cancelled: number;
  unsubscribed: number;
  resent: number;
  offerOpened: number;
  offerAccepted: number;
}

const COLUMNS = `o.id, o.campaign_id, o.collective_id, o.filter, o.language, o.subject, o.body, o.status, o.recipients, o.skipped_suppressed,
  o.token_secret, o.actor_type, o.actor_id, o.actor_label, o.version, o.created_at, o.finished_at`;

const toRecord = (r: Record<string, unknown>): OutreachRecord => ({
  id: r['id'] as string,
  campaignId: r['campaign_id'] as string,
  collectiveId: (r['collective_id'] as string | null) ?? null,
  filter: (r['filter'] as Record<string, unknown> | null) ?? null,
  language: r['language'] as OutreachLanguage,
  subject: r['subject'] as string,
  body: r['body'] as string,
  status: r['status'] as OutreachStatus,
  recipients: Number(r['recipients']),
  skippedSuppressed: Number(r['skipped_suppressed']),
  tokenSecret: r['token_secret'] as string,
  actorType: r['actor_type'] as string,
  actorId: (r['actor_id'] as string | null) ?? null,
  actorLabel: r['actor_label'] as string,
  version: Number(r['version']),
  createdAt: new Date(r['created_at'] as string),
  finishedAt: r['finished_at'] ? new Date(r['finished_at'] as string) : null,
});

/**
 * The contacts an audience reaches, one per address (the decision maker first, then the oldest
 * id), each flagged suppressed or not: `accounts` is a statement whose rows have the account `id`.
 */
const audience = (accounts: string) => `
  WITH acc AS (${accounts}),
  cand AS (
    SELECT DISTINCT ON (lower(btrim(ct.email))) ct.id AS contact_id, ct.account_id, lower(btrim(ct.email)) AS email, ct.source_id, ct.name
    FROM contact ct JOIN acc ON acc.id = ct.account_id
    WHERE ct.email IS NOT NULL AND btrim(ct.email) ~ '^[^@[:space:]]+@[^@[:space:]]+$'
    ORDER BY lower(btrim(ct.email)), ct.decision_maker DESC, ct.id
  ),
  flagged AS (
    SELECT cand.*, EXISTS (SELECT 1 FROM email_suppression s WHERE s.email = cand.email) AS suppressed FROM cand
  )`;

const rowsOf = (result: unknown): Array<Record<string, unknown>> =>
  (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<Record<string, unknown>>;

/** The only place that queries outreaches, their messages and the suppression list. */
@Injectable()
export class OutreachRepository {
  constructor(private readonly dataSource: DataSource) {}

  async counts(manager: EntityManager, accounts: string, params: unknown[]): Promise<AudienceCounts> {
    const [row] = await manager.query(
      `${audience(accounts)}
       SELECT count(*) FILTER (WHERE suppressed)::int AS suppressed,
              count(*) FILTER (WHERE NOT suppressed AND source_id IS NULL)::int AS unsourced,
              count(*) FILTER (WHERE NOT suppressed AND source_id IS NOT NULL)::int AS recipients
       FROM flagged`,
      params,
    );
    return { recipients: Number(row.recipients), suppressed: Number(row.suppressed), unsourced: Number(row.unsourced) };
  }

  async unsourced(manager: EntityManager, accounts: string, params: unknown[], limit: number): Promise<AudienceContact[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `${audience(accounts)}
       SELECT f.contact_id, f.name, f.email, a.id AS account_id, a.name AS account_name
       FROM flagged f JOIN account a ON a.id = f.account_id
       WHERE NOT f.suppressed AND f.source_id IS NULL ORDER BY a.name, f.name, f.contact_id LIMIT ${Math.trunc(limit)}`,
      params,
    );
    return rows.map((r) => ({ id: r['contact_id'] as string, name: r['name'] as string, email: r['email'] as string, accountId: r['account_id'] as string, accountName: r['account_name'] as string }));
  }

  /** Recipients whose account has no proposal (no switch credit to quote). */
  async withoutProposal(manager: EntityManager, accounts: string, params: unknown[]): Promise<number> {
    const [row] = await manager.query(
      `${audience(accounts)}
       SELECT count(*)::int AS n FROM flagged f
       WHERE NOT f.suppressed AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.account_id = f.account_id)`,
      params,
    );
    return Number(row.n);
  }

  async insert(
    manager: EntityManager,
    fields: Omit<OutreachRecord, 'id' | 'status' | 'recipients' | 'skippedSuppressed' | 'version' | 'createdAt' | 'finishedAt'>,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO outreach (campaign_id, collective_id, filter, language, subject, body, token_secret, actor_type, actor_id, actor_label)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        fields.campaignId,
        fields.collectiveId,
        fields.filter ? JSON.stringify(fields.filter) : null,
        fields.language,
        fields.subject,
        fields.body,
        fields.tokenSecret,
        fields.actorType,
        fields.actorId,
        fields.actorLabel,
      ],
    );
    return row.id as string;
  }

  /** Writes one message per recipient, set-based, and the outreach's counts; returns them. */
  async insertMessages(manager: EntityManager, outreachId: string, accounts: string, params: unknown[]): Promise<{ recipients: number; suppressed: number }> {
    const n = params.length + 1;
    const result: unknown = await manager.query(
      `${audience(accounts)},
       ins AS (
         INSERT INTO outreach_message (outreach_id, contact_id, account_id, email)
         SELECT $${n}::uuid, contact_id, account_id, email FROM flagged WHERE NOT suppressed AND source_id IS NOT NULL
         RETURNING 1
       )
       UPDATE outreach SET recipients = (SELECT count(*) FROM ins), skipped_suppressed = (SELECT count(*) FROM flagged WHERE suppressed)
       WHERE id = $${n}::uuid RETURNING recipients, skipped_suppressed`,
      [...params, outreachId],
    );
    const r = rowsOf(result)[0];
    return { recipients: Number(r['recipients']), suppressed: Number(r['skipped_suppressed']) };
  }

  async getByIds(scope: AccessScope, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, OutreachRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [ids];
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${COLUMNS} FROM outreach o WHERE o.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'o.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, toRecord(r)]));
  }

  async lockById(manager: EntityManager, scope: AccessScope | null, id: string): Promise<OutreachRecord | null> {
    const params: unknown[] = [id];
    const where = scope ? ` AND ${scopeClause(scope, 'o.campaign_id', params)}` : '';
    const rows: Array<Record<string, unknown>> = await manager.query(`SELECT ${COLUMNS} FROM outreach o WHERE o.id = $1${where} FOR UPDATE`, params);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async pageOfCampaign(campaignId: string, limit: number, after: [string, string] | null): Promise<{ rows: OutreachRecord[]; total: number }> {
    const params: unknown[] = [campaignId, limit + 1];
    let cursor = '';
    if (after) {
      params.push(after[0], after[1]);
      cursor = `AND (o.created_at, o.id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM outreach o WHERE o.campaign_id = $1 ${cursor} ORDER BY o.created_at DESC, o.id DESC LIMIT $2`,
      params,
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outreach WHERE campaign_id = $1`, [campaignId]);
    return { rows: rows.map(toRecord), total: Number(n) };
  }

  /**
   * Each outreach's counts in one statement: its messages by status (one pass over its rows,
   * outreach_message_status_idx), the unsubscriptions through its mails, and its results — the
   * recipients' accounts whose personal offer was opened / accepted after their mail was sent: the
   * offer the mail linked ({{offerLink}}), or for a mail without one any offer of the account. Only
   * offers opened or accepted at all are joined (personal_offer_opened_account_idx).
   */
  async progress(ids: readonly string[]): Promise<Map<string, OutreachCounts>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH results AS (
         SELECT m.outreach_id,
           count(DISTINCT m.account_id) FILTER (WHERE p.opened_at >= m.sent_at OR p.accepted_at >= m.sent_at)::int AS offer_opened,
           count(DISTINCT m.account_id) FILTER (WHERE p.accepted_at >= m.sent_at)::int AS offer_accepted
         FROM outreach_message m
         JOIN personal_offer p ON p.account_id = m.account_id AND (m.personal_offer_id IS NULL OR p.id = m.personal_offer_id)
           AND (p.opened_at IS NOT NULL OR p.accepted_at IS NOT NULL)
         WHERE m.outreach_id = ANY($1::uuid[]) AND m.status = 'sent'
         GROUP BY m.outreach_id
       )
       SELECT o.id,
         count(m.id) FILTER (WHERE m.status IN ('queued', 'sending'))::int AS queued,
         count(m.id) FILTER (WHERE m.status = 'sent')::int AS sent,
         count(m.id) FILTER (WHERE m.status = 'bounced')::int AS bounced,
         count(m.id) FILTER (WHERE m.status = 'failed')::int AS failed,
         count(m.id) FILTER (WHERE m.status = 'uncertain')::int AS uncertain,
         count(m.id) FILTER (WHERE m.status = 'suppressed')::int AS suppressed,
         count(m.id) FILTER (WHERE m.status = 'cancelled')::int AS cancelled,
         count(m.id) FILTER (WHERE m.interrupted_at IS NOT NULL)::int AS resent,
         (SELECT count(*) FROM email_suppression s JOIN outreach_message um ON um.id = s.outreach_message_id
           WHERE um.outreach_id = o.id AND s.reason = 'unsubscribed')::int AS unsubscribed,
         coalesce(max(r.offer_opened), 0)::int AS offer_opened,
         coalesce(max(r.offer_accepted), 0)::int AS offer_accepted
       FROM outreach o LEFT JOIN outreach_message m ON m.outreach_id = o.id LEFT JOIN results r ON r.outreach_id = o.id
       WHERE o.id = ANY($1::uuid[]) GROUP BY o.id`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r['id'] as string,
        {
          queued: Number(r['queued']),
          sent: Number(r['sent']),
          bounced: Number(r['bounced']),
          failed: Number(r['failed']),
          uncertain: Number(r['uncertain']),
          suppressed: Number(r['suppressed']),
          cancelled: Number(r['cancelled']),
          unsubscribed: Number(r['unsubscribed']),
          resent: Number(r['resent']),
          offerOpened: Number(r['offer_opened']),
          offerAccepted: Number(r['offer_accepted']),
        },
      ]),
    );
  }

  /** Stops an outreach: its mails not handed to the server yet are cancelled. */
  async cancel(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE outreach SET status = 'cancelled', finished_at = now(), version = version + 1 WHERE id = $1`, [id]);
    await manager.query(
      `UPDATE outreach_message SET status = 'cancelled', lease_until = NULL
       WHERE outreach_id = $1 AND (status = 'queued' OR (status = 'sending' AND handed_at IS NULL))`,
      [id],
    );
  }

  /** The message an unsubscribe token names, with its outreach's secret and language. */
  async messageForToken(id: string): Promise<{ id: string; email: string; tokenSecret: string; language: OutreachLanguage } | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT m.id::text AS id, m.email, o.token_secret, o.language FROM outreach_message m JOIN outreach o ON o.id = m.outreach_id WHERE m.id = $1`,
      [id],
    );
    const r = rows[0];
    return r ? { id: r['id'] as string, email: r['email'] as string, tokenSecret: r['token_secret'] as string, language: r['language'] as OutreachLanguage } : null;
  }

  /** An unsubscription through a mail's link, on its account's timeline (a note by the customer, with the outreach and contact). */
  async recordUnsubscribeActivity(manager: EntityManager, messageId: string): Promise<void> {
    await manager.query(
      `INSERT INTO activity (campaign_id, account_id, kind, occurred_at, author_label, body, metadata)
       SELECT o.campaign_id, m.account_id, 'note', now(), 'Customer (unsubscribe link)',
              m.email || ' unsubscribed from outreach mails through the link in “' || o.subject || '”.',
              jsonb_build_object('outreachId', o.id, 'outreachMessageId', m.id, 'contactId', m.contact_id, 'unsubscribed', true)
       FROM outreach_message m JOIN outreach o ON o.id = m.outreach_id WHERE m.id = $1`,
      [messageId],
    );
  }

  /** Puts an address on the suppression list (the first reason stays); true when it was not there yet. */
  async suppress(manager: EntityManager, email: string, reason: 'unsubscribed' | 'hard_bounce' | 'bounce_report', messageId: string | null, detail: string | null): Promise<boolean> {
    const rows = rowsOf(
      await manager.query(
        `INSERT INTO email_suppression (email, reason, outreach_message_id, detail) VALUES (lower(btrim($1)), $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING email`,
        [email, reason, messageId, detail],
      ),
    );
    return rows.length > 0;
  }
}
