import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { actorLabel, canSeeCampaign, type AccessScope, type Actor } from '../common/access/actor';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { requireAuthenticated } from '../common/access/permissions';
import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { WEBHOOK_EVENT_TYPES } from '../jobs/job-catalog';
import { AuditService } from '../audit/audit.service';
import { GuardedHttp, GuardedHttpError, redirectRefusal } from '../common/http/guarded-http';
import { CreateWebhookInput, UpdateWebhookInput } from './dto/webhook.inputs';
import { toEventType } from './webhook.model';
import { DeliveryRecord, WebhookRecord, WebhooksRepository } from './webhooks.repository';
import { MAX_WEBHOOK_ATTEMPTS, signWebhook, webhookBackoffMs, WEBHOOK_TIMEOUT_MS } from './webhook-signature';

/** Events whose jobs this module watches for loss (see WebhooksRepository.requeueLostJobs). */
const WATCHED_JOBS = [
  { type: 'webhook.delivery-due', job: 'webhooks.deliver' },
  ...WEBHOOK_EVENT_TYPES.map((type) => ({ type, job: 'webhooks.fan-out' })),
  { type: 'import.requested', job: 'imports.run' },
  { type: 'import.continued', job: 'imports.run' },
];
const RECONCILE_MS = 5000;
const LOST_AFTER_SECONDS = 20;

