import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { nextStepDate } from '@lifeboat/domain';
import { ClaimAccountDocument, DraftProposalDocument, LogActivityDocument, MyQueueDocument, QuickLogDealDocument, type MyQueueQuery } from '../../../gql/graphql';
import { ALICE, renderRoute } from '../../../testing/render-route';
import { freezeDateAt } from '../../../testing/clock';
import { KPN_SHUTDOWN } from '../../../testing/fixtures';

type Item = MyQueueQuery['myQueue']['edges'][number]['node'];

const HOUR = 3600 * 1000;
const SHUTDOWN = KPN_SHUTDOWN;
// The countdowns are live: `Date` is frozen 11 days 5 h 30 min before KPNQwest's shutdown, so they read the same on a slow machine.
const NOW = new Date(Date.parse(SHUTDOWN) - (11 * 24 * HOUR + 5 * HOUR + 30 * 60 * 1000));
freezeDateAt(NOW);

function item(name: string, reason: Item['reason'], urgency: number, extra: Partial<Item> = {}): Item {
  return {
    __typename: 'QueueItem',
    reason,
    dueAt: null,
    urgency,
    urgencyFactors: [],
    account: {
      __typename: 'Account',
      id: `acc-${name}`,
      version: 1,
      name,
      countries: ['FR', 'NL'],
      lastContactAt: null,
      createdAt: '2026-11-20T08:00:00Z',
      rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest', shutdownExpectedAt: SHUTDOWN },
      monthlySpend: { __typename: 'Money', amount: 1850000, currency: 'EUR' },
    },
    opportunity: null,
    priority: { __typename: 'QueuePriority', deadlines: [] },
    ...extra,
  };
}

/** A shutdown ahead as the queue gives it: sign `leadDays` before it to migrate in time. */
function deadline(goesDarkAt: string, weightPercent: number, leadDays: number, nowPercent: number, laterPercent: number) {
  return {
    __typename: 'QueueDeadline' as const,
    goesDarkAt,
    weightPercent,
    migrationLeadDays: leadDays,
    signBy: new Date(Date.parse(goesDarkAt) - leadDays * 24 * HOUR).toISOString(),
    nowPercent,
    laterPercent,
  };
}
const DELAYED = new Date(Date.parse(SHUTDOWN) + 28 * 24 * HOUR).toISOString();

/** One page of the queue: by default the whole of it; `after` the cursor of the page before (cursors are `c<position>`). */
function queue(items: Item[], page: { after?: string | null; offset?: number; totalCount?: number; totalCountCapped?: boolean; hasNextPage?: boolean } = {}) {
  const { after = null, offset = 0, totalCount = items.length, totalCountCapped = false, hasNextPage = false } = page;
  const edges = items.map((node, i) => ({ __typename: 'QueueItemEdge' as const, cursor: `c${offset + i}`, node }));
  return {
    request: { query: MyQueueDocument, variables: { first: 50, after } },
    result: {
      data: {
        myQueue: {
          __typename: 'QueueItemConnection' as const,
          totalCount,
          totalCountCapped,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? edges[edges.length - 1].cursor : null },
          edges,
        },
      },
    },
  };
}

function entriesOf(list: HTMLElement) {
  return within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
}

const ITEMS = [
  item('Euronext', 'OVERDUE', 82, {
    dueAt: new Date(NOW.getTime() - 2 * HOUR - 60_000).toISOString(),
    urgencyFactors: [
      // The api's English words of a past day: the screen words the codes itself, in the reader's language and as of now.
      { __typename: 'UrgencyFactor', key: 'shutdown_within_14_days', points: 30, params: { __typename: 'UrgencyFactorParams', daysLeft: null } },
      { __typename: 'UrgencyFactor', key: 'no_backup_provider', points: 20, params: { __typename: 'UrgencyFactorParams', daysLeft: null } },
      { __typename: 'UrgencyFactor', key: 'monthly_spend', points: 9, params: { __typename: 'UrgencyFactorParams', daysLeft: null } },
    ],
    opportunity: { __typename: 'Opportunity', id: 'opp-1', stage: 'identified', overdue: true },
    // Two shutdowns ahead: the first whose signing date is still ahead is the one to act on.
    priority: { __typename: 'QueuePriority', deadlines: [deadline(SHUTDOWN, 60, 10, 31.4, 28.6), deadline(DELAYED, 40, 10, 80, 79)] },
  }),
  item('Opodo', 'DUE_SOON', 64, {
    // A member of a customer collective that announced its cancellations (issue #21).
    urgencyFactors: [{ __typename: 'UrgencyFactor', key: 'collective_cancellation', points: 20, params: { __typename: 'UrgencyFactorParams', daysLeft: 5 } }],
    opportunity: { __typename: 'Opportunity', id: 'opp-2', stage: 'contacted', overdue: false },
    // Its migration takes longer than the time left: too late before the shutdown.
    priority: { __typename: 'QueuePriority', deadlines: [deadline(SHUTDOWN, 100, 12, 0, 0)] },
  }),
  item('Lycos Europe', 'CLAIMABLE', 71, {
    // Nothing to win before the first shutdown, much before the later one: that is the one to show.
    priority: { __typename: 'QueuePriority', deadlines: [deadline(SHUTDOWN, 60, 7, 0, 0), deadline(DELAYED, 40, 7, 52, 47)] },
  }),
];

