import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainRuleError, isDistressKind, outageFromIncident, signalFromNews, type DistressKind, type ServiceKind } from '@lifeboat/domain';
import type { AccessScope, Actor } from '../common/access/actor';
import { actorLabel } from '../common/access/actor';
import { BadInputError, ConflictError, ForbiddenError, LifeboatError, NotFoundError } from '../common/errors/lifeboat-error';
import { expectGlobalId } from '../common/graphql/global-id';
import { GuardedHttp, GuardedHttpError, redirectRefusal } from '../common/http/guarded-http';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork, type Tx } from '../jobs/unit-of-work';
import { RivalsRepository } from '../rivals/rivals.repository';
import { RivalsService } from '../rivals/rivals.service';
import { OutagesService } from '../rivals/outages/outages.service';
import { demoFeedRows } from './demo-feeds';
import { fetchUrlOf, FeedFormatError, parseFeed, type FeedItem, type FeedKind } from './feed-parsing';
import { RivalFeedsRepository, type FeedRecord, type SuggestionRecord } from './rival-feeds.repository';
import { signalReplayWindowMs, verifySignal } from './signal-signature';

/** How a poll reads a feed: its deadline and the most it downloads. */
export interface FeedFetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** The longest wait between two polls of a failing feed (its interval doubles after each failure up to this). */
export const MAX_BACKOFF_MS = 6 * 3600_000;
/** Feeds polled per tick at most, and at once. */
const FEEDS_PER_TICK = 50;
const PARALLEL_FETCHES = 8;
/** How long a claimed feed is kept from other ticks while it is fetched and its answer applied. */
const CLAIM_LEASE_MS = 2 * 60_000;

/** The wait before the next poll after `failures` consecutive failures: the interval doubled each time, at most 6 hours (or the interval if longer). */
export function backoffMs(intervalSeconds: number, failures: number): number {
  const interval = intervalSeconds * 1000;
  return Math.min(interval * 2 ** Math.min(failures, 20), Math.max(MAX_BACKOFF_MS, interval));
}

export interface AddFeedCommand {
  rivalId: string;
  kind: FeedKind;
  name: string;
  url?: string | null;
  active?: boolean | null;
  autoRecord?: boolean | null;
  autoRecordMinSeverity?: number | null;
  pollIntervalSeconds?: number | null;
}

export interface UpdateFeedCommand {
  id: string;
  expectedVersion: number;
  name?: string | null;
  url?: string | null;
  active?: boolean | null;
  autoRecord?: boolean | null;
  autoRecordMinSeverity?: number | null;
  clearAutoRecordMinSeverity?: boolean | null;
  pollIntervalSeconds?: number | null;
}

export interface ConfirmCommand {
  id: string;
  kind?: DistressKind | null;
  severity?: number | null;
  shutdownAt?: Date | null;
}

type PollOutcome = { ok: true; items: FeedItem[]; etag: string | null; lastModified: string | null; notModified: boolean } | { ok: false; error: string };

/** The fields of a feed the audit shows (never its secret). */
const audited = (f: Pick<FeedRecord, 'kind' | 'name' | 'url' | 'active' | 'autoRecord' | 'autoRecordMinSeverity' | 'pollIntervalSeconds'>) => ({
  kind: f.kind,
  name: f.name,
  url: f.url,
  active: f.active,
  autoRecord: f.autoRecord,
  autoRecordMinSeverity: f.autoRecordMinSeverity,
  pollIntervalSeconds: f.pollIntervalSeconds,
});

/**
 * A rival's feeds (issue #22): a status page and news feeds polled by a job through the guarded
 * HTTP client, signed signals pushed by other tools, and the suggested distress events they
 * yield, which a manager confirms (through `recordDistressEvent`'s path) or dismisses, or a feed's
 * rule records by itself.
 */
