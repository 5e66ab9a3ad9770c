import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { localeOf, type Locale } from './notification-texts';

export interface NewNotification {
  userId: string;
  campaignId: string | null;
  kind: string;
  title: string;
  body: string;
  entityId: string | null;
  dedupeKey: string | null;
}

export interface NotificationRecord {
  id: string;
  userId: string;
  campaignId: string | null;
  kind: string;
  title: string;
  body: string;
  entityId: string | null;
  createdAt: Date;
  readAt: Date | null;
  emailedAt: Date | null;
  /** Email attempts made (claimed), and the last one's error while none succeeded. */
  emailAttempts: number;
  emailError: string | null;
}

export interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

const toRecord = (r: Record<string, unknown>): NotificationRecord => ({
  id: r['id'] as string,
  userId: r['user_id'] as string,
  campaignId: (r['campaign_id'] as string | null) ?? null,
  kind: r['kind'] as string,
  title: r['title'] as string,
  body: r['body'] as string,
  entityId: (r['entity_id'] as string | null) ?? null,
  createdAt: new Date(r['created_at'] as string),
  readAt: r['read_at'] ? new Date(r['read_at'] as string) : null,
  emailedAt: r['emailed_at'] ? new Date(r['emailed_at'] as string) : null,
  emailAttempts: Number(r['email_attempts'] ?? 0),
  emailError: (r['email_error'] as string | null) ?? null,
});

const toRecipient = (r: Record<string, unknown>): Recipient => ({
  id: r['id'] as string,
  name: r['name'] as string,
  email: r['email'] as string,
  locale: localeOf(r['locale']),
});

/**
 * The only place that reads and writes notifications for this module. A notification belongs to
 * one user: every read and every change is bound to that user's id, never to a campaign scope.
 */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the notifications; one whose dedupe key that user already has is skipped. Returns the ids inserted, by position. */
  async insert(manager: EntityManager, notifications: readonly NewNotification[]): Promise<Array<string | null>> {
    const ids: Array<string | null> = [];
    for (const n of notifications) {
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO notification (user_id, campaign_id, kind, title, body, entity_id, dedupe_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING id`,
        [n.userId, n.campaignId, n.kind, n.title, n.body, n.entityId, n.dedupeKey],
      );
      ids.push(rows[0]?.id ?? null);
    }
    return ids;
  }

  /** The user's notifications, newest first, after the keyset cursor (`createdAt`, `id`); one more than `size` to tell whether more follow. */
  async page(userId: string, opts: { size: number; after?: [string, string]; unreadOnly: boolean }): Promise<NotificationRecord[]> {
    const params: unknown[] = [userId, opts.size + 1];
    let where = `user_id = $1`;
    if (opts.unreadOnly) where += ` AND read_at IS NULL`;
    if (opts.after) {
      params.push(opts.after[0], opts.after[1]);
      where += ` AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM notification WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    return rows.map(toRecord);
  }

  async counts(userId: string): Promise<{ total: number; unread: number }> {
    const rows: Array<{ total: number; unread: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification WHERE user_id = $1`,
      [userId],
    );
    return rows[0];
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return rows[0].n;
  }

  /** Marks the user's own notifications read (those ids, or all); another user's ids change nothing. Returns the ids marked. */
  async markRead(userId: string, ids: readonly string[] | 'all'): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH marked AS (
         UPDATE notification SET read_at = now()
         WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING id
       )
       SELECT id FROM marked ORDER BY id`,
      [userId, ids === 'all' ? null : [...ids]],
    );
    return rows.map((r) => r.id);
  }

  /** Which of these ids are notifications of this user. */
  async ownedIds(userId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM notification WHERE user_id = $1 AND id = ANY($2::uuid[])`, [userId, [...ids]]);
    return new Set(rows.map((r) => r.id));
  }

  async byIdForUser(userId: string, id: string): Promise<NotificationRecord | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT * FROM notification WHERE id = $1 AND user_id = $2`, [id, userId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async byId(manager: EntityManager, id: string): Promise<NotificationRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM notification WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The notification, locked until the caller's transaction ends (an email attempt is claimed under it). */
  async lockById(manager: EntityManager, id: string): Promise<NotificationRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM notification WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** An email attempt claimed (counted before it is made: a process dying mid-send does not make it again under the same number). */
  async claimEmailAttempt(manager: EntityManager, id: string, attempt: number): Promise<void> {
    await manager.query(`UPDATE notification SET email_attempts = $2 WHERE id = $1`, [id, attempt]);
  }

  async markEmailed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE notification SET emailed_at = now(), email_error = NULL WHERE id = $1`, [id]);
  }

  async recordEmailError(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager.query(`UPDATE notification SET email_error = $2 WHERE id = $1`, [id, error.slice(0, 500)]);
  }

  async users(manager: EntityManager, ids: readonly string[]): Promise<Map<string, Recipient>> {
    if (ids.length === 0) return new Map();
    const rows: Record<string, unknown>[] = await manager.query(`SELECT id, name, email, locale FROM app_user WHERE id = ANY($1::uuid[]) AND active`, [[...ids]]);
    return new Map(rows.map((r) => [r['id'] as string, toRecipient(r)]));
  }

  /** The campaign's active managers; its active admins when it has none (someone must hear of it). */
  async managersOf(manager: EntityManager, campaignId: string): Promise<Recipient[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT u.id, u.name, u.email, u.locale FROM campaign_member m JOIN app_user u ON u.id = m.user_id
       WHERE m.campaign_id = $1 AND m.team_role = 'manager' AND u.active ORDER BY u.id`,
      [campaignId],
    );
    if (rows.length > 0) return rows.map(toRecipient);
    const admins: Record<string, unknown>[] = await manager.query(`SELECT id, name, email, locale FROM app_user WHERE role = 'admin' AND active ORDER BY id`);
    return admins.map(toRecipient);
  }

  /** Writes an outbox event in the caller's transaction (a job's own transaction has no `emit`). */
  async emit(manager: EntityManager, type: string, payload: object): Promise<void> {
    await manager.query(`INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb)`, [type, JSON.stringify(payload)]);
  }
}
