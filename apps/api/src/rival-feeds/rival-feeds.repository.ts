import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DistressKind } from '@lifeboat/domain';
import type { FeedItem, FeedKind, StatuspageIncident } from './feed-parsing';

export interface FeedRecord {
  id: string;
  rivalId: string;
  kind: FeedKind;
  name: string;
  url: string | null;
  secret: string | null;
  active: boolean;
  autoRecord: boolean;
  autoRecordMinSeverity: number | null;
  pollIntervalSeconds: number;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  consecutiveFailures: number;
  nextPollAt: Date;
  localDemo: boolean;
  version: number;
  createdAt: Date;
}

export const SUGGESTION_STATUSES = ['pending', 'confirmed', 'dismissed'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface SuggestionRecord {
  id: string;
  rivalId: string;
  feedId: string | null;
  feedName: string | null;
  feedKind: FeedKind | null;
  externalId: string;
  kind: DistressKind;
  severity: number;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  incident: StatuspageIncident | null;
  status: SuggestionStatus;
  distressEventId: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  createdAt: Date;
}

const d = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

function toFeed(r: Record<string, unknown>): FeedRecord {
  return {
    id: r['id'] as string,
    rivalId: r['rival_id'] as string,
    kind: r['kind'] as FeedKind,
    name: r['name'] as string,
    url: (r['url'] as string | null) ?? null,
    secret: (r['secret'] as string | null) ?? null,
    active: Boolean(r['active']),
    autoRecord: Boolean(r['auto_record']),
    autoRecordMinSeverity: r['auto_record_min_severity'] == null ? null : Number(r['auto_record_min_severity']),
    pollIntervalSeconds: Number(r['poll_interval_seconds']),
    etag: (r['etag'] as string | null) ?? null,
    lastModified: (r['last_modified'] as string | null) ?? null,
    lastPolledAt: d(r['last_polled_at']),
    lastSuccessAt: d(r['last_success_at']),
    lastError: (r['last_error'] as string | null) ?? null,
    lastErrorAt: d(r['last_error_at']),
    consecutiveFailures: Number(r['consecutive_failures']),
    nextPollAt: d(r['next_poll_at']) as Date,
    localDemo: Boolean(r['local_demo']),
    version: Number(r['version']),
    createdAt: d(r['created_at']) as Date,
  };
}

function toSuggestion(r: Record<string, unknown>): SuggestionRecord {
  const incident = r['incident'];
  return {
    id: r['id'] as string,
    rivalId: r['rival_id'] as string,
    feedId: (r['feed_id'] as string | null) ?? null,
    feedName: (r['feed_name'] as string | null) ?? null,
    feedKind: (r['feed_kind'] as FeedKind | null) ?? null,
    externalId: r['external_id'] as string,
    kind: r['kind'] as DistressKind,
    severity: Number(r['severity']),
    title: r['title'] as string,
    summary: (r['summary'] as string | null) ?? null,
    sourceUrl: (r['source_url'] as string | null) ?? null,
    publishedAt: d(r['published_at']),
    incident: incident == null ? null : ((typeof incident === 'string' ? JSON.parse(incident) : incident) as StatuspageIncident),
    status: r['status'] as SuggestionStatus,
    distressEventId: (r['distress_event_id'] as string | null) ?? null,
    decidedAt: d(r['decided_at']),
    decidedBy: (r['decided_by'] as string | null) ?? null,
    createdAt: d(r['created_at']) as Date,
  };
}

const SUGGESTION_COLUMNS = `s.*, f.name AS feed_name, f.kind AS feed_kind`;

/** The only place that queries rival feeds and their suggested distress events. */
@Injectable()
export class RivalFeedsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The feeds of many rivals, oldest first: one statement. */
  async feedsByRivalIds(rivalIds: readonly string[]): Promise<Map<string, FeedRecord[]>> {
    const result = new Map<string, FeedRecord[]>(rivalIds.map((id) => [id, []]));
    if (rivalIds.length === 0) return result;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM rival_feed WHERE rival_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [[...rivalIds]],
    );
    for (const row of rows) result.get(row['rival_id'] as string)?.push(toFeed(row));
    return result;
  }

  async feedById(id: string, manager?: EntityManager, lock = false): Promise<FeedRecord | null> {
    const [row] = await this.m(manager).query(`SELECT * FROM rival_feed WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toFeed(row) : null;
  }

  async insertFeed(
    manager: EntityManager,
    f: Pick<FeedRecord, 'rivalId' | 'kind' | 'name' | 'url' | 'secret' | 'active' | 'autoRecord' | 'autoRecordMinSeverity' | 'pollIntervalSeconds'> & { localDemo?: boolean },
  ): Promise<FeedRecord> {
    const [row] = await manager.query(
      `INSERT INTO rival_feed (rival_id, kind, name, url, secret, active, auto_record, auto_record_min_severity, poll_interval_seconds, local_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [f.rivalId, f.kind, f.name, f.url, f.secret, f.active, f.autoRecord, f.autoRecordMinSeverity, f.pollIntervalSeconds, f.localDemo ?? false],
    );
    return toFeed(row);
  }

  /** Conditional update (the version read): null when it changed meanwhile. A new URL or a resumed feed is polled afresh. */
  async updateFeed(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    next: Pick<FeedRecord, 'name' | 'url' | 'active' | 'autoRecord' | 'autoRecordMinSeverity' | 'pollIntervalSeconds'>,
    restart: boolean,
  ): Promise<FeedRecord | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await manager.query(
      `UPDATE rival_feed SET name = $3, url = $4, active = $5, auto_record = $6, auto_record_min_severity = $7, poll_interval_seconds = $8,
         version = version + 1, updated_at = now()
         ${restart ? `, next_poll_at = now(), consecutive_failures = 0, etag = NULL, last_modified = NULL` : ''}
         -- A demo feed given another address is a user's feed from then on: no loopback for it.
         , local_demo = local_demo AND url IS NOT DISTINCT FROM $4
       WHERE id = $1 AND version = $2 RETURNING *`,
      [id, expectedVersion, next.name, next.url, next.active, next.autoRecord, next.autoRecordMinSeverity, next.pollIntervalSeconds],
    );
    const row = (rows as Array<Record<string, unknown>>)[0];
    return row ? toFeed(row) : null;
  }

  async deleteFeed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM rival_feed WHERE id = $1`, [id]);
  }

  /**
   * Active polled feeds whose time has come, locked for this transaction (another worker's poll
   * skips them), earliest first.
   */
  async lockDueFeeds(manager: EntityManager, now: Date, limit: number): Promise<FeedRecord[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT * FROM rival_feed WHERE active AND kind <> 'webhook' AND next_poll_at <= $1 ORDER BY next_poll_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return rows.map(toFeed);
  }

  /** Claims feeds for one poll: their next poll is moved to the end of the lease. */
  async claim(manager: EntityManager, ids: readonly string[], until: Date): Promise<void> {
    await manager.query(`UPDATE rival_feed SET next_poll_at = $2 WHERE id = ANY($1::uuid[])`, [[...ids], until]);
  }

  async recordPoll(
    manager: EntityManager,
    id: string,
    outcome: { at: Date; ok: boolean; error: string | null; etag?: string | null; lastModified?: string | null; failures: number; nextPollAt: Date },
  ): Promise<void> {
    if (outcome.ok) {
      await manager.query(
        `UPDATE rival_feed SET last_polled_at = $2, last_success_at = $2, consecutive_failures = 0, next_poll_at = $3,
           etag = COALESCE($4, etag), last_modified = COALESCE($5, last_modified) WHERE id = $1`,
        [id, outcome.at, outcome.nextPollAt, outcome.etag ?? null, outcome.lastModified ?? null],
      );
    } else {
      await manager.query(
        `UPDATE rival_feed SET last_polled_at = $2, last_error = $3, last_error_at = $2, consecutive_failures = $4, next_poll_at = $5 WHERE id = $1`,
        [id, outcome.at, outcome.error, outcome.failures, outcome.nextPollAt],
      );
    }
  }

  /**
   * A suggestion for this item unless the feed has one for its external id already (then a
   * Statuspage incident's data is refreshed: it may have been resolved since). Returns the new
   * suggestion, or null for an item already known.
   */
  async insertSuggestion(manager: EntityManager, rivalId: string, feedId: string, item: FeedItem): Promise<SuggestionRecord | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `INSERT INTO suggested_distress_event (rival_id, feed_id, external_id, kind, severity, title, summary, source_url, published_at, incident)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
       ON CONFLICT (feed_id, external_id) DO UPDATE SET incident = EXCLUDED.incident
         WHERE EXCLUDED.incident IS NOT NULL AND suggested_distress_event.incident IS DISTINCT FROM EXCLUDED.incident
       RETURNING *, (xmax = 0) AS inserted`,
      [rivalId, feedId, item.externalId, item.kind, item.severity, item.title, item.summary, item.sourceUrl, item.publishedAt, item.incident ? JSON.stringify(item.incident) : null],
    );
    const row = rows[0];
    return row && row['inserted'] ? toSuggestion(row) : null;
  }

  /** A rival's suggestions: pending first, then newest; at most `limit`, of one status if given. */
  async suggestionsByRivalIds(rivalIds: readonly string[], status: SuggestionStatus | null, limit: number): Promise<Map<string, SuggestionRecord[]>> {
    const result = new Map<string, SuggestionRecord[]>(rivalIds.map((id) => [id, []]));
    if (rivalIds.length === 0) return result;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${SUGGESTION_COLUMNS}, row_number() OVER (PARTITION BY s.rival_id
           ORDER BY (s.status = 'pending') DESC, COALESCE(s.published_at, s.created_at) DESC, s.id DESC) AS rn
         FROM suggested_distress_event s LEFT JOIN rival_feed f ON f.id = s.feed_id
         WHERE s.rival_id = ANY($1::uuid[]) AND ($2::text IS NULL OR s.status = $2)
       ) ranked WHERE rn <= $3 ORDER BY rival_id, rn`,
      [[...rivalIds], status, limit],
    );
    for (const row of rows) result.get(row['rival_id'] as string)?.push(toSuggestion(row));
    return result;
  }

  /** A feed's suggestion for an item it gave before (by the item's external id). */
  async suggestionOfItem(manager: EntityManager, feedId: string, externalId: string): Promise<SuggestionRecord | null> {
    const [row] = await manager.query(
      `SELECT ${SUGGESTION_COLUMNS} FROM suggested_distress_event s LEFT JOIN rival_feed f ON f.id = s.feed_id WHERE s.feed_id = $1 AND s.external_id = $2`,
      [feedId, externalId],
    );
    return row ? toSuggestion(row) : null;
  }

  async suggestionById(id: string, manager?: EntityManager, lock = false): Promise<SuggestionRecord | null> {
    const [row] = await this.m(manager).query(
      `SELECT ${SUGGESTION_COLUMNS} FROM suggested_distress_event s LEFT JOIN rival_feed f ON f.id = s.feed_id WHERE s.id = $1 ${lock ? 'FOR UPDATE OF s' : ''}`,
      [id],
    );
    return row ? toSuggestion(row) : null;
  }

  async decide(manager: EntityManager, id: string, status: 'confirmed' | 'dismissed', by: string, distressEventId: string | null): Promise<void> {
    await manager.query(
      `UPDATE suggested_distress_event SET status = $2, decided_by = $3, decided_at = now(), distress_event_id = $4 WHERE id = $1`,
      [id, status, by, distressEventId],
    );
  }
}
