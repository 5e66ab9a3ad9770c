import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  AccountsDocument,
  AssignAccountDocument,
  BulkAssignmentPreviewDocument,
  BulkAssignmentProgressDocument,
  StartBulkAssignmentDocument,
  type AccountsQuery,
  type DistributionStrategy,
} from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

type Row = AccountsQuery['accounts']['edges'][number]['node'];

const ALICE_ID = 'VXNlcjphbGljZQ';
const BRUNO_ID = 'VXNlcjpicnVubw';

function row(id: string, name: string, owner: Row['owner'] = null): Row {
  return {
    __typename: 'Account',
    id,
    version: 3,
    name,
    segment: 'smb_web',
    countries: ['FR'],
    urgency: 50,
    monthlySpend: { __typename: 'Money', amount: 9_900, currency: 'EUR' },
    owner,
    currentOpportunity: null,
  };
}

const ROWS = [row('a1', 'Euronext', { __typename: 'User', id: ALICE_ID, name: 'Alice Martin' }), row('a2', 'Opodo'), row('a3', 'Lycos Europe')];
const FIRST = { orderBy: 'URGENCY' as const, first: 25, after: null };

const accountsPage = (variables: Record<string, unknown>, rows: Row[]) => ({
  request: { query: AccountsDocument, variables },
  result: {
    data: {
      accounts: {
        __typename: 'AccountConnection' as const,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ __typename: 'AccountEdge' as const, cursor: `c-${node.id}`, node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const input = (repIds: string[], strategy: DistributionStrategy, filter: Record<string, unknown> = {}) => ({ campaignId: 'camp-kpn', filter, repIds, strategy });

const preview = (repIds: string[], strategy: DistributionStrategy, counts: number[], filter: Record<string, unknown> = {}) => ({
  request: { query: BulkAssignmentPreviewDocument, variables: { input: input(repIds, strategy, filter) } },
  result: {
    data: {
      bulkAssignmentPreview: {
        __typename: 'BulkAssignmentPreview' as const,
        total: counts.reduce((a, b) => a + b, 0),
        strategy,
        shares: repIds.map((id, i) => ({
          __typename: 'BulkAssignmentShare' as const,
          repId: id,
          openAccounts: id === ALICE_ID ? 4 : 0,
          count: counts[i],
          rep: { __typename: 'User' as const, id, name: id === ALICE_ID ? 'Alice Martin' : 'Bruno Petit' },
        })),
      },
    },
  },
});

async function choose(label: string, option: string) {
  const dialog = screen.getByRole('dialog');
  const picker = within(dialog).getByRole('combobox', { name: label });
  fireEvent.focus(picker);
  fireEvent.click(picker);
  await waitFor(() => expect(picker).toHaveAttribute('aria-expanded', 'true'));
  const listbox = document.getElementById(picker.getAttribute('aria-controls') ?? '') as HTMLElement;
  fireEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('hand out the listed accounts (managers)', () => {
  it('previews who gets how many for the list’s filters, switches strategy, then follows the job to the end', async () => {
    renderRoute('/accounts', {
      signedInAs: MANON,
      mocks: [
        accountsPage(FIRST, ROWS),
        preview([ALICE_ID], 'round_robin', [3]),
        preview([ALICE_ID, BRUNO_ID], 'round_robin', [2, 1]),
        preview([ALICE_ID, BRUNO_ID], 'by_load', [0, 3]),
        {
          request: { query: StartBulkAssignmentDocument, variables: { input: input([ALICE_ID, BRUNO_ID], 'by_load') } },
          result: { data: { startBulkAssignment: { __typename: 'StartBulkAssignmentPayload' as const, bulkAssignment: { __typename: 'BulkAssignment' as const, id: 'job-1', status: 'queued' as const, total: 3, done: 0 } } } },
        },
        {
          request: { query: BulkAssignmentProgressDocument, variables: { id: 'job-1' } },
          result: { data: { bulkAssignment: { __typename: 'BulkAssignment' as const, id: 'job-1', status: 'completed' as const, total: 3, done: 3, assignedCount: 3, skippedCount: 0 } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    const open = await screen.findByRole('button', { name: 'Hand out 3 accounts' });
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Hand out the listed accounts' });
    // Only reps are offered (not Manon, the manager).
    await choose('Reps', 'Alice Martin');
    expect(await within(dialog).findByText('3 accounts to hand out:')).toBeInTheDocument();
    await choose('Reps', 'Bruno Petit');
    const table = await within(dialog).findByRole('table', { name: 'Who gets how many' });
    await waitFor(() => expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['RepOpen accounts nowGets', 'Alice Martin42', 'Bruno Petit01']));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'By load' }));
    await waitFor(() =>
      expect(within(within(dialog).getByRole('table', { name: 'Who gets how many' })).getAllByRole('row').map((r) => r.textContent)).toEqual([
        'RepOpen accounts nowGets',
        'Alice Martin40',
        'Bruno Petit03',
      ]),
    );
    expect(within(dialog).getByText('Each account to the rep with the fewest open accounts so far.')).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand out 3 accounts' }));
    expect(await within(dialog).findByText('Done: 3 of 3.')).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar', { name: 'Progress of the hand-out' })).toHaveAttribute('aria-valuenow', '100');
    expect(within(dialog).getByText('3 accounts assigned; each rep was notified once.')).toBeInTheDocument();
  });

  it('says the reps’ queues are being readied once every account is handed out, before it is done', async () => {
    const progress = (status: 'running' | 'completed') => ({
      request: { query: BulkAssignmentProgressDocument, variables: { id: 'job-2' } },
      result: { data: { bulkAssignment: { __typename: 'BulkAssignment' as const, id: 'job-2', status, total: 3, done: 3, assignedCount: 3, skippedCount: 0 } } },
    });
    renderRoute('/accounts', {
      signedInAs: MANON,
      mocks: [
        accountsPage(FIRST, ROWS),
        preview([ALICE_ID], 'round_robin', [3]),
        {
          request: { query: StartBulkAssignmentDocument, variables: { input: input([ALICE_ID], 'round_robin') } },
          result: { data: { startBulkAssignment: { __typename: 'StartBulkAssignmentPayload' as const, bulkAssignment: { __typename: 'BulkAssignment' as const, id: 'job-2', status: 'queued' as const, total: 3, done: 0 } } } },
        },
        progress('running'),
        { ...progress('completed'), maxUsageCount: Number.POSITIVE_INFINITY },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Hand out 3 accounts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand out the listed accounts' });
    await choose('Reps', 'Alice Martin');
    expect(await within(dialog).findByText('3 accounts to hand out:')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand out 3 accounts' }));
    expect(await within(dialog).findByText('All 3 handed out; getting the reps’ queues ready…')).toBeInTheDocument();
    expect(await within(dialog).findByText('Done: 3 of 3.', undefined, { timeout: 3000 })).toBeInTheDocument();
  });

  it('writes large counts as the language groups them (French: 20 345, not 20345)', async () => {
    renderRoute('/accounts', {
      signedInAs: MANON,
      language: 'fr',
      mocks: [accountsPage(FIRST, ROWS), preview([ALICE_ID], 'round_robin', [20_345])],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Répartir 3 comptes' }));
    const dialog = await screen.findByRole('dialog');
    await choose('Commerciaux', 'Alice Martin');
    // Intl's French grouping separator is a narrow no-break space.
    const grouped = new Intl.NumberFormat('fr-FR').format(20_345);
    expect(grouped).not.toBe('20345');
    // (textContent: the queries' default normalizer would turn that space into a plain one.)
    await waitFor(() => expect(dialog.textContent).toContain(`${grouped} comptes à répartir\u00a0:`), { timeout: 3000 });
    expect(dialog.textContent).toContain(`Répartir ${grouped} comptes`);
    expect(within(dialog).getByRole('row', { name: /Alice Martin/ }).textContent).toContain(grouped);
  });

  it('hands out the list as filtered (here by country), and says so when nothing matches', async () => {
    renderRoute('/accounts', {
      signedInAs: MANON,
      mocks: [accountsPage(FIRST, ROWS), accountsPage({ ...FIRST, country: 'PT' }, ROWS.slice(1)), preview([BRUNO_ID], 'round_robin', [], { country: 'PT' })],
    });
    await screen.findByRole('button', { name: 'Hand out 3 accounts' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Country' }), { target: { value: 'pt' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Hand out 2 accounts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand out the listed accounts' });
    await choose('Reps', 'Bruno Petit');
    expect(await within(dialog).findByText('No account matches the filters: nothing to hand out.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Hand out 0 accounts' })).toBeDisabled();
  });

  it('reassigns one account from the list', async () => {
    renderRoute('/accounts', {
      signedInAs: MANON,
      mocks: [
        accountsPage(FIRST, ROWS),
        {
          request: { query: AssignAccountDocument, variables: { input: { accountId: 'a1', expectedVersion: 3, ownerId: BRUNO_ID } } },
          result: { data: { assignAccount: { __typename: 'AssignAccountPayload' as const, account: { __typename: 'Account' as const, id: 'a1', version: 4, owner: { __typename: 'User' as const, id: BRUNO_ID, name: 'Bruno Petit' } } } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Reassign Euronext' }));
    const dialog = await screen.findByRole('dialog', { name: 'Who owns Euronext?' });
    expect(within(dialog).getByText('Owned by Alice Martin now.')).toBeInTheDocument();
    await choose('Owner', 'Bruno Petit');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The account is now Bruno Petit’s.')).toBeInTheDocument();
  });
});