@Injectable()
export class RivalFeedsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RivalFeedsService.name);
  /** The polls started by ticks and not yet applied. */
  private inFlight: Promise<void> = Promise.resolve();
  /** Replaceable by tests (a slow or huge fixture must not take the default 10 s / 1 MB). */
  limits: FeedFetchLimits = { timeoutMs: 10_000, maxBytes: 1_000_000 };
  /**
   * The client for the demo's own feeds (served by this process): the guarded client with this
   * process's port allowed on loopback, made only in the demo (never in production). Every other
   * feed goes through the process's guarded client, whatever the demo allows.
   */
  private readonly demoHttp: GuardedHttp | null;

  constructor(
    private readonly feeds: RivalFeedsRepository,
    private readonly rivals: RivalsRepository,
    private readonly rivalsService: RivalsService,
    private readonly outages: OutagesService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly http: GuardedHttp,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.demoHttp =
      config.loadDemo && !config.production
        ? new GuardedHttp({ allowLoopbackPorts: [...config.outbound.allowLoopbackPorts, config.http.port] })
        : null;
  }

  /**
   * In the demo (its users present, never in production): KPNQwest gets the demo's status page
   * and news feed, served by this process (demo-feeds.ts), polled every minute; on a later start
   * they are pointed at this process's port again.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.demoHttp || !this.config.servesHttp) return;
    await this.uow.run(async (tx) => {
      const [demo] = await tx.manager.query(`SELECT id FROM rival WHERE name = 'KPNQwest' AND EXISTS (SELECT 1 FROM app_user WHERE is_demo) LIMIT 1`);
      if (!demo) return;
      for (const row of demoFeedRows(this.config.http.port)) {
        const [existing] = await tx.manager.query(`SELECT id FROM rival_feed WHERE rival_id = $1 AND local_demo AND name = $2`, [demo.id, row.name]);
        if (existing) {
          await tx.manager.query(`UPDATE rival_feed SET url = $2 WHERE id = $1`, [existing.id, row.url]);
          continue;
        }
        await this.feeds.insertFeed(tx.manager, {
          rivalId: demo.id,
          ...row,
          secret: null,
          active: true,
          autoRecord: false,
          autoRecordMinSeverity: null,
          pollIntervalSeconds: 60,
          localDemo: true,
        });
      }
    });
  }

  /** A rival the caller sees (else NOT_FOUND) and may manage: an admin, or a manager of a campaign against it (else FORBIDDEN). */
  private async assertManager(scope: AccessScope, rivalId: string): Promise<void> {
    if (!(await this.rivals.getByIds(scope, [rivalId])).has(rivalId)) throw new NotFoundError('The rival');
    if (scope.all) return;
    const campaigns = await this.rivals.campaignIdsOfRival(rivalId);
    if (!campaigns.some((c) => scope.managedCampaignIds.includes(c))) {
      throw new ForbiddenError('Only a manager of a campaign against this rival (or an admin) can manage its feeds and suggestions.');
    }
  }

  private async checkUrl(kind: FeedKind, url: string | null | undefined): Promise<string | null> {
    if (kind === 'webhook') {
      if (url) throw new BadInputError('A webhook feed has no URL: other tools post to Lifeboat.', [{ field: 'input.url', reason: 'must be empty for a webhook feed' }]);
      return null;
    }
    const given = (url ?? '').trim();
    if (!given) throw new BadInputError('Give the feed’s URL.', [{ field: 'input.url', reason: 'is required for a statuspage, rss or atom feed' }]);
    if (given.length > 2000) throw new BadInputError('The URL is too long.', [{ field: 'input.url', reason: 'must be at most 2000 characters' }]);
    const refusal = await this.http.refusalOfUrl(given);
    if (refusal) throw new BadInputError(`The URL ${refusal}.`, [{ field: 'input.url', reason: refusal }]);
    return given;
  }

  async feedsOf(rivalIds: readonly string[]): Promise<Map<string, FeedRecord[]>> {
    return this.feeds.feedsByRivalIds(rivalIds);
  }

  async add(actor: Actor, scope: AccessScope, input: AddFeedCommand): Promise<{ feed: FeedRecord; secret: string | null }> {
    const rivalId = expectGlobalId(input.rivalId, 'Rival', 'input.rivalId');
    await this.assertManager(scope, rivalId);
    const name = input.name.trim();
    if (!name) throw new BadInputError('Give the feed a name.', [{ field: 'input.name', reason: 'must not be blank' }]);
    const url = await this.checkUrl(input.kind, input.url);
    const secret = input.kind === 'webhook' ? `sigsec_${randomBytes(24).toString('base64url')}` : null;
    const feed = await this.uow.run(async (tx) => {
      const created = await this.feeds.insertFeed(tx.manager, {
        rivalId,
        kind: input.kind,
        name,
        url,
        secret,
        active: input.active ?? true,
        autoRecord: input.autoRecord ?? false,
        autoRecordMinSeverity: input.autoRecordMinSeverity ?? null,
        pollIntervalSeconds: input.pollIntervalSeconds ?? 300,
      });
      await this.audit.record(tx.manager, actor, { action: 'rival_feed.added', entityType: 'Rival', entityId: rivalId, campaignId: null, before: {}, after: audited(created) });
      return created;
    });
    return { feed, secret };
  }

  /**
   * The feed's id once the caller may manage its rival (checked before any transaction: the
   * embedded database has one connection, so nothing outside a transaction may wait on it).
   */
  private async manageableFeedId(scope: AccessScope, globalId: string): Promise<string> {
    const id = expectGlobalId(globalId, 'RivalFeed', 'input.id');
    const feed = await this.feeds.feedById(id);
    if (!feed || !(await this.rivals.getByIds(scope, [feed.rivalId])).has(feed.rivalId)) throw new NotFoundError('The feed');
    await this.assertManager(scope, feed.rivalId);
    return id;
  }

  /** The feed, locked in the transaction (gone meanwhile: NOT_FOUND). */
  private async lockedFeed(manager: EntityManager, id: string): Promise<FeedRecord> {
    const feed = await this.feeds.feedById(id, manager, true);
    if (!feed) throw new NotFoundError('The feed');
    return feed;
  }

  async update(actor: Actor, scope: AccessScope, input: UpdateFeedCommand): Promise<FeedRecord> {
    if (input.name != null && !input.name.trim()) throw new BadInputError('Give the feed a name.', [{ field: 'input.name', reason: 'must not be blank' }]);
    if (input.clearAutoRecordMinSeverity && input.autoRecordMinSeverity != null) {
      throw new BadInputError('Give a minimum severity or clear it, not both.', [{ field: 'input.clearAutoRecordMinSeverity', reason: 'conflicts with autoRecordMinSeverity' }]);
    }
    const id = await this.manageableFeedId(scope, input.id);
    // The URL is checked (it resolves) before the transaction.
    const kind = (await this.feeds.feedById(id))?.kind;
    const url = input.url != null && kind ? await this.checkUrl(kind, input.url) : undefined;
    return this.uow.run(async (tx) => {
      const current = await this.lockedFeed(tx.manager, id);
      if (current.version !== input.expectedVersion) {
        throw new ConflictError(`The feed changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      }
      const next = {
        name: input.name != null ? input.name.trim() : current.name,
        url: url !== undefined ? url : current.url,
        active: input.active ?? current.active,
        autoRecord: input.autoRecord ?? current.autoRecord,
        autoRecordMinSeverity: input.clearAutoRecordMinSeverity ? null : (input.autoRecordMinSeverity ?? current.autoRecordMinSeverity),
        pollIntervalSeconds: input.pollIntervalSeconds ?? current.pollIntervalSeconds,
      };
      const restart = next.url !== current.url || (next.active && !current.active);
      const updated = await this.feeds.updateFeed(tx.manager, current.id, input.expectedVersion, next, restart);
      if (!updated) throw new ConflictError('The feed changed while it was being saved; read it again.');
      await this.audit.record(tx.manager, actor, {
        action: 'rival_feed.updated',
        entityType: 'Rival',
        entityId: current.rivalId,
        campaignId: null,
        before: audited(current),
        after: audited(updated),
      });
      return updated;
    });
  }

  async remove(actor: Actor, scope: AccessScope, globalId: string): Promise<string> {
    const id = await this.manageableFeedId(scope, globalId);
    return this.uow.run(async (tx) => {
      const feed = await this.lockedFeed(tx.manager, id);
      await this.feeds.deleteFeed(tx.manager, feed.id);
      await this.audit.record(tx.manager, actor, { action: 'rival_feed.removed', entityType: 'Rival', entityId: feed.rivalId, campaignId: null, before: audited(feed), after: {} });
      return feed.id;
    });
  }

  /** Polls one feed now, whatever its schedule (a manager checking a feed they just fixed). */
  async pollNow(actor: Actor, scope: AccessScope, globalId: string, now = new Date()): Promise<FeedRecord> {
    const id = await this.manageableFeedId(scope, globalId);
    const feed = (await this.feeds.feedById(id)) as FeedRecord;
    if (feed.kind === 'webhook') throw new BadInputError('A webhook feed is not polled: other tools post to it.', [{ field: 'input.id', reason: 'is a webhook feed' }]);
    const outcome = await this.fetch(feed);
    await this.uow.run(async (tx) => {
      const locked = await this.feeds.feedById(id, tx.manager, true);
      if (locked) await this.apply(this.txOf(tx.manager), locked, outcome, now);
    });
    return (await this.feeds.feedById(id)) as FeedRecord;
  }

  /**
   * Job `feeds.poll`: claims the active feeds whose time has come, in the job's short transaction
   * (their next poll moved a lease ahead: no other tick or worker takes them meanwhile), and returns.
   * The fetches happen after it, never inside a transaction, several at once; each answer is then
   * applied in a transaction of its own (new items become suggestions, a failure is recorded on its
   * feed with the next poll backed off; one bad feed never stops the others). On the embedded
   * database a transaction has the one connection to itself: a feed that takes 10 s to answer must
   * not hold everybody else's requests that long. A process that dies mid-poll leaves its feeds to
   * be polled again when the lease ends.
   */
  async pollDue(manager: EntityManager, now: Date, afterCommit: (work: () => Promise<unknown>) => void): Promise<Record<string, unknown>> {
    const due = await this.feeds.lockDueFeeds(manager, now, FEEDS_PER_TICK);
    if (due.length === 0) return { claimed: 0 };
    await this.feeds.claim(manager, due.map((f) => f.id), new Date(now.getTime() + CLAIM_LEASE_MS));
    // Once the job's transaction has committed (its claims with it): fetch, then apply each answer.
    afterCommit(() => {
      const run = this.fetchAndApply(due, now).catch((error: unknown) => this.logger.error(`Feeds not polled: ${error instanceof Error ? error.message : String(error)}`));
      this.inFlight = Promise.all([this.inFlight, run]).then(() => undefined);
      return run;
    });
    return { claimed: due.length };
  }

  private async fetchAndApply(due: readonly FeedRecord[], now: Date): Promise<void> {
    const outcomes = new Map<string, PollOutcome>();
    for (let i = 0; i < due.length; i += PARALLEL_FETCHES) {
      const batch = due.slice(i, i + PARALLEL_FETCHES);
      const results = await Promise.all(batch.map((f) => this.fetch(f)));
      batch.forEach((f, k) => outcomes.set(f.id, results[k]));
    }
    for (const feed of due) {
      await this.uow.run(async (tx) => {
        // As it is now (paused or removed meanwhile: its answer is dropped).
        const current = await this.feeds.feedById(feed.id, tx.manager, true);
        if (current && current.active) await this.apply(tx, current, outcomes.get(feed.id) as PollOutcome, now);
      });
    }
  }

  /** On stop: the polls under way get a few seconds to write their outcome (a fetch never takes more than its deadline). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.race([this.inFlight, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  }

  /** Resolves once every poll claimed so far has written its outcome (tests wait on it). */
  settled(): Promise<void> {
    return this.inFlight;
  }

  private txOf(manager: EntityManager): Tx {
    return {
      manager,
      emit: async (type, payload) => {
        await manager.query(`INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb)`, [type, JSON.stringify(payload)]);
      },
    };
  }

  /** One GET of a feed (conditional on its last answer's validators), read and parsed. Never throws. */
  private async fetch(feed: FeedRecord): Promise<PollOutcome> {
    if (!feed.url) return { ok: false, error: 'The feed has no URL.' };
    const client = feed.localDemo && this.demoHttp ? this.demoHttp : this.http;
    try {
      const response = await client.request({
        url: fetchUrlOf(feed.kind, feed.url),
        timeoutMs: this.limits.timeoutMs,
        maxResponseBytes: this.limits.maxBytes,
        headers: {
          accept: feed.kind === 'statuspage' ? 'application/json' : 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9',
          'user-agent': 'Lifeboat-Feeds/1',
          ...(feed.etag ? { 'if-none-match': feed.etag } : {}),
          ...(feed.lastModified ? { 'if-modified-since': feed.lastModified } : {}),
        },
      });
      const header = (name: string) => {
        const v = response.headers[name];
        return typeof v === 'string' && v.length <= 500 ? v : null;
      };
      if (response.status === 304) return { ok: true, items: [], etag: header('etag'), lastModified: header('last-modified'), notModified: true };
      if (response.status >= 300 && response.status < 400) return { ok: false, error: `${redirectRefusal(response.status)}.` };
      if (response.status < 200 || response.status >= 300) return { ok: false, error: `HTTP ${response.status}.` };
      if (response.truncated) return { ok: false, error: `The feed is larger than ${Math.round(this.limits.maxBytes / 1000)} kB; it was not read.` };
      const items = parseFeed(feed.kind as Exclude<FeedKind, 'webhook'>, response.body);
      return { ok: true, items, etag: header('etag'), lastModified: header('last-modified'), notModified: false };
    } catch (error) {
      if (error instanceof GuardedHttpError || error instanceof FeedFormatError) return { ok: false, error: error.message };
      this.logger.warn(`Feed ${feed.id} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false, error: 'The feed could not be read.' };
    }
  }

  /** Writes a poll's outcome on its feed, and its new items as suggestions (recorded at once under the feed's rule). */
  private async apply(tx: Tx, feed: FeedRecord, outcome: PollOutcome, now: Date): Promise<{ ok: boolean; suggested: number }> {
    if (!outcome.ok) {
      const failures = feed.consecutiveFailures + 1;
      await this.feeds.recordPoll(tx.manager, feed.id, {
        at: now,
        ok: false,
        error: outcome.error.slice(0, 1000),
        failures,
        nextPollAt: new Date(now.getTime() + backoffMs(feed.pollIntervalSeconds, failures)),
      });
      return { ok: false, suggested: 0 };
    }
    let suggested = 0;
    for (const item of outcome.items) {
      const created = await this.feeds.insertSuggestion(tx.manager, feed.rivalId, feed.id, item);
      if (!created) {
        // An incident already suggested: once it counts, its outage follows it (e.g. resolved since).
        if (item.incident) {
          const known = await this.feeds.suggestionOfItem(tx.manager, feed.id, item.externalId);
          if (known?.status === 'confirmed') await this.recordIncidentOutage(tx, { kind: 'system', job: `feed ${feed.name}` }, known);
        }
        continue;
      }
      suggested += 1;
      await this.maybeAutoRecord(tx, feed, created);
    }
    await this.feeds.recordPoll(tx.manager, feed.id, {
      at: now,
      ok: true,
      error: null,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      failures: 0,
      nextPollAt: new Date(now.getTime() + feed.pollIntervalSeconds * 1000),
    });
    return { ok: true, suggested };
  }

  /**
   * A feed's rule: a new suggestion at or above its minimum severity is recorded at once, as the
   * system, in a savepoint (a suggestion the rules refuse, e.g. a shutdown warning without a date,
   * stays pending for a manager).
   */
  private async maybeAutoRecord(tx: Tx, feed: FeedRecord, suggestion: SuggestionRecord): Promise<void> {
    if (!feed.autoRecord || suggestion.severity < (feed.autoRecordMinSeverity ?? 1)) return;
    const actor: Actor = { kind: 'system', job: `feed ${feed.name}` };
    await tx.manager.query('SAVEPOINT auto_record');
    try {
      const { event } = await this.rivalsService.recordInTransaction(tx, actor, feed.rivalId, this.eventOf(suggestion, {}));
      await this.feeds.decide(tx.manager, suggestion.id, 'confirmed', actorLabel(actor), event.id);
      await this.recordIncidentOutage(tx, actor, suggestion);
      await tx.manager.query('RELEASE SAVEPOINT auto_record');
    } catch (error) {
      await tx.manager.query('ROLLBACK TO SAVEPOINT auto_record');
      if (!(error instanceof LifeboatError || error instanceof DomainRuleError)) throw error;
    }
  }

  /**
   * A status page's incident, once it counts (confirmed by a manager, or recorded by the feed's
   * rule), is also an outage of the rival: evidence against its claimed SLA (libs/domain
   * `outageFromIncident` says which impact and services). One outage per incident (its external id:
   * the feed's and the incident's), brought up to date when a later poll finds it changed (resolved:
   * its end is set). An incident that records no outage (a notice of impact none), or facts the
   * outage rules refuse, leave the distress event as it is.
   */
  private async recordIncidentOutage(tx: Tx, actor: Actor, s: SuggestionRecord): Promise<void> {
    if (!s.incident || !s.feedId) return;
    const [rival]: Array<{ services: ServiceKind[] }> = await tx.manager.query(`SELECT services FROM rival WHERE id = $1`, [s.rivalId]);
    const facts = outageFromIncident(s.incident, rival?.services ?? []);
    if (!facts) return;
    const summary = s.incident.name.trim() || s.title;
    await tx.manager.query('SAVEPOINT incident_outage');
    try {
      await this.outages.recordOutageIn(
        tx,
        actor,
        s.rivalId,
        { ...facts, summary: summary.length > 2000 ? `${summary.slice(0, 1999)}…` : summary, sourceUrl: s.incident.shortlink ?? s.sourceUrl },
        { externalId: `${s.feedId}:${s.incident.incidentId}` },
      );
      await tx.manager.query('RELEASE SAVEPOINT incident_outage');
    } catch (error) {
      await tx.manager.query('ROLLBACK TO SAVEPOINT incident_outage');
      if (!(error instanceof LifeboatError || error instanceof DomainRuleError)) throw error;
      this.logger.warn(`Incident ${s.incident.incidentId} of feed ${s.feedId} recorded no outage: ${error.message}`);
    }
  }

  private eventOf(s: SuggestionRecord, o: { kind?: DistressKind | null; severity?: number | null; shutdownAt?: Date | null }) {
    const summary = [s.title, s.summary].filter(Boolean).join(' — ');
    return {
      kind: o.kind ?? s.kind,
      severity: o.severity ?? s.severity,
      occurredAt: s.publishedAt ?? s.createdAt,
      sourceUrl: s.sourceUrl,
      summary: summary.length > 2000 ? `${summary.slice(0, 1999)}…` : summary,
      shutdownAt: o.shutdownAt ?? null,
    };
  }

  async suggestionsOf(rivalIds: readonly string[], status: SuggestionRecord['status'] | null, limit: number): Promise<Map<string, SuggestionRecord[]>> {
    return this.feeds.suggestionsByRivalIds(rivalIds, status, limit);
  }

  /** The suggestion's id once the caller may manage its rival (checked before the transaction, as for feeds). */
  private async manageableSuggestionId(scope: AccessScope, globalId: string): Promise<string> {
    const id = expectGlobalId(globalId, 'SuggestedDistressEvent', 'input.id');
    const s = await this.feeds.suggestionById(id);
    if (!s || !(await this.rivals.getByIds(scope, [s.rivalId])).has(s.rivalId)) throw new NotFoundError('The suggested event');
    await this.assertManager(scope, s.rivalId);
    return id;
  }

  /** The suggestion, locked, still pending (else CONFLICT: two managers clicked at once). */
  private async pendingSuggestion(manager: EntityManager, id: string): Promise<SuggestionRecord> {
    const s = await this.feeds.suggestionById(id, manager, true);
    if (!s) throw new NotFoundError('The suggested event');
    if (s.status !== 'pending') throw new ConflictError(`The suggestion was already ${s.status}${s.decidedBy ? ` by ${s.decidedBy}` : ''}.`);
    return s;
  }

  /** One click: the suggestion becomes a distress event (recordDistressEvent's path: health, shutdown, urgency). */
  async confirm(actor: Actor, scope: AccessScope, input: ConfirmCommand) {
    if (input.kind != null && !isDistressKind(input.kind)) throw new BadInputError('Unknown kind.', [{ field: 'input.kind', reason: 'is not a distress kind' }]);
    const id = await this.manageableSuggestionId(scope, input.id);
    return this.uow.run(async (tx) => {
      const s = await this.pendingSuggestion(tx.manager, id);
      let recorded;
      try {
        recorded = await this.rivalsService.recordInTransaction(tx, actor, s.rivalId, this.eventOf(s, input));
      } catch (error) {
        if (error instanceof BadInputError) throw error;
        if (error instanceof DomainRuleError) throw new BadInputError(error.message, [{ field: `input.${error.field ?? 'kind'}`, reason: error.message }]);
        throw error;
      }
      await this.feeds.decide(tx.manager, s.id, 'confirmed', actorLabel(actor), recorded.event.id);
      await this.recordIncidentOutage(tx, actor, s);
      await this.audit.record(tx.manager, actor, {
        action: 'suggested_event.confirmed',
        entityType: 'Rival',
        entityId: s.rivalId,
        campaignId: null,
        before: { suggestion: s.id, status: 'pending' },
        after: { suggestion: s.id, status: 'confirmed', distressEvent: recorded.event.id },
      });
      return { suggestion: (await this.feeds.suggestionById(s.id, tx.manager)) as SuggestionRecord, ...recorded };
    });
  }

  async dismiss(actor: Actor, scope: AccessScope, globalId: string): Promise<SuggestionRecord> {
    const id = await this.manageableSuggestionId(scope, globalId);
    return this.uow.run(async (tx) => {
      const s = await this.pendingSuggestion(tx.manager, id);
      await this.feeds.decide(tx.manager, s.id, 'dismissed', actorLabel(actor), null);
      await this.audit.record(tx.manager, actor, {
        action: 'suggested_event.dismissed',
        entityType: 'Rival',
        entityId: s.rivalId,
        campaignId: null,
        before: { suggestion: s.id, status: 'pending' },
        after: { suggestion: s.id, status: 'dismissed' },
      });
      return (await this.feeds.suggestionById(s.id, tx.manager)) as SuggestionRecord;
    });
  }

  /**
   * A signal pushed to a webhook feed (`POST /signals/:feedId`): its signature checked against the
   * feed's secret and its timestamp (at most 5 minutes old), then a suggestion once per signal id
   * (a replay answers `duplicate`). Returns null when the signature does not hold (401).
   */
  async receiveSignal(
    feedId: string,
    headers: { timestamp: string | undefined; signature: string | undefined },
    rawBody: string,
    now = new Date(),
  ): Promise<{ status: 'accepted' | 'duplicate'; suggestionId: string | null } | null> {
    if (!/^[0-9a-f-]{36}$/i.test(feedId)) return null;
    const feed = await this.feeds.feedById(feedId);
    if (!feed || feed.kind !== 'webhook' || !feed.secret || !feed.active) return null;
    if (!verifySignal(feed.secret, headers.timestamp, headers.signature, rawBody, now, signalReplayWindowMs)) return null;
    const item = parseSignal(rawBody);
    return this.uow.run(async (tx) => {
      const created = await this.feeds.insertSuggestion(tx.manager, feed.rivalId, feed.id, item);
      if (!created) return { status: 'duplicate' as const, suggestionId: null };
      await this.maybeAutoRecord(tx, feed, created);
      return { status: 'accepted' as const, suggestionId: created.id };
    });
  }
}

