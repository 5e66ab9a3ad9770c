import { screen, within } from '@testing-library/react';
import { RivalsDocument, type RivalsQuery } from '../../../gql/graphql';
import { ALICE, renderRoute } from '../../../testing/render-route';
import { freezeDateAt } from '../../../testing/clock';

// The countdowns are live: `Date` is frozen at NOW so they read the same on a slow machine.
const NOW = new Date('2026-11-23T09:00:00Z');
freezeDateAt(NOW);

type Rival = RivalsQuery['rivals']['edges'][number]['node'];

function rival(overrides: Partial<Rival> & Pick<Rival, 'id' | 'name'>): Rival {
  return {
    __typename: 'Rival',
    country: 'FR',
    health: 'distressed',
    shutdownExpectedAt: null,
    services: [],
    claimedAvailabilityPercent: null,
    distressEvents: [],
    ...overrides,
  };
}

function page(rivals: Rival[], after: string | null, hasNextPage = false, endCursor: string | null = null) {
  return {
    request: { query: RivalsDocument, variables: { first: 100, after } },
    result: {
      data: {
        rivals: {
          __typename: 'RivalConnection' as const,
          totalCount: rivals.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
          edges: rivals.map((node) => ({ __typename: 'RivalEdge' as const, cursor: `c-${node.id}`, node })),
        },
      },
    },
  };
}

const KPNQWEST = rival({
  id: 'r1',
  name: 'KPNQwest',
  country: 'NL',
  health: 'liquidating',
  // 11 days 12 hours after the frozen NOW: counted down as the queue counts it, never rounded up to "12 days" (issue #20).
  shutdownExpectedAt: new Date(NOW.getTime() + 11.5 * 24 * 3600 * 1000).toISOString(),
  services: ['vpn', 'ip_transit'],
  claimedAvailabilityPercent: 99.95,
  distressEvents: [
    { __typename: 'DistressEvent', id: 'e1', kind: 'court_hearing', occurredAt: '2026-11-26T09:00:00Z', severity: 5, summary: 'Hearing on Thursday.' },
  ],
});

describe('/rivals', () => {
  it('lists each rival with its health, its shutdown countdown and what happened to it', async () => {
    renderRoute('/rivals', { signedInAs: ALICE, mocks: [page([KPNQWEST], null)] });
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/);
    const card = (await screen.findByRole('heading', { name: 'KPNQwest' })).closest('li') as HTMLElement;
    expect(within(card).getByText('Liquidating')).toBeInTheDocument();
    expect(card.querySelector('.countdown')?.textContent).toBe('Network may go dark in 11\u00a0d\u00a012\u00a0h (4 Dec 2026)');
    expect(within(card).getByText('Sells: VPN, IP transit')).toBeInTheDocument();
    expect(within(card).getByText('Its SLA claims 99.95 % availability')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What happened to KPNQwest' })).toHaveTextContent('Court hearing — Hearing on Thursday.');
  });

  it('follows the pages until the last one', async () => {
    renderRoute('/rivals', {
      signedInAs: ALICE,
      mocks: [page([rival({ id: 'a', name: 'AMEN' })], null, true, 'c1'), page([rival({ id: 'o', name: 'Oleane' })], 'c1')],
    });
    expect(await screen.findByRole('heading', { name: 'Oleane' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'AMEN' })).toBeInTheDocument();
    expect(screen.getAllByText('No shutdown date announced')).toHaveLength(2);
  });

  it('says what went wrong when the api refuses', async () => {
    renderRoute('/rivals', {
      signedInAs: ALICE,
      mocks: [{ request: { query: RivalsDocument, variables: { first: 100, after: null } }, result: { errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }] } }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the rivals: Too many requests.');
  });

  it('says so when no rival is tracked', async () => {
    renderRoute('/rivals', { signedInAs: ALICE, mocks: [page([], null)] });
    expect(await screen.findByText('No rival is tracked yet.')).toBeInTheDocument();
  });

  it('speaks French when asked to', async () => {
    renderRoute('/rivals', { signedInAs: ALICE, language: 'fr', mocks: [page([KPNQWEST], null)] });
    const card = (await screen.findByRole('heading', { name: 'KPNQwest' })).closest('li') as HTMLElement;
    expect(within(card).getByText('En liquidation')).toBeInTheDocument();
    expect(card.querySelector('.countdown')?.textContent).toBe('Le réseau peut s’éteindre dans 11\u00a0j\u00a012\u00a0h (4 déc. 2026)');
    expect(screen.getByRole('heading', { level: 1, name: 'Concurrents' })).toBeInTheDocument();
  });
});
