/**
 * An account's history is several audit trails (the account's, each deal's, their proposals' and
 * migration's), each paged oldest first by the api. Shown as one timeline, oldest first: an entry
 * is shown only once no trail still to be read could hold an earlier one, i.e. up to the oldest
 * "last loaded" moment among the trails that have more pages (the horizon).
 */

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
  /** What can be shown now, oldest first. */
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

export function mergeHistory<T extends HistoryEntryLike>(streams: ReadonlyArray<HistoryStream<T>>): MergedHistory<T> {
  const open = streams.filter((s) => s.hasNextPage);
  const lastAt = (s: HistoryStream<T>) => (s.entries.length ? Date.parse(s.entries[s.entries.length - 1].at) : Number.NEGATIVE_INFINITY);
  const horizon = open.length ? Math.min(...open.map(lastAt)) : Number.POSITIVE_INFINITY;
  const visible = streams
    .flatMap((s) => s.entries)
    .filter((e) => Date.parse(e.at) <= horizon)
    .sort(compareEntries);
  return {
    visible,
    totalCount: streams.reduce((sum, s) => sum + s.totalCount, 0),
    next: open.filter((s) => lastAt(s) === horizon).map((s) => s.entityId),
  };
}
