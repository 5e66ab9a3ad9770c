import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AccountHistorySourcesDocument, AuditTrailDocument, type AuditTrailQuery } from '../../../gql/graphql';
import { mergeHistory, type HistoryOrder, type HistoryStream } from '../lib/history-merge';

export type AuditEntryView = AuditTrailQuery['auditTrail']['edges'][number]['node'];

/** Entries read per trail and page, and shown more per "Show more". */
export const HISTORY_PAGE = 10;

/** What each object whose trail is read is, for the words (a proposal by its reference). */
export interface HistorySource {
  entityId: string;
  proposalReference?: string;
}

type Streams = HistoryStream<AuditEntryView>[];

/** Newest first, as a person reads a history (issue #20); each trail is read in that order too. */
const ORDER: HistoryOrder = 'NEWEST_FIRST';

/**
 * The history of an account and of its deals (each deal, its proposals and its migration), as
 * one timeline, newest first, a page at a time. Read once when the account is shown and again
 * when `version` (the account's or its deal's) changes.
 */
export function useAccountHistory(accountId: string, refreshKey: string) {
  const client = useApolloClient();
  const [sources, setSources] = useState<HistorySource[]>([]);
  const [streams, setStreams] = useState<Streams | null>(null);
  const [shown, setShown] = useState(HISTORY_PAGE);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The latest read wins: a slower earlier one (another account) is dropped.
  const generation = useRef(0);

  const page = useCallback(
    async (entityId: string, after: string | null): Promise<AuditTrailQuery['auditTrail']> => {
      const { data } = await client.query({
        query: AuditTrailDocument,
        variables: { entityId, first: HISTORY_PAGE, order: ORDER, ...(after ? { after } : {}) },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('No history came back.');
      return data.auditTrail;
    },
    [client],
  );

  const load = useCallback(async () => {
    const current = ++generation.current;
    setError(null);
    try {
      const { data } = await client.query({ query: AccountHistorySourcesDocument, variables: { id: accountId }, fetchPolicy: 'network-only' });
      const node = data?.node;
      const deals = node && node.__typename === 'Account' ? node.opportunities : [];
      const found: HistorySource[] = [
        { entityId: accountId },
        ...deals.flatMap((d) => [
          { entityId: d.id },
          ...d.proposals.map((p) => ({ entityId: p.id, proposalReference: p.reference })),
          ...(d.migration ? [{ entityId: d.migration.id }] : []),
        ]),
      ];
      const pages = await Promise.all(found.map((s) => page(s.entityId, null)));
      if (current !== generation.current) return;
      setSources(found);
      setStreams(found.map((s, i) => toStream(s.entityId, pages[i])));
    } catch (e) {
      if (current === generation.current) setError(e);
    }
  }, [accountId, client, page]);

  useEffect(() => {
    setStreams(null);
    setShown(HISTORY_PAGE);
    void load();
  }, [load, refreshKey]);

  const merged = useMemo(() => (streams ? mergeHistory(streams, ORDER) : null), [streams]);

  /** Shows the next entries, reading further pages of the trails that hold them back. */
  const showMore = useCallback(async () => {
    if (!streams) return;
    const want = shown + HISTORY_PAGE;
    let next = streams;
    let merge = mergeHistory(next, ORDER);
    setLoadingMore(true);
    setError(null);
    const current = generation.current;
    try {
      while (merge.visible.length < want && merge.next.length > 0) {
        const behind = merge.next;
        const cursors = new Map(next.map((s) => [s.entityId, s.endCursor]));
        const pages = await Promise.all(behind.map((id) => page(id, cursors.get(id) ?? null)));
        if (current !== generation.current) return;
        next = next.map((s) => {
          const i = behind.indexOf(s.entityId);
          if (i < 0) return s;
          const more = toStream(s.entityId, pages[i]);
          return { ...more, entries: [...s.entries, ...more.entries] };
        });
        merge = mergeHistory(next, ORDER);
      }
      setStreams(next);
      setShown(want);
    } catch (e) {
      setError(e);
    } finally {
      setLoadingMore(false);
    }
  }, [page, shown, streams]);

  const visible = merged ? merged.visible.slice(0, shown) : null;
  return {
    entries: visible,
    totalCount: merged?.totalCount ?? 0,
    hasMore: !!merged && !!visible && visible.length < merged.totalCount,
    sources,
    loadingMore,
    error,
    showMore,
    retry: load,
  };
}

function toStream(entityId: string, trail: AuditTrailQuery['auditTrail']): HistoryStream<AuditEntryView> {
  return {
    entityId,
    entries: trail.edges.map((e) => e.node),
    hasNextPage: trail.pageInfo.hasNextPage,
    endCursor: trail.pageInfo.endCursor,
    totalCount: trail.totalCount,
  };
}
