import { useMutation, useQuery } from '@apollo/client/react';
import { MarkNotificationsReadDocument, NotificationsDocument, type NotificationsQuery } from '../../gql/graphql';
import { useLiveEnabled } from '../../lib/live/live-context';
import { useNotificationArrivals } from '../../lib/live/use-live';

export type BellNotification = NotificationsQuery['notifications']['edges'][number]['node'];

/** How many notifications the bell lists. */
export const BELL_PAGE_SIZE = 20;
/** How often the bell reads again when there is no live connection (the route tests' client). */
export const BELL_POLL_MS = 30_000;

/** The signed-in user's latest notifications and unread count, read again as each one arrives (`notificationAdded`). */
export function useNotifications() {
  const live = useLiveEnabled();
  const query = useQuery(NotificationsDocument, {
    variables: { first: BELL_PAGE_SIZE },
    pollInterval: live ? 0 : BELL_POLL_MS,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const { refetch } = query;
  useNotificationArrivals(() => void refetch());
  const [mark] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [{ query: NotificationsDocument, variables: { first: BELL_PAGE_SIZE } }],
  });
  return {
    items: query.data?.notifications.edges.map((e) => e.node) ?? [],
    unreadCount: query.data?.notifications.unreadCount ?? 0,
    loaded: query.data !== undefined,
    error: query.error,
    markRead: (ids: string[]) => mark({ variables: { input: { ids } } }),
    markAllRead: () => mark({ variables: { input: { all: true } } }),
  };
}

/** Where a notification leads in the app: its account, its proposal, its collective, or the approvals inbox. */
export function notificationTarget(n: Pick<BellNotification, 'kind' | 'subjectType' | 'subjectId'>): string | null {
  if (!n.subjectId) return null;
  if (n.subjectType === 'Account') return `/accounts/${encodeURIComponent(n.subjectId)}`;
  if (n.subjectType === 'Proposal') return n.kind === 'proposal_approval_requested' ? '/approvals' : `/proposals/${encodeURIComponent(n.subjectId)}`;
  if (n.subjectType === 'Collective') return n.kind === 'collective_terms_approval_requested' ? '/approvals' : `/collectives/${encodeURIComponent(n.subjectId)}`;
  return null;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago", "il y a 2 heures", "yesterday": in the user's language. */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}
