import { toGlobalId } from '../common/graphql/global-id';
import type { FeedRecord, SuggestionRecord } from './rival-feeds.repository';
import type { RivalFeedModel, SuggestedDistressEventModel } from './rival-feed.model';

export const signalPathOf = (feedId: string) => `/signals/${feedId}`;

export function toRivalFeedModel(f: FeedRecord): RivalFeedModel {
  return {
    id: toGlobalId('RivalFeed', f.id),
    dbId: f.id,
    rivalDbId: f.rivalId,
    kind: f.kind,
    name: f.name,
    url: f.url,
    signalPath: f.kind === 'webhook' ? signalPathOf(f.id) : null,
    active: f.active,
    autoRecord: f.autoRecord,
    autoRecordMinSeverity: f.autoRecordMinSeverity,
    pollIntervalSeconds: f.pollIntervalSeconds,
    lastPolledAt: f.lastPolledAt,
    lastSuccessAt: f.lastSuccessAt,
    lastError: f.lastError,
    lastErrorAt: f.lastErrorAt,
    consecutiveFailures: f.consecutiveFailures,
    failing: f.consecutiveFailures > 0,
    nextPollAt: f.active && f.kind !== 'webhook' ? f.nextPollAt : null,
    version: f.version,
    createdAt: f.createdAt,
  };
}

export function toSuggestedEventModel(s: SuggestionRecord): SuggestedDistressEventModel {
  return {
    id: toGlobalId('SuggestedDistressEvent', s.id),
    dbId: s.id,
    rivalDbId: s.rivalId,
    distressEventDbId: s.distressEventId,
    kind: s.kind,
    severity: s.severity,
    title: s.title,
    summary: s.summary,
    sourceUrl: s.sourceUrl,
    publishedAt: s.publishedAt,
    status: s.status,
    feedName: s.feedName,
    feedKind: s.feedKind,
    incident: s.incident
      ? {
          ...s.incident,
          startedAt: s.incident.startedAt ? new Date(s.incident.startedAt) : null,
          resolvedAt: s.incident.resolvedAt ? new Date(s.incident.resolvedAt) : null,
        }
      : null,
    createdAt: s.createdAt,
    decidedAt: s.decidedAt,
    decidedBy: s.decidedBy,
  };
}
