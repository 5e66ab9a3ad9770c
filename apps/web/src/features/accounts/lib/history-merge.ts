/**
 * An account's history is several audit trails (the account's, each deal's, their proposals' and
 * migration's), each paged by the api in the order asked. Shown as one timeline in that order: an
 * entry is shown only once no trail still to be read could hold one that comes before it, i.e. up
 * to the "last loaded" moment nearest to the start among the trails that have more pages (the
 * horizon): the oldest of them when oldest first, the newest of them when newest first (as a
 * person reads a history, issue #20).
 */

export type HistoryOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST';

export interface HistoryEntryLike {
  id: string;
  at: string;
  entityType: string;
  action: string;
  changes: ReadonlyArray<{ field: string; before: unknown; after: unknown }>;
}

export interface HistoryStream<T extends HistoryEntryLike> {
  /** The global id of the object whose trail it is. */
  entityId: string;
  entries: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface MergedHistory<T extends HistoryEntryLike> {
  /** What can be shown now, in the order asked. */
  visible: T[];
  /** Every entry of every trail, loaded or not. */
  totalCount: number;
  /** The trails to read further for the next entries (those holding back the horizon). */
  next: string[];
}

// One change often writes several entries at the same instant (an account and its deal created
// together; a deal moved two stages for a proposal; an acceptance winning the deal and planning its
// migration): in the order they happen — the account first, an acceptance before the deal it wins,
// then the deal, its proposals, its migration; moves of one deal in the order of their stages.
const rank = (e: HistoryEntryLike) =>
  e.entityType === 'Account' ? 0 : e.action === 'proposal.accepted' ? 1 : e.entityType === 'Opportunity' ? 2 : e.entityType === 'Proposal' ? 3 : 4;
const STAGE_ORDER = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'won', 'lost'];

function stageBefore(entry: HistoryEntryLike): number {
  const change = entry.changes.find((c) => c.field === 'stage');
  return typeof change?.before === 'string' ? STAGE_ORDER.indexOf(change.before) : -1;
}

export function compareEntries(a: HistoryEntryLike, b: HistoryEntryLike): number {
  const time = Date.parse(a.at) - Date.parse(b.at);
  if (time !== 0) return time;
  const entity = rank(a) - rank(b);
  if (entity !== 0) return entity;
  const stage = stageBefore(a) - stageBefore(b);
  if (stage !== 0) return stage;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function mergeHistory<T extends HistoryEntryLike>(streams: ReadonlyArray<HistoryStream<T>>, order: HistoryOrder = 'OLDEST_FIRST'): MergedHistory<T> {
  const newestFirst = order === 'NEWEST_FIRST';
  const open = streams.filter((s) => s.hasNextPage);
  // A trail with more pages but nothing loaded yet holds everything back.
  const unread = newestFirst ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  const lastAt = (s: HistoryStream<T>) => (s.entries.length ? Date.parse(s.entries[s.entries.length - 1].at) : unread);
  const lasts = open.map(lastAt);
  const horizon = open.length ? (newestFirst ? Math.max(...lasts) : Math.min(...lasts)) : newestFirst ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const visible = streams
    .flatMap((s) => s.entries)
    .filter((e) => (newestFirst ? Date.parse(e.at) >= horizon : Date.parse(e.at) <= horizon))
    .sort(newestFirst ? (a, b) => compareEntries(b, a) : compareEntries);
  return {
    visible,
    totalCount: streams.reduce((sum, s) => sum + s.totalCount, 0),
    next: open.filter((s) => lastAt(s) === horizon).map((s) => s.entityId),
  };
}