describe('/ (my queue)', () => {
  it('shows the items in the api’s order, each with its reason, urgency and why', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS)] });
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/);
    const list = await screen.findByRole('list', { name: 'My queue' });
    const entries = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(entries.map((li) => within(li).getAllByRole('link')[0].textContent)).toEqual(['Euronext', 'Opodo', 'Lycos Europe']);
    expect(entries[0]).toHaveTextContent('Overdue: make the first contact');
    expect(within(entries[0]).getByLabelText('Urgency 82')).toHaveTextContent('82');
    const why = within(entries[0]).getByRole('list', { name: 'Why it is urgent' });
    // The factor's countdown reads as the countdown beside it.
    expect(why).toHaveTextContent('+30 KPNQwest’s network may go dark in 11 d 5 h');
    expect(why).toHaveTextContent('+20 Euronext has no backup provider: if KPNQwest goes dark, so does it');
    expect(why).toHaveTextContent('+9 Spends €18,500.00 a month with KPNQwest');
    expect(entries[1]).toHaveTextContent('Due soon: send a proposal');
    expect(within(entries[1]).getByRole('list', { name: 'Why it is urgent' })).toHaveTextContent('+20 Its customer collective announced cancellations with KPNQwest in 5 days');
    expect(entries[0]).toHaveTextContent(/Overdue by 2 h \d+ min/);
    expect(entries[0]).toHaveTextContent(/KPNQwest may go dark in 11 d 5 h/);
    expect(entries[0]).toHaveTextContent('€18,500.00 / month');
    expect(entries[2]).toHaveTextContent('Nobody owns it yet: claim it');
    expect(within(entries[0]).getByRole('link', { name: 'Euronext' })).toHaveAttribute('href', '/accounts/acc-Euronext');
    // When to sign for the migration to fit, and what a day's wait costs in chances (issue #23).
    const signBy = (i: number) => within(entries[i]).queryByTestId('queue-sign-by')?.textContent ?? null;
    const day = '[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+';
    expect(signBy(0)).toMatch(new RegExp(`^Needs 10 days to migrate: sign by ${day} if KPNQwest runs until \\d+ \\w+ \\(60% likely; 31% if worked today, 29% tomorrow\\)$`));
    expect(signBy(1)).toMatch(new RegExp(`^Too late to migrate before KPNQwest goes dark on ${day}$`));
    expect(signBy(2)).toMatch(new RegExp(`^Needs 7 days to migrate: sign by ${day} if KPNQwest runs until \\d+ \\w+ \\(40% likely; 52% if worked today, 47% tomorrow\\)$`));
  });

  it('says when to sign with the one date known, and nothing without a date', async () => {
    const items = [
      item('Tiscali', 'CLAIMABLE', 40, { priority: { __typename: 'QueuePriority', deadlines: [deadline(SHUTDOWN, 100, 5, 12, 0.26)] } }),
      item('Jazztel', 'CLAIMABLE', 30),
    ];
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(items)] });
    const entries = entriesOf(await screen.findByRole('list', { name: 'My queue' }));
    expect(within(entries[0]).getByTestId('queue-sign-by').textContent).toMatch(/^Needs 5 days to migrate: sign by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \(12% if worked today, 0\.3% tomorrow\)$/);
    expect(within(entries[1]).queryByTestId('queue-sign-by')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    const fr = entriesOf(await screen.findByRole('list', { name: 'Ma file' }));
    expect(within(fr[0]).getByTestId('queue-sign-by').textContent).toMatch(/^Migration en 5 jours\u00a0: signer d’ici [a-z]+ \d{1,2} [a-zéû]+ \(12\s% si traité aujourd’hui, 0,3\s% demain\)$/u);
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
    expect(within(list).getAllByText(/KPNQwest peut s’éteindre dans 11 j 5 h/, { selector: 'time' })).toHaveLength(3);
    // Why each is there and why it is urgent, in French too, with French numbers: no English sentence left.
    const entries = entriesOf(list);
    expect(entries[0]).toHaveTextContent('En retard : premier contact');
    expect(entries[1]).toHaveTextContent('Bientôt dû : envoyer une proposition');
    expect(entries[2]).toHaveTextContent('Personne ne le suit encore : prenez-le');
    const why = within(entries[0]).getByRole('list', { name: /urgent/i });
    expect(why).toHaveTextContent('+30 Le réseau de KPNQwest peut s’éteindre dans 11 j 5 h');
    expect(why).toHaveTextContent(/\+9 Dépense 18\s500,00\s€ par mois chez KPNQwest/u);
    expect(within(entries[1]).getByRole('list', { name: /urgent/i })).toHaveTextContent('+20 Son collectif de clients a annoncé des résiliations chez KPNQwest dans 5 jours');
    expect(within(entries[0]).getByTestId('queue-sign-by').textContent).toMatch(
      /^Migration en 10 jours\u00a0: signer d’ici [a-z]+ \d{1,2} [a-zéû]+ si KPNQwest tient jusqu’au \d+ [a-zéû.]+ \(probabilité 60\s%\u202f; 31\s% si traité aujourd’hui, 29\s% demain\)$/u,
    );

    expect(within(entries[1]).getByTestId('queue-sign-by').textContent).toMatch(/^Trop tard pour migrer avant la coupure de KPNQwest le [a-z]+ \d{1,2} [a-zéû]+$/u);
    expect(list.textContent).not.toMatch(/Overdue|Nobody|claim it|network|Spends|backup provider|make the first contact|Needs|sign by|worked today/);
    // Issue #20: no raw timestamp ("BEFORE 2026-12-08T05:09:33.269Z"), and the reasons read as sentences, not in capitals.
    expect(list.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    const badge = Array.from(entries[0].querySelectorAll<HTMLElement>('.mantine-Badge-root')).find((b) => b.textContent?.startsWith('En retard'));
    expect(badge?.textContent).toBe('En retard\u00a0: premier contact');
    expect(badge).toHaveStyle({ textTransform: 'none' });
    expect(localStorage.getItem('lifeboat.language')).toBe('fr');
  });

  /** The deal the dialog reads fresh when it opens (its version goes with a move). */
  const quickLogDeal = (proposals: Array<{ id: string; status: string }> = []) => ({
    request: { query: QuickLogDealDocument, variables: { id: 'opp-1' } },
    result: {
      data: {
        node: {
          __typename: 'Opportunity' as const,
          id: 'opp-1',
          version: 2,
          stage: 'identified' as const,
          proposals: proposals.map((p) => ({ __typename: 'Proposal' as const, ...p })),
        },
      },
    },
  });
  const activity = (body: string, extra: Record<string, unknown> = {}) => ({
    __typename: 'Activity' as const,
    id: 'act-1',
    kind: 'call' as const,
    occurredAt: '2026-11-23T09:00:00Z',
    authorLabel: 'Alice Martin',
    body,
    outcome: null,
    outcomeCode: null,
    nextStepAt: null,
    nextStep: null,
    systemEvent: null,
    ...extra,
  });
  const accountAfter = { __typename: 'Account' as const, id: 'acc-Euronext', version: 3, urgency: 80, lastContactAt: '2026-11-23T09:00:00Z' };

  it('logs a call with its next step from an item, in one dialog', async () => {
    const nextStep = '2026-12-01T10:30';
    const logged = {
      request: {
        query: LogActivityDocument,
        variables: {
          input: {
            accountId: 'acc-Euronext',
            kind: 'call',
            body: 'Spoke to the CIO',
            outcome: 'wants a proposal',
            outcomeCode: null,
            nextStep: 'Send the figures',
            nextStepAt: new Date(nextStep).toISOString(),
            moveTo: null,
          },
        },
      },
      result: {
        data: {
          logActivity: {
            __typename: 'LogActivityPayload' as const,
            activity: activity('Spoke to the CIO', { outcome: 'wants a proposal', nextStepAt: new Date(nextStep).toISOString(), nextStep: 'Send the figures' }),
            account: accountAfter,
            opportunity: null,
            stageChange: null,
          },
        },
      },
    };
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS), quickLogDeal(), logged, queue(ITEMS)] });
    await screen.findByRole('list', { name: 'My queue' });
    fireEvent.click(screen.getByRole('button', { name: 'Log a call or an email with Euronext' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an activity with Euronext' });
    fireEvent.change(within(dialog).getByLabelText(/What happened/), { target: { value: 'Spoke to the CIO' } });
    fireEvent.change(within(dialog).getByLabelText('Outcome, in your own words (optional)'), { target: { value: 'wants a proposal' } });
    fireEvent.change(within(dialog).getByLabelText('Next step'), { target: { value: 'Send the figures' } });
    fireEvent.change(within(dialog).getByLabelText('Next step on'), { target: { value: nextStep } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log it' }));
    expect(await screen.findByText('Activity logged.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('a customer who wants an offer: logs the call, moves the deal to contacted and drafts the proposal, then lands on it', async () => {
    // NOW is Tuesday 24 November 2026, 11:30 UTC; "tomorrow" is Wednesday 09:00 in the browser's zone.
    const tomorrow = nextStepDate('tomorrow', NOW, Intl.DateTimeFormat().resolvedOptions().timeZone).toISOString();
    const logged = {
      request: {
        query: LogActivityDocument,
        variables: {
          input: {
            accountId: 'acc-Euronext',
            kind: 'call',
            body: 'Reached – wants an offer',
            outcome: null,
            outcomeCode: 'reached_wants_offer',
            nextStep: 'Send the proposal',
            nextStepAt: tomorrow,
            moveTo: { opportunityId: 'opp-1', expectedVersion: 2, stage: 'contacted' },
          },
        },
      },
      result: {
        data: {
          logActivity: {
            __typename: 'LogActivityPayload' as const,
            activity: activity('Reached – wants an offer', { outcomeCode: 'reached_wants_offer', nextStep: 'Send the proposal', nextStepAt: tomorrow }),
            account: accountAfter,
            opportunity: {
              __typename: 'Opportunity' as const,
              id: 'opp-1',
              version: 3,
              stage: 'contacted' as const,
              stageEnteredAt: NOW.toISOString(),
              dueAt: null,
              overdue: false,
              probability: 25,
            },
            stageChange: activity('Moved from identified to contacted.', { id: 'act-2', kind: 'stage_change' }),
          },
        },
      },
    };
    const drafted = {
      request: { query: DraftProposalDocument, variables: { input: { opportunityId: 'opp-1' } } },
      result: { data: { draftProposal: { __typename: 'DraftProposalPayload' as const, proposal: { __typename: 'Proposal' as const, id: 'prop-9' } } } },
    };
    const { router } = renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS), quickLogDeal(), logged, drafted, queue(ITEMS)] });
    await screen.findByRole('list', { name: 'My queue' });
    fireEvent.click(screen.getByRole('button', { name: 'Log a call or an email with Euronext' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an activity with Euronext' });
    // Nothing to move before the outcome says the customer was reached.
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    fireEvent.click(await within(dialog).findByText('Reached – wants an offer'));
    const move = await within(dialog).findByRole('checkbox', { name: 'Also move the deal: Identified → Contacted' });
    expect(move).toBeChecked();
    expect(within(dialog).getByLabelText('Next step')).toHaveValue('Send the proposal');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log and draft the proposal' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/proposals/prop-9'));
  });

  it('has no log button for an account nobody owns yet', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS)] });
    await screen.findByRole('list', { name: 'My queue' });
    expect(screen.queryByRole('button', { name: /with Lycos Europe/ })).not.toBeInTheDocument();
  });

  describe('claiming an account nobody owns, from the queue', () => {
    const LYCOS = 'acc-Lycos Europe';
    const withLycosAt = (version: number, lycos: Item = ITEMS[2]) => [ITEMS[0], ITEMS[1], { ...lycos, account: { ...lycos.account, version } }];
    const claimMock = (result: () => object) => ({
      request: { query: ClaimAccountDocument, variables: { input: { accountId: LYCOS, expectedVersion: 4 } } },
      result: jest.fn(result),
    });

    it('claims it with the version read, then shows it as the rep’s own deal, which can be logged', async () => {
      const claimed = claimMock(() => ({
        data: {
          claimAccount: {
            __typename: 'ClaimAccountPayload' as const,
            account: { __typename: 'Account' as const, id: LYCOS, version: 5, owner: { __typename: 'User' as const, id: ALICE.user.id, name: 'Alice Martin' } },
          },
        },
      }));
      const yours = item('Lycos Europe', 'DUE_SOON', 71, {
        dueAt: new Date(NOW.getTime() + 20 * HOUR).toISOString(),
        opportunity: { __typename: 'Opportunity', id: 'opp-3', stage: 'identified', overdue: false },
      });
      const refreshed = queue([ITEMS[0], { ...yours, account: { ...yours.account, version: 5 } }, ITEMS[1]]);
      renderRoute('/', { signedInAs: ALICE, mocks: [queue(withLycosAt(4)), claimed, refreshed] });
      const list = await screen.findByRole('list', { name: 'My queue' });
      expect(screen.queryByRole('button', { name: 'Claim Euronext' })).not.toBeInTheDocument();

      fireEvent.click(within(list).getByRole('button', { name: 'Claim Lycos Europe' }));

      expect(await screen.findByText('Lycos Europe is yours.')).toBeInTheDocument();
      expect(claimed.result).toHaveBeenCalledWith({ input: { accountId: LYCOS, expectedVersion: 4 } });
      // The queue, refreshed, ranks it again as the rep's deal: no Claim button, a Log button instead.
      await waitFor(() => expect(entriesOf(list).map((li) => within(li).getAllByRole('link')[0].textContent)).toEqual(['Euronext', 'Lycos Europe', 'Opodo']));
      const lycos = entriesOf(list)[1];
      expect(lycos).toHaveTextContent('Due soon: make the first contact');
      expect(lycos).toHaveTextContent('Identified');
      expect(within(lycos).queryByRole('button', { name: 'Claim Lycos Europe' })).not.toBeInTheDocument();

      fireEvent.click(within(lycos).getByRole('button', { name: 'Log a call or an email with Lycos Europe' }));
      expect(await screen.findByRole('dialog', { name: 'Log an activity with Lycos Europe' })).toBeInTheDocument();
    });

    it('says so when someone claimed it first, and shows the queue as it now stands', async () => {
      const refused = claimMock(() => ({
        errors: [{ message: 'Someone already owns this account: ask a manager to reassign it.', extensions: { code: 'CONFLICT' } }],
      }));
      renderRoute('/', { signedInAs: ALICE, mocks: [queue(withLycosAt(4)), refused, queue([ITEMS[0], ITEMS[1]])] });
      const list = await screen.findByRole('list', { name: 'My queue' });

      fireEvent.click(within(list).getByRole('button', { name: 'Claim Lycos Europe' }));

      expect(await screen.findByText('Someone already owns this account: ask a manager to reassign it.')).toBeInTheDocument();
      expect(screen.getByText('Someone changed it in the meantime.')).toBeInTheDocument();
      await waitFor(() => expect(entriesOf(list).map((li) => within(li).getAllByRole('link')[0].textContent)).toEqual(['Euronext', 'Opodo']));
      expect(screen.queryByRole('button', { name: 'Claim Lycos Europe' })).not.toBeInTheDocument();
    });
  });

  it('shows how many of how many, and the next page on demand, appended after the first', async () => {
    const firstPage = Array.from({ length: 50 }, (_, i) => item(`Customer ${String(i + 1).padStart(2, '0')}`, 'FOLLOW_UP', 60));
    const nextPage = ['Customer 51', 'Customer 52', 'Customer 53'].map((name) => item(name, 'CLAIMABLE', 40));
    renderRoute('/', {
      signedInAs: ALICE,
      mocks: [queue(firstPage, { totalCount: 53, hasNextPage: true }), queue(nextPage, { after: 'c49', offset: 50, totalCount: 53 })],
    });
    const list = await screen.findByRole('list', { name: 'My queue' });
    expect(entriesOf(list)).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 53')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await screen.findByText('Showing 53 of 53')).toBeInTheDocument();
    const names = entriesOf(list).map((li) => within(li).getAllByRole('link')[0].textContent);
    expect(names).toHaveLength(53);
    expect(names.slice(48)).toEqual(['Customer 49', 'Customer 50', 'Customer 51', 'Customer 52', 'Customer 53']);
    // The button is gone: the keyboard carries on from the first item that came in.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Customer 51' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(within(entriesOf(list)[52]).getByRole('button', { name: 'Claim Customer 53' })).toBeInTheDocument();
  });

  it('says “of more than 1,000” when the api stopped counting (EN and FR)', async () => {
    const firstPage = Array.from({ length: 50 }, (_, i) => item(`Customer ${String(i + 1).padStart(2, '0')}`, 'CLAIMABLE', 60));
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(firstPage, { totalCount: 1000, totalCountCapped: true, hasNextPage: true })] });
    expect(await screen.findByText('Showing 50 of more than 1,000')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    expect(await screen.findByText(/^Affichage\s: 50 sur plus de 1\s000$/u)).toBeInTheDocument();
  });

  it('has no “Show more” when the whole queue is shown', async () => {
    renderRoute('/', { signedInAs: ALICE, mocks: [queue(ITEMS)] });
    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});