/**
 * Webhooks: administration, fan-out of events to subscribed webhooks (one delivery per event and
 * webhook), and signed deliveries retried with exponential back-off, dead after 8 attempts.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhooksService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: GuardedHttp,
  ) {}

  /**
   * A URL given for a webhook: http(s), no credentials, and not pointing (now) to this machine or
   * a private network (the guarded client checks again, on the resolved address, at each delivery).
   */
  private async assertDeliverable(url: string): Promise<void> {
    const problem = await this.http.refusalOfUrl(url);
    if (problem) throw new BadInputError(`The webhook URL ${problem}.`, [{ field: 'input.url', reason: problem }]);
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs.kind !== 'redis') return;
    this.timer = setInterval(() => {
      this.webhooks
        .requeueLostJobs(WATCHED_JOBS, LOST_AFTER_SECONDS)
        .then((n) => {
          if (n > 0) {
            this.logger.warn(`${n} event(s) whose job was lost (Redis restarted?) handed over again`);
            this.relay.kick();
          }
        })
        .catch((error: unknown) => this.logger.warn(`Lost-job check failed: ${(error as Error).message}`));
    }, RECONCILE_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private assertAdmin(actor: Actor, scope: AccessScope, campaignId: string | null): void {
    const caller = requireAuthenticated(actor);
    if (caller.kind === 'user' && caller.role !== 'admin') throw new ForbiddenError('Only admins manage webhooks.');
    if (campaignId === null && !scope.all) throw new ForbiddenError('Only a global admin or key can create a webhook for every campaign.');
    if (campaignId !== null && !canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
  }

  async create(actor: Actor, scope: AccessScope, input: CreateWebhookInput): Promise<{ webhook: WebhookRecord; secret: string }> {
    const campaignId = input.campaignId ? expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId') : null;
    this.assertAdmin(actor, scope, campaignId);
    await this.assertDeliverable(input.url);
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const webhook = await this.uow.run(async (tx) => {
      const created = await this.webhooks.insert(tx.manager, {
        url: input.url,
        events: [...new Set(input.events.map(toEventType))],
        secret,
        campaignId,
        description: input.description ?? null,
        createdByLabel: actorLabel(actor),
      });
      await this.audit.record(tx.manager, actor, {
        action: 'webhook.created',
        entityType: 'Webhook',
        entityId: created.id,
        campaignId,
        before: {},
        after: { url: created.url, events: created.events, active: created.active },
      });
      return created;
    });
    return { webhook, secret };
  }

  list(actor: Actor, scope: AccessScope, first: number): Promise<WebhookRecord[]> {
    this.assertReader(actor);
    return this.webhooks.list(scope, Math.min(Math.max(first, 1), 200));
  }

  private assertReader(actor: Actor): void {
    const caller = requireAuthenticated(actor);
    if (caller.kind === 'user' && caller.role !== 'admin') throw new ForbiddenError('Only admins manage webhooks.');
  }

  async update(actor: Actor, scope: AccessScope, input: UpdateWebhookInput): Promise<WebhookRecord> {
    const id = expectGlobalId(input.id, 'Webhook', 'input.id');
    this.assertReader(actor);
    // Before the transaction: resolving the host takes a moment, no row is locked meanwhile.
    if (typeof input.url === 'string') await this.assertDeliverable(input.url);
    return this.uow.run(async (tx) => {
      const current = await this.webhooks.getById(scope, id, tx.manager, true);
      if (!current) throw new NotFoundError('The webhook');
      if (current.version !== input.expectedVersion) throw new ConflictError(`The webhook changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      if (input.url === null || input.events === null) throw new BadInputError('url and events cannot be emptied.', [{ field: 'input', reason: 'omit a field to keep it' }]);
      const updated = await this.webhooks.update(tx.manager, id, input.expectedVersion, {
        url: input.url,
        events: input.events ? [...new Set(input.events.map(toEventType))] : undefined,
        active: input.active,
        description: input.description,
      });
      if (!updated) throw new ConflictError('The webhook changed since you read it.');
      await this.audit.record(tx.manager, actor, {
        action: 'webhook.updated',
        entityType: 'Webhook',
        entityId: id,
        campaignId: current.campaignId,
        before: { url: current.url, events: current.events, active: current.active, description: current.description },
        after: { url: updated.url, events: updated.events, active: updated.active, description: updated.description },
      });
      return updated;
    });
  }

  async delete(actor: Actor, scope: AccessScope, globalId: string): Promise<string> {
    const id = expectGlobalId(globalId, 'Webhook', 'input.id');
    this.assertReader(actor);
    await this.uow.run(async (tx) => {
      const current = await this.webhooks.getById(scope, id, tx.manager, true);
      if (!current) throw new NotFoundError('The webhook');
      await this.webhooks.delete(tx.manager, id);
      await this.audit.record(tx.manager, actor, {
        action: 'webhook.deleted',
        entityType: 'Webhook',
        entityId: id,
        campaignId: current.campaignId,
        before: { url: current.url, events: current.events, active: current.active },
        after: {},
      });
    });
    return globalId;
  }

  async deliveries(actor: Actor, scope: AccessScope, webhookGlobalId: string, first: number, status: string | null): Promise<DeliveryRecord[]> {
    const id = expectGlobalId(webhookGlobalId, 'Webhook', 'webhookId');
    this.assertReader(actor);
    if (!(await this.webhooks.getById(scope, id))) throw new NotFoundError('The webhook');
    return this.webhooks.deliveries(id, Math.min(Math.max(first, 1), 200), status);
  }

  /** `node(id)` of a webhook or a delivery: what `webhooks` and `deliveries` would list to this caller, else null. */
  async nodeById(actor: Actor, scope: AccessScope, type: 'Webhook' | 'WebhookDelivery', id: string): Promise<WebhookRecord | DeliveryRecord | null> {
    if (actor.kind === 'anonymous' || actor.kind === 'customer' || (actor.kind === 'user' && actor.role !== 'admin')) return null;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    if (type === 'Webhook') return this.webhooks.getById(scope, id);
    const delivery = await this.webhooks.deliveryById(id);
    if (!delivery) return null;
    if (scope.all) return delivery;
    return (await this.webhooks.getById(scope, delivery.webhookId)) ? delivery : null;
  }

  /** Sends a delivery again now, whatever its status (a dead one gets a fresh attempt). */
  async replay(actor: Actor, scope: AccessScope, globalId: string): Promise<DeliveryRecord> {
    const id = expectGlobalId(globalId, 'WebhookDelivery', 'input.id');
    this.assertReader(actor);
    await this.uow.run(async (tx) => {
      const delivery = await this.webhooks.deliveryById(id, tx.manager);
      if (!delivery || !(await this.webhooks.getById(scope, delivery.webhookId, tx.manager))) throw new NotFoundError('The delivery');
      const attempts = await this.webhooks.resetForReplay(tx.manager, id);
      await tx.emit('webhook.delivery-due', { deliveryId: id, attempt: attempts + 1 });
    });
    return (await this.webhooks.deliveryById(id)) as DeliveryRecord;
  }

  /** Job `webhooks.fan-out`: one delivery (and one delivery job, through the outbox) per subscribed webhook. */
  async fanOut(manager: EntityManager, eventId: string): Promise<Record<string, unknown>> {
    const event = await this.webhooks.outboxEvent(manager, eventId);
    if (!event) return { skipped: 'event not found' };
    const payload = event.payload;
    const campaignIds =
      typeof payload['campaignId'] === 'string'
        ? [payload['campaignId']]
        : typeof payload['rivalId'] === 'string'
          ? await this.webhooks.campaignIdsOfRival(manager, payload['rivalId'])
          : [];
    const ids = await this.webhooks.createDeliveries(manager, {
      id: event.id,
      type: event.type,
      campaignIds,
      body: (deliveryId) => ({
        id: toGlobalId('WebhookDelivery', deliveryId),
        event: event.type,
        eventId: event.id,
        occurredAt: event.createdAt.toISOString(),
        campaignId: campaignIds.length === 1 ? toGlobalId('Campaign', campaignIds[0]) : null,
        data: publicPayload(payload),
      }),
    });
    for (const id of ids) await this.webhooks.queueAttempt(manager, id, 1, null);
    if (ids.length > 0) setTimeout(() => this.relay.kick(), 20).unref();
    return { deliveries: ids.length };
  }

  /**
   * Job `webhooks.deliver`: one attempt, in three steps. The job's short transaction checks the
   * delivery and queues, through the outbox, a stand-in for the next attempt due once this one
   * has had all its time (its deadline and a minute). After it commits, the request is sent,
   * outside any transaction (on the embedded database a transaction holds the one connection: a
   * receiver taking 10 s to answer would hold every user that long). Its answer is then recorded in
   * a transaction of its own: a 2xx marks the delivery succeeded and drops the stand-in; a failure
   * moves the stand-in to the attempt's back-off, until the 8th failure makes the delivery dead. A
   * process that dies mid-attempt (or an answer that cannot be recorded) leaves the stand-in to try
   * again (after the last attempt or a replay too: one more attempt): each event is delivered at
   * least once, as before.
   */
  async deliver(manager: EntityManager, deliveryId: string, attempt: number, afterCommit: (work: () => Promise<unknown>) => void): Promise<Record<string, unknown>> {
    const found = await this.webhooks.lockDelivery(manager, deliveryId);
    if (!found) return { skipped: 'delivery not found' };
    const { delivery, url, secret, active } = found;
    if (delivery.status === 'succeeded' || delivery.status === 'dead') return { skipped: delivery.status };
    if (attempt <= delivery.attempts) return { skipped: `attempt ${attempt} already made` };
    if (!url || !secret || !active) {
      await this.webhooks.recordAttempt(manager, deliveryId, { status: 'dead', attempts: delivery.attempts, code: null, excerpt: null, error: 'The webhook is paused or deleted.', nextAttemptAt: null });
      return { dead: 'webhook inactive' };
    }
    const standIn = await this.webhooks.queueAttempt(manager, deliveryId, attempt + 1, new Date(Date.now() + WEBHOOK_TIMEOUT_MS + STAND_IN_MARGIN_MS));
    afterCommit(() => this.sendAttempt(deliveryId, attempt, standIn, { url, secret, eventType: delivery.eventType, body: delivery.body }));
    return { attempt, sending: true };
  }

  /** Sends one attempt (no transaction open) and records its answer in a transaction of its own. */
  private async sendAttempt(
    deliveryId: string,
    attempt: number,
    standIn: string,
    d: { url: string; secret: string; eventType: string; body: unknown },
  ): Promise<void> {
    const body = JSON.stringify(d.body);
    const timestamp = Math.floor(Date.now() / 1000);
    let code: number | null = null;
    let excerpt: string | null = null;
    let error: string | null = null;
    try {
      // Through the guarded client: the URL's host is resolved and checked again now (DNS may
      // have changed since it was saved), and the request goes to the checked address only.
      const response = await this.http.request({
        url: d.url,
        method: 'POST',
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        maxResponseBytes: 2000,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Lifeboat-Webhooks/1',
          'lifeboat-event': d.eventType,
          'lifeboat-delivery': toGlobalId('WebhookDelivery', deliveryId),
          'lifeboat-timestamp': String(timestamp),
          'lifeboat-signature': signWebhook(d.secret, timestamp, body),
        },
        body,
      });
      code = response.status;
      excerpt = response.body.slice(0, 500);
      if (code >= 300 && code < 400) error = redirectRefusal(code);
    } catch (e) {
      error = e instanceof GuardedHttpError ? e.message : (e as Error).message;
    }
    await this.uow.run(async (tx) => {
      const current = await this.webhooks.lockDelivery(tx.manager, deliveryId);
      // Replayed, dead-lettered or answered by a later attempt meanwhile: this answer is too late.
      if (!current || current.delivery.status === 'succeeded' || current.delivery.status === 'dead' || current.delivery.attempts >= attempt) return;
      if (code !== null && code >= 200 && code < 300) {
        await this.webhooks.recordAttempt(tx.manager, deliveryId, { status: 'succeeded', attempts: attempt, code, excerpt, error: null, nextAttemptAt: null });
        await this.webhooks.dropQueuedAttempt(tx.manager, standIn);
        return;
      }
      error ??= `HTTP ${code}`;
      if (attempt >= MAX_WEBHOOK_ATTEMPTS) {
        await this.webhooks.recordAttempt(tx.manager, deliveryId, { status: 'dead', attempts: attempt, code, excerpt, error, nextAttemptAt: null });
        await this.webhooks.dropQueuedAttempt(tx.manager, standIn);
        return;
      }
      const next = new Date(Date.now() + webhookBackoffMs(attempt));
      await this.webhooks.recordAttempt(tx.manager, deliveryId, { status: 'failed', attempts: attempt, code, excerpt, error, nextAttemptAt: next });
      // The stand-in becomes the next attempt, due after the back-off (queued anew if it already went).
      if (!(await this.webhooks.rescheduleQueuedAttempt(tx.manager, standIn, next))) await this.webhooks.queueAttempt(tx.manager, deliveryId, attempt + 1, next);
    });
  }
}

/** How long past an attempt's deadline its stand-in waits before it tries again (the answer may be on its way to the database). */
const STAND_IN_MARGIN_MS = 60_000;

/** The event's payload as receivers see it: database ids become global ids. */
function publicPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const kinds: Record<string, Parameters<typeof toGlobalId>[0]> = {
    opportunityId: 'Opportunity',
    accountId: 'Account',
    campaignId: 'Campaign',
    rivalId: 'Rival',
    distressEventId: 'DistressEvent',
    importId: 'AccountImport',
    proposalId: 'Proposal',
  };
  return Object.fromEntries(
    Object.entries(payload).map(([k, v]) => [k, kinds[k] && typeof v === 'string' ? toGlobalId(kinds[k], v) : v]),
  );
}
