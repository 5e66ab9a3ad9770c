import { fireEvent, screen, within } from '@testing-library/react';
import { AccountsDocument, GeneratePersonalOffersDocument, PersonalOfferBatchesDocument } from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';
import { BATCHES_PAGE_SIZE } from '../routes/offers-page';

const FIRST = { orderBy: 'URGENCY' as const, first: 25, after: null };
const accountsPage = {
  request: { query: AccountsDocument, variables: FIRST },
  result: {
    data: {
      accounts: {
        __typename: 'AccountConnection' as const,
        totalCount: 3,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: ['Euronext', 'Opodo', 'Lycos Europe'].map((name, i) => ({
          __typename: 'AccountEdge' as const,
          cursor: `c-${i}`,
          node: {
            __typename: 'Account' as const,
            id: `a${i}`,
            version: 1,
            name,
            segment: 'smb_web' as const,
            countries: ['FR'],
            urgency: 50,
            monthlySpend: { __typename: 'Money' as const, amount: 9_900, currency: 'EUR' },
            owner: null,
            currentOpportunity: null,
          },
        })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const input = (dryRun: boolean) => ({ campaignId: 'camp-kpn', filter: {}, discountPercent: 10, termMonths: 12, validityDays: 7, dryRun });
const generate = (dryRun: boolean) => ({
  request: { query: GeneratePersonalOffersDocument, variables: { input: input(dryRun) } },
  result: {
    data: {
      generatePersonalOffers: {
        __typename: 'GeneratePersonalOffersPayload' as const,
        count: 3,
        batch: dryRun ? null : { __typename: 'PersonalOfferBatch' as const, id: 'batch-1', status: 'queued' },
      },
    },
  },
});

describe('send personal offers (managers)', () => {
  it('counts the listed accounts that would get an offer (dry run), then queues them', async () => {
    renderRoute('/accounts', { signedInAs: MANON, mocks: [accountsPage, generate(true), generate(false)] });
    await screen.findByRole('button', { name: 'Hand out 3 accounts' });
    fireEvent.click(screen.getByRole('button', { name: 'Send personal offers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send personal offers' });
    expect(within(dialog).getByRole('button', { name: 'Send 0 offers' })).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Count the accounts' }));
    expect(await within(dialog).findByText('3 accounts will get an offer.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send 3 offers' }));
    expect(await within(dialog).findByText('3 offers are being written.')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Follow them on the personal offers page' })).toHaveAttribute('href', '/offers');
  });

  const batch = (id: string, createdBy: string, createdAt: string) => ({
    __typename: 'PersonalOfferBatch' as const,
    id,
    status: 'completed',
    discountPercent: 10,
    approvalLevel: 'rep',
    termMonths: 12,
    expiresAt: '2026-12-14T10:00:00.000Z',
    collectiveId: null,
    createdBy,
    createdAt,
    finishedAt: '2026-12-07T10:00:05.000Z',
    progress: { __typename: 'PersonalOfferProgress' as const, generated: 120, opened: 45, accepted: 12, expired: 3 },
  });
  const page = (nodes: ReturnType<typeof batch>[], totalCount: number, endCursor: string | null, hasNextPage: boolean) => ({
    data: {
      personalOfferBatches: {
        __typename: 'PersonalOfferBatchConnection' as const,
        totalCount,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
        edges: nodes.map((node) => ({ __typename: 'PersonalOfferBatchEdge' as const, cursor: `c-${node.id}`, node })),
      },
    },
  });

  it('lists a campaign’s batches with their progress', async () => {
    renderRoute('/offers', {
      signedInAs: MANON,
      mocks: [
        {
          request: { query: PersonalOfferBatchesDocument, variables: { campaignId: 'camp-kpn', first: BATCHES_PAGE_SIZE, after: null } },
          result: page([batch('batch-1', 'Manon Leroy', '2026-12-07T10:00:00.000Z')], 1, 'c-batch-1', false),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Batches of personal offers' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('by Manon Leroy');
    expect(rows[1]).toHaveTextContent('10% off, 12 months');
    expect(rows[1]).toHaveTextContent(/1204512\s*3/);
    // One page only: no paging buttons.
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
  });

  it('pages through the batches, newest first: Next asks for the page after the last cursor, Previous goes back', async () => {
    renderRoute('/offers', {
      signedInAs: MANON,
      mocks: [
        {
          request: { query: PersonalOfferBatchesDocument, variables: { campaignId: 'camp-kpn', first: BATCHES_PAGE_SIZE, after: null } },
          result: page([batch('batch-new', 'Manon Leroy', '2026-12-07T10:00:00.000Z')], 2, 'c-batch-new', true),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: PersonalOfferBatchesDocument, variables: { campaignId: 'camp-kpn', first: BATCHES_PAGE_SIZE, after: 'c-batch-new' } },
          result: page([batch('batch-old', 'Marc Dubois', '2026-12-01T10:00:00.000Z')], 2, 'c-batch-old', false),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    expect(await screen.findByText('by Manon Leroy')).toBeInTheDocument();
    expect(screen.getByText('Page 1 · 2 batches in all')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('by Marc Dubois')).toBeInTheDocument();
    expect(screen.queryByText('by Manon Leroy')).not.toBeInTheDocument();
    expect(screen.getByText('Page 2 · 2 batches in all')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('by Manon Leroy')).toBeInTheDocument();
  });
});