/** A signal's body: `{ id, title, kind?, url?, occurredAt?, severity? }`; refused with BAD_USER_INPUT naming the field. */
export function parseSignal(raw: string): FeedItem {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    throw new BadInputError('The body must be JSON.', [{ field: 'body', reason: 'is not valid JSON' }]);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadInputError('The body must be a JSON object.', [{ field: 'body', reason: 'must be an object' }]);
  const problems: Array<{ field: string; reason: string }> = [];
  const id = body['id'];
  const title = body['title'];
  if (typeof id !== 'string' || !id.trim() || id.length > 200) problems.push({ field: 'id', reason: 'must be a string of 1 to 200 characters' });
  if (typeof title !== 'string' || !title.trim() || title.length > 500) problems.push({ field: 'title', reason: 'must be a string of 1 to 500 characters' });
  const kind = body['kind'];
  if (kind != null && !isDistressKind(kind)) problems.push({ field: 'kind', reason: 'must be a distress kind' });
  const severity = body['severity'];
  if (severity != null && !(Number.isInteger(severity) && (severity as number) >= 1 && (severity as number) <= 5)) problems.push({ field: 'severity', reason: 'must be a whole number from 1 to 5' });
  const url = body['url'];
  let sourceUrl: string | null = null;
  if (url != null) {
    try {
      const u = new URL(String(url));
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      sourceUrl = u.toString().slice(0, 2000);
    } catch {
      problems.push({ field: 'url', reason: 'must be an http(s) URL' });
    }
  }
  const occurredAt = body['occurredAt'] != null ? new Date(String(body['occurredAt'])) : null;
  if (occurredAt && Number.isNaN(occurredAt.getTime())) problems.push({ field: 'occurredAt', reason: 'must be an ISO 8601 date-time' });
  if (problems.length > 0) throw new BadInputError(`The signal is invalid: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}.`, problems);
  const news = signalFromNews(String(title));
  return {
    externalId: String(id).trim(),
    title: String(title).trim(),
    summary: null,
    sourceUrl,
    publishedAt: occurredAt,
    kind: (kind as DistressKind | undefined) ?? news.kind,
    severity: (severity as number | undefined) ?? news.severity,
    incident: null,
  };
}
