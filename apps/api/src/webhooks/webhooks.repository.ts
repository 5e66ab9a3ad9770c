import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access/actor';
import { dropStandIn, queueStandIn, rescheduleStandIn } from '../jobs/stand-in';

export interface WebhookRecord {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  campaignId: string | null;
  description: string | null;
  createdAt: Date;
  version: number;
}

export interface DeliveryRecord {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  campaignId: string | null;
  body: unknown;
  status: 'pending' | 'succeeded' | 'failed' | 'dead';
  attempts: number;
  lastResponseCode: number | null;
  lastResponseExcerpt: string | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

const date = (v: unknown) => (v ? new Date(v as string) : null);

function toWebhook(r: Record<string, unknown>): WebhookRecord {
  return {
    id: r['id'] as string,
    url: r['url'] as string,
    events: r['events'] as string[],
    active: r['active'] as boolean,
    campaignId: (r['campaign_id'] as string | null) ?? null,
    description: (r['description'] as string | null) ?? null,
    createdAt: new Date(r['created_at'] as string),
    version: Number(r['version']),
  };
}

function toDelivery(r: Record<string, unknown>): DeliveryRecord {
  return {
    id: r['id'] as string,
    webhookId: r['webhook_id'] as string,
    eventId: r['event_id'] as string,
    eventType: r['event_type'] as string,
    campaignId: (r['campaign_id'] as string | null) ?? null,
    body: r['body'],
    status: r['status'] as DeliveryRecord['status'],
    attempts: Number(r['attempts']),
    lastResponseCode: r['last_response_code'] == null ? null : Number(r['last_response_code']),
    lastResponseExcerpt: (r['last_response_excerpt'] as string | null) ?? null,
    lastError: (r['last_error'] as string | null) ?? null,
    nextAttemptAt: date(r['next_attempt_at']),
    deliveredAt: date(r['delivered_at']),
    createdAt: new Date(r['created_at'] as string),
  };
}

/** Webhooks a caller may administer: every one for a full scope, else those bound to its campaigns. */
function webhookScope(scope: AccessScope, params: unknown[]): string {
  if (scope.all) return 'TRUE';
  params.push([...scope.campaignIds]);
  return `w.campaign_id = ANY($${params.length}::uuid[])`;
}

/** The only place that queries webhooks and their deliveries. */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, w: { url: string; events: string[]; secret: string; campaignId: string | null; description: string | null; createdByLabel: string }): Promise<WebhookRecord> {
    const [row] = await manager.query(
      `INSERT INTO webhook (url, events, secret, campaign_id, description, created_by_label) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [w.url, w.events, w.secret, w.campaignId, w.description, w.createdByLabel],
    );
    return toWebhook(row);
  }

  async list(scope: AccessScope, limit: number): Promise<WebhookRecord[]> {
    const params: unknown[] = [limit];
    const rows = await this.dataSource.query(`SELECT w.* FROM webhook w WHERE ${webhookScope(scope, params)} ORDER BY w.created_at, w.id LIMIT $1`, params);
    return rows.map(toWebhook);
  }

  async getById(scope: AccessScope, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<WebhookRecord | null> {
    const params: unknown[] = [id];
    const rows = await manager.query(`SELECT w.* FROM webhook w WHERE w.id = $1 AND ${webhookScope(scope, params)}${lock ? ' FOR UPDATE' : ''}`, params);
    return rows[0] ? toWebhook(rows[0]) : null;
  }

  async update(manager: EntityManager, id: string, version: number, changes: { url?: string | null; events?: string[] | null; active?: boolean | null; description?: string | null }): Promise<WebhookRecord | null> {
    const [rows] = await manager.query(
      `UPDATE webhook SET url = COALESCE($3, url), events = COALESCE($4, events), active = COALESCE($5, active),
         description = CASE WHEN $6::boolean THEN $7 ELSE description END, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING *`,
      [id, version, changes.url ?? null, changes.events ?? null, changes.active ?? null, changes.description !== undefined, changes.description ?? null],
    );
    return rows[0] ? toWebhook(rows[0]) : null;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM webhook WHERE id = $1`, [id]);
  }

  async deliveries(webhookId: string, limit: number, status: string | null): Promise<DeliveryRecord[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM webhook_delivery WHERE webhook_id = $1 AND ($3::text IS NULL OR status = $3) ORDER BY created_at DESC, id DESC LIMIT $2`,
      [webhookId, limit, status],
    );
    return rows.map(toDelivery);
  }

  async deliveryById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DeliveryRecord | null> {
    const rows = await manager.query(`SELECT * FROM webhook_delivery WHERE id = $1`, [id]);
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /** The event a fan-out job serves, from the outbox. */
  async outboxEvent(manager: EntityManager, eventId: string): Promise<{ id: string; type: string; payload: Record<string, unknown>; createdAt: Date } | null> {
    const rows = await manager.query(`SELECT id, type, payload, created_at FROM outbox_event WHERE id = $1`, [eventId]);
    return rows[0] ? { id: rows[0].id, type: rows[0].type, payload: rows[0].payload, createdAt: new Date(rows[0].created_at) } : null;
  }

  async campaignIdsOfRival(manager: EntityManager, rivalId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM campaign WHERE rival_id = $1`, [rivalId]);
    return rows.map((r) => r.id);
  }

  /** Creates one delivery per subscribed webhook (once per event and webhook) and returns the new ones' ids. */
  async createDeliveries(manager: EntityManager, event: { id: string; type: string; campaignIds: string[]; body: (deliveryId: string) => unknown }): Promise<string[]> {
    const hooks: Array<{ id: string; campaign_id: string | null }> = await manager.query(
      `SELECT id, campaign_id FROM webhook WHERE active AND $1 = ANY(events) AND (campaign_id IS NULL OR campaign_id = ANY($2::uuid[]))`,
      [event.type, event.campaignIds],
    );
    const created: string[] = [];
    for (const hook of hooks) {
      const [row] = await manager.query(
        `INSERT INTO webhook_delivery (webhook_id, event_id, event_type, campaign_id, body, next_attempt_at)
         VALUES ($1, $2, $3, $4, '{}'::jsonb, now()) ON CONFLICT (event_id, webhook_id) DO NOTHING RETURNING id`,
        [hook.id, event.id, event.type, hook.campaign_id ?? event.campaignIds[0] ?? null],
      );
      if (!row) continue;
      await manager.query(`UPDATE webhook_delivery SET body = $2::jsonb WHERE id = $1`, [row.id, JSON.stringify(event.body(row.id))]);
      created.push(row.id);
    }
    return created;
  }

  /** The delivery and its webhook, locked: concurrent attempts of one delivery take turns. */
  async lockDelivery(manager: EntityManager, id: string): Promise<{ delivery: DeliveryRecord; url: string | null; secret: string | null; active: boolean } | null> {
    const rows = await manager.query(
      `SELECT d.*, w.url AS w_url, w.secret AS w_secret, w.active AS w_active
       FROM webhook_delivery d LEFT JOIN webhook w ON w.id = d.webhook_id WHERE d.id = $1 FOR UPDATE OF d`,
      [id],
    );
    if (!rows[0]) return null;
    return { delivery: toDelivery(rows[0]), url: rows[0].w_url ?? null, secret: rows[0].w_secret ?? null, active: rows[0].w_active === true };
  }

  async recordAttempt(
    manager: EntityManager,
    id: string,
    a: { status: DeliveryRecord['status']; attempts: number; code: number | null; excerpt: string | null; error: string | null; nextAttemptAt: Date | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE webhook_delivery SET status = $2, attempts = $3, last_response_code = $4, last_response_excerpt = $5, last_error = $6,
         next_attempt_at = $7, delivered_at = CASE WHEN $2 = 'succeeded' THEN now() ELSE delivered_at END, updated_at = now()
       WHERE id = $1`,
      [id, a.status, a.attempts, a.code, a.excerpt, a.error, a.nextAttemptAt],
    );
  }

  async resetForReplay(manager: EntityManager, id: string): Promise<number> {
    const [rows] = await manager.query(
      `UPDATE webhook_delivery SET status = 'pending', next_attempt_at = now(), updated_at = now() WHERE id = $1 RETURNING attempts`,
      [id],
    );
    return Number(rows[0].attempts);
  }

  /** Queues an attempt through the outbox, due at `dueAt` (the relay leaves it until then); returns the event's id. */
  queueAttempt(manager: EntityManager, deliveryId: string, attempt: number, dueAt: Date | null): Promise<string> {
    return queueStandIn(manager, 'webhook.delivery-due', { deliveryId, attempt }, dueAt);
  }

  /** Moves a queued attempt not handed over yet to `dueAt`; false when it was handed over already. */
  rescheduleQueuedAttempt(manager: EntityManager, eventId: string, dueAt: Date): Promise<boolean> {
    return rescheduleStandIn(manager, 'webhook.delivery-due', eventId, dueAt);
  }

  /** Drops a queued attempt not handed over yet (one handed over finds its delivery done and does nothing). */
  dropQueuedAttempt(manager: EntityManager, eventId: string): Promise<void> {
    return dropStandIn(manager, 'webhook.delivery-due', eventId);
  }

  /**
   * Jobs handed to Redis can be lost with it (a Redis restarted without persistence): events of
   * these types handed over more than `graceSeconds` ago whose job never reached the ledger are
   * handed over again (BullMQ ignores a job id it still holds; the ledger makes a rerun harmless).
   */
  async requeueLostJobs(pairs: Array<{ type: string; job: string }>, graceSeconds: number): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE outbox_event e SET dispatched_at = NULL, next_attempt_at = now()
       FROM unnest($1::text[], $2::text[]) AS p(type, job)
       WHERE e.type = p.type AND e.dispatched_at IS NOT NULL AND e.dispatched_at < now() - make_interval(secs => $3)
         AND e.created_at > now() - interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM job_run j WHERE j.job_id = e.id || '--' || p.job)`,
      [pairs.map((p) => p.type), pairs.map((p) => p.job), graceSeconds],
    );
    return Number(count);
  }
}
