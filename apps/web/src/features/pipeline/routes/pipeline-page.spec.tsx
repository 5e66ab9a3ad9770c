import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DealDocument, MoveOpportunityDocument, PipelineDealsDocument, type PipelineDealFragment, type Stage } from '../../../gql/graphql';
import { ALICE, renderRoute } from '../../../testing/render-route';
import { freezeDateAt } from '../../../testing/clock';

// The countdowns are live: `Date` is frozen at NOW so they read the same on a slow machine.
const NOW = new Date('2026-11-23T09:00:00Z');
freezeDateAt(NOW);

const STAGES: Stage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'won', 'lost'];

function deal(id: string, name: string, stage: Stage, amount: number, extra: Partial<PipelineDealFragment> = {}): PipelineDealFragment {
  return {
    __typename: 'Opportunity',
    id,
    version: 4,
    stage,
    dueAt: new Date(NOW.getTime() + 26 * 3600 * 1000).toISOString(),
    overdue: false,
    monthlyValue: { __typename: 'Money', amount, currency: 'EUR' },
    account: {
      __typename: 'Account',
      id: `acc-${id}`,
      name,
      segment: 'enterprise_vpn',
      owner: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin' },
      rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest' },
    },
    ...extra,
  };
}

type Filters = { campaignId: string | null; ownerId: string | null; segment: string | null; rivalId: string | null; overdue: boolean | null };
const NO_FILTER: Filters = { campaignId: null, ownerId: null, segment: null, rivalId: null, overdue: null };

function column(stage: Stage, deals: PipelineDealFragment[], filters: Partial<Filters> = {}, totalCount = deals.length) {
  return {
    request: { query: PipelineDealsDocument, variables: { stage, ...NO_FILTER, ...filters, first: 200, after: null } },
    result: {
      data: {
        opportunities: {
          __typename: 'OpportunityConnection' as const,
          totalCount,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: deals.map((node) => ({ __typename: 'OpportunityEdge' as const, node })),
        },
      },
    },
  };
}

const EURONEXT = deal('opp-1', 'Euronext', 'identified', 2_400_000);
const OPODO = deal('opp-2', 'Opodo', 'identified', 1_100_000, { overdue: true, dueAt: new Date(NOW.getTime() - 3 * 3600 * 1000).toISOString() });
const HP = deal('opp-3', 'Hewlett-Packard', 'contacted', 9_000_000);

function board(overrides: Partial<Record<Stage, PipelineDealFragment[]>> = {}) {
  const deals: Record<Stage, PipelineDealFragment[]> = { identified: [EURONEXT, OPODO], contacted: [HP], proposal_sent: [], negotiating: [], won: [], lost: [], ...overrides };
  return STAGES.map((stage) => column(stage, deals[stage]));
}

function moveMock(to: Stage, result: object) {
  return {
    request: { query: MoveOpportunityDocument, variables: { input: { opportunityId: 'opp-1', expectedVersion: 4, stage: to } } },
    result,
  };
}

async function moveByKeyboard(name: string, stage: string) {
  const card = await screen.findByRole('listitem', { name });
  fireEvent.click(within(card).getByRole('button', { name: `Move ${name} to…` }));
  fireEvent.click(await screen.findByRole('menuitem', { name: `Move to ${stage}` }));
}

