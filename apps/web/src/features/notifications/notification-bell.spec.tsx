import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  QueueBoardDocument,
  type NotificationsQuery,
} from '../../gql/graphql';
import type { SessionPayload } from '../../lib/auth/session';
import { ALICE, renderRoute } from '../../testing/render-route';
import { BELL_PAGE_SIZE, relativeTime } from './use-notifications';
import { freezeDateAt } from '../../testing/clock';

// The countdowns are live: `Date` is frozen at NOW so they read the same on a slow machine.
const NOW = new Date('2026-11-23T09:00:00Z');
freezeDateAt(NOW);

type Item = NotificationsQuery['notifications']['edges'][number]['node'];

const ACCOUNT_ID = 'QWNjb3VudDphY2MtMQ';
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

function item(id: string, over: Partial<Item>): Item {
  return {
    __typename: 'Notification',
    id,
    kind: 'digest',
    title: 'Your day',
    body: '',
    read: true,
    createdAt: minutesAgo(60),
    subjectType: null,
    subjectId: null,
    ...over,
  };
}

const OVERDUE = item('n1', {
  kind: 'overdue',
  title: 'Overdue: Hewlett-Packard',
  body: 'The “contacted” stage was due Mon 23 Nov, 10:00.',
  read: false,
  createdAt: minutesAgo(5),
  subjectType: 'Account',
  subjectId: ACCOUNT_ID,
});
const DIGEST = item('n2', { title: 'Your day (KPNQwest): 1 overdue, 0 due today', createdAt: minutesAgo(26 * 60) });

function listMock(items: Item[], unreadCount: number, maxUsageCount = 1) {
  return {
    request: { query: NotificationsDocument, variables: { first: BELL_PAGE_SIZE } },
    maxUsageCount,
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection' as const,
          totalCount: items.length,
          unreadCount,
          edges: items.map((node) => ({ __typename: 'NotificationEdge' as const, node })),
        },
      },
    },
  };
}

function markMock(input: { ids?: string[]; all?: boolean }, onCall: jest.Mock) {
  return {
    request: { query: MarkNotificationsReadDocument, variables: { input } },
    result: () => {
      onCall(input);
      return { data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload' as const, markedIds: input.ids ?? ['n1'], unreadCount: 0 } } };
    },
  };
}

describe('the notification bell in the header', () => {
  it('shows the unread count, lists the latest newest first with their age, and opens a notification’s account, marking it read', async () => {
    const marked = jest.fn();
    const read = { ...OVERDUE, read: true };
    const { router } = renderRoute('/rivals', {
      signedInAs: ALICE,
      mocks: [listMock([OVERDUE, DIGEST], 1), markMock({ ids: ['n1'] }, marked), listMock([read, DIGEST], 0, Number.POSITIVE_INFINITY)],
    });
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    fireEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    // Mantine's opening transition does not run in jsdom: the dropdown counts as hidden there.
    const dialog = await screen.findByRole('dialog', { name: 'Notifications, 1 unread', hidden: true });
    const list = within(dialog).getByRole('list', { name: 'Your notifications, newest first', hidden: true });
    const items = within(list).getAllByRole('listitem', { hidden: true });
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Overdue: Hewlett-Packard'),
      expect.stringContaining('Your day (KPNQwest)'),
    ]);
    expect(items[0]).toHaveTextContent('5 minutes ago');
    expect(items[1]).toHaveTextContent('yesterday');

    fireEvent.click(within(items[0]).getByRole('button', { name: 'Unread: Overdue: Hewlett-Packard', hidden: true }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/accounts/${ACCOUNT_ID}`));
    await waitFor(() => expect(marked).toHaveBeenCalledWith({ ids: ['n1'] }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('marks everything read, in French', async () => {
    const marked = jest.fn();
    renderRoute('/rivals', {
      signedInAs: ALICE,
      language: 'fr',
      mocks: [listMock([OVERDUE, DIGEST], 1), markMock({ all: true }, marked), listMock([{ ...OVERDUE, read: true }, DIGEST], 0, Number.POSITIVE_INFINITY)],
    });
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 non lue' });
    bell.focus();
    fireEvent.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications, 1 non lue', hidden: true });
    expect(within(dialog).getAllByRole('listitem', { hidden: true })[0]).toHaveTextContent('il y a 5 minutes');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tout marquer comme lu', hidden: true }));
    await waitFor(() => expect(marked).toHaveBeenCalledWith({ all: true }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('says when there is nothing new', async () => {
    renderRoute('/rivals', { signedInAs: ALICE, mocks: [listMock([], 0, Number.POSITIVE_INFINITY)] });
    const bell = await screen.findByRole('button', { name: 'Notifications' });
    fireEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const dialog = await screen.findByRole('dialog', { name: 'Notifications', hidden: true });
    expect(within(dialog).getByText('Nothing new.')).toBeInTheDocument();
  });

  it('formats ages in the user’s language', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    expect(relativeTime('2026-11-23T07:58:00Z', now, 'en-GB')).toBe('2 minutes ago');
    expect(relativeTime('2026-11-23T05:00:00Z', now, 'fr-FR')).toBe('il y a 3 heures');
    expect(relativeTime('2026-11-20T08:00:00Z', now, 'en-GB')).toBe('3 days ago');
  });
});

const ADA: SessionPayload = {
  __typename: 'LoginPayload',
  accessToken: 'access-ada',
  accessTokenExpiresAt: '2026-11-23T09:15:00Z',
  refreshToken: 'refresh-ada-0123456789',
  user: { __typename: 'User', id: 'VXNlcjphZGE', name: 'Ada Admin', email: 'admin@lifeboat.demo', role: 'admin', locale: 'en' },
};

const boardMock = (enabled: boolean) => ({
  request: { query: QueueBoardDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { queueBoard: { __typename: 'QueueBoard' as const, enabled, path: '/admin/queues' } } },
});

describe('the Queues link in the admin navigation', () => {
  it('is there when the server has a queue board', async () => {
    renderRoute('/rivals', { signedInAs: ADA, mocks: [boardMock(true), listMock([], 0, Number.POSITIVE_INFINITY)] });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(await within(nav).findByRole('button', { name: 'Queues' })).toBeInTheDocument();
  });
});
