import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LogActivityDocument, MyQueueDocument, type MyQueueQuery } from '../../../gql/graphql';
import { ALICE, renderRoute } from '../../../testing/render-route';
import { freezeDateAt } from '../../../testing/clock';
import { KPN_SHUTDOWN } from '../../../testing/fixtures';

type Item = MyQueueQuery['myQueue']['edges'][number]['node'];

const HOUR = 3600 * 1000;
const SHUTDOWN = KPN_SHUTDOWN;
// The countdowns are live: `Date` is frozen 11 days 5 h 30 min before KPNQwest's shutdown, so they read the same on a slow machine.
const NOW = new Date(Date.parse(SHUTDOWN) - (11 * 24 * HOUR + 5 * HOUR + 30 * 60 * 1000));
freezeDateAt(NOW);

function item(name: string, reason: Item['reason'], reasonText: string, urgency: number, extra: Partial<Item> = {}): Item {
  return {
    __typename: 'QueueItem',
    reason,
    reasonText,
    dueAt: null,
    urgency,
    urgencyFactors: [],
    account: {
      __typename: 'Account',
      id: `acc-${name}`,
      name,
      rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest', shutdownExpectedAt: SHUTDOWN },
      monthlySpend: { __typename: 'Money', amount: 1850000, currency: 'EUR' },
    },
    opportunity: null,
    ...extra,
  };
}

function queue(items: Item[]) {
  return {
    request: { query: MyQueueDocument, variables: { first: 50, after: null } },
    result: {
      data: {
        myQueue: {
          __typename: 'QueueItemConnection' as const,
          totalCount: items.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: items.map((node, i) => ({ __typename: 'QueueItemEdge' as const, cursor: `c${i}`, node })),
        },
      },
    },
  };
}

const ITEMS = [
  item('Euronext', 'OVERDUE', 'Overdue since 2 hours: move it past contacted', 82, {
    dueAt: new Date(NOW.getTime() - 2 * HOUR - 60_000).toISOString(),
    urgencyFactors: [
      { __typename: 'UrgencyFactor', key: 'shutdown_within_14_days', points: 30, reason: 'KPNQwest’s network may go dark in 12 days' },
      { __typename: 'UrgencyFactor', key: 'no_backup_provider', points: 20, reason: 'No backup provider' },
    ],
    opportunity: { __typename: 'Opportunity', id: 'opp-1', stage: 'identified', overdue: true },
  }),
  item('Opodo', 'DUE_SOON', 'Due within a day: send the proposal', 64),
  item('Lycos Europe', 'CLAIMABLE', 'Nobody owns it: claim it', 71),
];

describe('/ (my queue)', () => {
  it('shows the items in the api’s order, each with its reason, urgency and why', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS)] });
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/);
    const list = await screen.findByRole('list', { name: 'My queue' });
    const entries = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(entries.map((li) => within(li).getAllByRole('link')[0].textContent)).toEqual(['Euronext', 'Opodo', 'Lycos Europe']);
    expect(entries[0]).toHaveTextContent('Overdue since 2 hours: move it past contacted');
    expect(within(entries[0]).getByLabelText('Urgency 82')).toHaveTextContent('82');
    expect(within(entries[0]).getByRole('list', { name: 'Why it is urgent' })).toHaveTextContent('+30 KPNQwest’s network may go dark in 12 days');
    expect(entries[0]).toHaveTextContent(/Overdue by 2 h \d+ min/);
    expect(entries[0]).toHaveTextContent(/KPNQwest may go dark in 11 d 5 h/);
    expect(entries[0]).toHaveTextContent('€18,500.00 / month');
    expect(entries[2]).toHaveTextContent('Nobody owns it: claim it');
    expect(within(entries[0]).getByRole('link', { name: 'Euronext' })).toHaveAttribute('href', '/accounts/acc-Euronext');
  });

  it('says so when nothing is waiting', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue([])] });
    expect(await screen.findByText(/Nothing waiting for you/)).toBeInTheDocument();
  });

  it('says what went wrong, and can try again', async () => {
    renderRoute('/', {
      signedInAs: ALICE,
      mocks: [{ request: { query: MyQueueDocument, variables: { first: 50, after: null } }, result: { errors: [{ message: 'Boom.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your queue: Boom.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('switches to French from the header: labels, money and dates', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS)] });
    await screen.findByRole('list', { name: 'My queue' });
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    const list = await screen.findByRole('list', { name: 'Ma file' });
    expect(screen.getByRole('heading', { level: 1, name: 'Ma file' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Concurrents' })).toBeInTheDocument();
    // 18 500,00 € with the narrow no-break spaces Intl uses in French.
    expect(within(list).getAllByText(/^18\s500,00\s€ \/ mois$/u)).toHaveLength(3);
    expect(within(list).getByText(/En retard de 2 h \d+ min \(échéance/)).toBeInTheDocument();
    expect(within(list).getAllByText(/KPNQwest peut s’éteindre dans 11 j 5 h/)).toHaveLength(3);
    expect(localStorage.getItem('lifeboat.language')).toBe('fr');
  });

  it('logs a call with its next step from an item, in one dialog', async () => {
    const nextStep = '2026-12-01T10:30';
    const logged = {
      request: {
        query: LogActivityDocument,
        variables: {
          input: { accountId: 'acc-Euronext', kind: 'call', body: 'Spoke to the CIO', outcome: 'wants a proposal', nextStepAt: new Date(nextStep).toISOString() },
        },
      },
      result: {
        data: {
          logActivity: {
            __typename: 'LogActivityPayload' as const,
            activity: {
              __typename: 'Activity' as const,
              id: 'act-1',
              kind: 'call' as const,
              occurredAt: '2026-11-23T09:00:00Z',
              authorLabel: 'Alice Martin',
              body: 'Spoke to the CIO',
              outcome: 'wants a proposal',
              nextStepAt: new Date(nextStep).toISOString(),
            },
            account: { __typename: 'Account' as const, id: 'acc-Euronext', version: 3, urgency: 80, lastContactAt: '2026-11-23T09:00:00Z' },
          },
        },
      },
    };
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS), logged, queue(ITEMS)] });
    await screen.findByRole('list', { name: 'My queue' });
    fireEvent.click(screen.getByRole('button', { name: 'Log a call or an email with Euronext' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an activity with Euronext' });
    fireEvent.change(within(dialog).getByLabelText(/What happened/), { target: { value: 'Spoke to the CIO' } });
    fireEvent.change(within(dialog).getByLabelText('Outcome'), { target: { value: 'wants a proposal' } });
    fireEvent.change(within(dialog).getByLabelText('Next step on'), { target: { value: nextStep } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log it' }));
    expect(await screen.findByText('Activity logged.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('has no log button for an account nobody owns yet', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS)] });
    await screen.findByRole('list', { name: 'My queue' });
    expect(screen.queryByRole('button', { name: /with Lycos Europe/ })).not.toBeInTheDocument();
  });
});