describe('/pipeline', () => {
  it('shows a column per stage with its count and monthly value; overdue deals stand out', async () => {
    renderRoute('/pipeline', { signedInAs: ALICE, mocks: board() });
    const identified = await screen.findByRole('region', { name: 'Identified' });
    expect(await within(identified).findByRole('listitem', { name: 'Euronext' })).toBeInTheDocument();
    expect(within(identified).getByLabelText('2 deals worth €35,000.00 a month')).toBeInTheDocument();
    expect(within(identified).getByRole('listitem', { name: 'Opodo' })).toHaveTextContent(/overdue by 3 h/);
    expect(within(within(identified).getByRole('listitem', { name: 'Opodo' })).getByLabelText('Overdue')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Won' })).getByText('No deal')).toBeInTheDocument();
  });

  it('offers only the moves the pipeline allows, from the keyboard menu', async () => {
    renderRoute('/pipeline', { signedInAs: ALICE, mocks: board() });
    const card = await screen.findByRole('listitem', { name: 'Euronext' });
    fireEvent.click(within(card).getByRole('button', { name: 'Move Euronext to…' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Move to Contacted', 'Move to Lost']);
  });

  it('moves a deal with "Move to…" and shows the board again', async () => {
    const moved = moveMock('contacted', {
      data: {
        moveOpportunity: {
          __typename: 'MoveOpportunityPayload',
          opportunity: { __typename: 'Opportunity', id: 'opp-1', version: 5, stage: 'contacted', stageEnteredAt: '2026-11-23T09:00:00Z', dueAt: null, overdue: false, probability: 25 },
        },
      },
    });
    renderRoute('/pipeline', {
      signedInAs: ALICE,
      mocks: [...board(), moved, ...board({ identified: [OPODO], contacted: [{ ...EURONEXT, stage: 'contacted', version: 5 }, HP] })],
    });
    await moveByKeyboard('Euronext', 'Contacted');
    expect(await screen.findByText('Euronext moved to Contacted.')).toBeInTheDocument();
    const contacted = screen.getByRole('region', { name: 'Contacted' });
    expect(await within(contacted).findByRole('listitem', { name: 'Euronext' })).toBeInTheDocument();
  });

  it('shows the api’s reason when it refuses a move', async () => {
    const refused = moveMock('contacted', {
      errors: [{ message: 'You may only move deals of the accounts you own.', extensions: { code: 'FORBIDDEN' } }],
    });
    renderRoute('/pipeline', { signedInAs: ALICE, mocks: [...board(), refused] });
    await moveByKeyboard('Euronext', 'Contacted');
    expect(await screen.findByText(/was not moved/)).toHaveTextContent('Euronext was not moved: You may only move deals of the accounts you own.');
  });

  it('on a conflict, says where the deal is now and reloads the board', async () => {
    const conflict = moveMock('contacted', {
      errors: [{ message: 'The opportunity changed since you read it.', extensions: { code: 'CONFLICT' } }],
    });
    const current = {
      request: { query: DealDocument, variables: { id: 'opp-1' } },
      result: { data: { node: { __typename: 'Opportunity', id: 'opp-1', version: 6, stage: 'lost', dueAt: null, overdue: false } } },
    };
    renderRoute('/pipeline', {
      signedInAs: ALICE,
      mocks: [...board(), conflict, current, ...board({ identified: [OPODO], lost: [{ ...EURONEXT, stage: 'lost', version: 6 }] })],
    });
    await moveByKeyboard('Euronext', 'Contacted');
    expect(await screen.findByText(/Someone changed/)).toHaveTextContent('Someone changed Euronext in the meantime: it is now in Lost.');
    expect(await within(screen.getByRole('region', { name: 'Lost' })).findByRole('listitem', { name: 'Euronext' })).toBeInTheDocument();
  });

  it('asks why before marking a deal lost', async () => {
    const lost = {
      request: {
        query: MoveOpportunityDocument,
        variables: { input: { opportunityId: 'opp-1', expectedVersion: 4, stage: 'lost', lostReason: 'chose_competitor', lostToBidder: 'Vanco' } },
      },
      result: {
        data: {
          moveOpportunity: {
            __typename: 'MoveOpportunityPayload',
            opportunity: { __typename: 'Opportunity', id: 'opp-1', version: 5, stage: 'lost', stageEnteredAt: '2026-11-23T09:00:00Z', dueAt: null, overdue: false, probability: 0 },
          },
        },
      },
    };
    renderRoute('/pipeline', { signedInAs: ALICE, mocks: [...board(), lost, ...board()] });
    await moveByKeyboard('Euronext', 'Lost');
    const dialog = await screen.findByRole('dialog', { name: 'Euronext: mark as lost' });
    const confirm = within(dialog).getByRole('button', { name: 'Mark as lost' });
    expect(confirm).toBeDisabled();
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Why was it lost/ }), { target: { value: 'chose_competitor' } });
    fireEvent.change(within(dialog).getByLabelText(/Lost to/), { target: { value: 'Vanco' } });
    fireEvent.click(confirm);
    expect(await screen.findByText('Euronext moved to Lost.')).toBeInTheDocument();
  });

  it('filters on the api: a segment asks each column for its deals of that segment, and the counts are the api’s', async () => {
    const hosting = deal('opp-9', 'Lycos Europe', 'identified', 500_000, { account: { ...EURONEXT.account, id: 'acc-9', name: 'Lycos Europe', segment: 'hosting' } });
    const filtered = STAGES.map((stage) => (stage === 'identified' ? column(stage, [hosting], { segment: 'hosting' }, 241) : column(stage, [], { segment: 'hosting' })));
    renderRoute('/pipeline', { signedInAs: ALICE, mocks: [...board(), ...filtered] });
    const identified = await screen.findByRole('region', { name: 'Identified' });
    await within(identified).findByRole('listitem', { name: 'Euronext' });
    const picker = screen.getByRole('combobox', { name: 'Segment' });
    fireEvent.focus(picker);
    fireEvent.click(picker);
    await waitFor(() => expect(picker).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(picker.getAttribute('aria-controls') ?? '') as HTMLElement;
    fireEvent.click(within(listbox).getByRole('option', { name: 'Hosting', hidden: true }));
    expect(await within(identified).findByRole('listitem', { name: 'Lycos Europe' })).toBeInTheDocument();
    expect(within(identified).queryByRole('listitem', { name: 'Euronext' })).not.toBeInTheDocument();
    // The column's count is the api's total for the filter, not the cards loaded.
    expect(within(identified).getByLabelText('241 deals worth €5,000.00 a month')).toBeInTheDocument();
  });

  it('tells a screen reader which account is picked up and where it is, by name', async () => {
    renderRoute('/pipeline', { signedInAs: ALICE, mocks: board() });
    const card = await screen.findByRole('listitem', { name: 'Euronext' });
    // dnd-kit's live region: it read "Picked up draggable item opp-1" before.
    fireEvent.keyDown(card, { code: 'Space', key: ' ' });
    const live = await waitFor(() => {
      const region = document.querySelector('[role="status"][aria-live="assertive"]');
      expect(region?.textContent).toBe('Picked up Euronext, now in the Identified stage.');
      return region as HTMLElement;
    });
    fireEvent.keyDown(card, { code: 'Escape', key: 'Escape' });
    await waitFor(() => expect(live.textContent).toBe('Euronext stays in the Identified stage.'));
    expect(document.body.textContent).not.toMatch(/opp-1|draggable item/i);
  });
});
