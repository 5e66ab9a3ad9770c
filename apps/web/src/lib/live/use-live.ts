import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { NotificationAddedDocument, OpportunityChangedDocument, type OpportunityChangedSubscription } from '../../gql/graphql';
import { useLiveEnabled } from './live-context';

export type OpportunityChange = OpportunityChangedSubscription['opportunityChanged'];

/** Events that come in a burst (a bulk move, an import) are answered with one read. */
export const LIVE_DEBOUNCE_MS = 250;

/** Calls `refresh` at most once per LIVE_DEBOUNCE_MS, however many events arrive. */
function useDebounced(refresh: () => void) {
  const latest = useRef(refresh);
  latest.current = refresh;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return useRef(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, LIVE_DEBOUNCE_MS);
  }).current;
}

/**
 * Follows the deals of these campaigns over graphql-ws: `refresh` runs (debounced) after any
 * change a teammate, a customer or a job makes to one of them, when `concerns` (if given) says the
 * change matters to this screen.
 */
export function useOpportunityChanges(campaignIds: readonly string[], refresh: () => void, concerns?: (change: OpportunityChange) => boolean) {
  const client = useApolloClient();
  const live = useLiveEnabled();
  const schedule = useDebounced(refresh);
  const filter = useRef(concerns);
  filter.current = concerns;
  const key = [...campaignIds].sort().join(',');

  useEffect(() => {
    if (!live || !key) return;
    const subscriptions = key.split(',').map((campaignId) =>
      client.subscribe({ query: OpportunityChangedDocument, variables: { campaignId } }).subscribe({
        next: ({ data }) => {
          const change = data?.opportunityChanged;
          if (change && (!filter.current || filter.current(change))) schedule();
        },
        // The client reconnects by itself; an error here ends only this subscription's stream.
        error: () => undefined,
      }),
    );
    return () => subscriptions.forEach((s) => s.unsubscribe());
  }, [client, live, key, schedule]);
}

/** Runs `refresh` (debounced) when a notification reaches the signed-in user (an assignment, an approval…). */
export function useNotificationArrivals(refresh: () => void) {
  const client = useApolloClient();
  const live = useLiveEnabled();
  const schedule = useDebounced(refresh);
  useEffect(() => {
    if (!live) return;
    const subscription = client.subscribe({ query: NotificationAddedDocument }).subscribe({ next: () => schedule(), error: () => undefined });
    return () => subscription.unsubscribe();
  }, [client, live, schedule]);
}
