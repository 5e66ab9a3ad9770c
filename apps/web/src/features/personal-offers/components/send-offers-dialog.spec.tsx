import { fireEvent, screen, within } from '@testing-library/react';
import { AccountsDocument, GeneratePersonalOffersDocument, PersonalOfferBatchesDocument } from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

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

  it('lists a campaign’s batches with their progress', async () => {
    renderRoute('/offers', {
      signedInAs: MANON,
      mocks: [
        {
          request: { query: PersonalOfferBatchesDocument, variables: { campaignId: 'camp-kpn' } },
          result: {
            data: {
              personalOfferBatches: [
                {
                  __typename: 'PersonalOfferBatch' as const,
                  id: 'batch-1',
                  status: 'completed',
                  discountPercent: 10,
                  approvalLevel: 'rep',
                  termMonths: 12,
                  expiresAt: '2026-12-14T10:00:00.000Z',
                  collectiveId: null,
                  createdBy: 'Manon Leroy',
                  createdAt: '2026-12-07T10:00:00.000Z',
                  finishedAt: '2026-12-07T10:00:05.000Z',
                  progress: { __typename: 'PersonalOfferProgress' as const, generated: 120, opened: 45, accepted: 12, expired: 3 },
                },
              ],
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Batches of personal offers' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('by Manon Leroy');
    expect(rows[1]).toHaveTextContent('10% off, 12 months');
    expect(rows[1]).toHaveTextContent(/1204512\s*3/);
  });
});
