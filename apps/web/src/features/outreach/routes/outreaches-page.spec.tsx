import { screen, within } from '@testing-library/react';
import { OutreachesDocument } from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

const outreach = (id: string, subject: string, status: 'sending' | 'completed', sent: number, collective: string | null) => ({
  __typename: 'Outreach' as const,
  id,
  status,
  language: 'en' as const,
  subject,
  body: 'Hello {{contactName}}',
  createdBy: 'Manon',
  createdAt: '2026-12-07T10:00:00.000Z',
  finishedAt: null,
  campaign: { __typename: 'Campaign' as const, id: 'camp-kpn', name: 'KPNQwest takeover' },
  collective: collective ? { __typename: 'Collective' as const, id: 'col-1', name: collective } : null,
  progress: {
    __typename: 'OutreachProgress' as const,
    recipients: 120,
    queued: 120 - sent,
    sent,
    bounced: 2,
    failed: 0,
    uncertain: 0,
    suppressed: 0,
    cancelled: 0,
    unsubscribed: 1,
    skippedSuppressed: 0,
    resentAfterInterruption: 0,
    offerOpened: 0,
    offerAccepted: 0,
  },
});

describe('the campaign’s outreaches (managers)', () => {
  it('lists them newest first with their mails’ outcomes, each linking to its page', async () => {
    renderRoute('/outreaches', {
      signedInAs: MANON,
      mocks: [
        {
          request: { query: OutreachesDocument, variables: { campaignId: 'camp-kpn', first: 50 } },
          result: {
            data: {
              outreaches: {
                __typename: 'OutreachConnection' as const,
                totalCount: 2,
                edges: [
                  { __typename: 'OutreachEdge' as const, node: outreach('o2', 'Before the shutdown', 'sending', 40, null) },
                  { __typename: 'OutreachEdge' as const, node: outreach('o1', 'To the collective', 'completed', 118, 'VPN Users Club') },
                ],
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Outreaches' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'Before the shutdown' })).toHaveAttribute('href', '/outreaches/o2');
    expect(rows[0]).toHaveTextContent('40 / 120');
    expect(rows[0]).toHaveTextContent('Sending');
    expect(rows[1]).toHaveTextContent('To the collective VPN Users Club');
    expect(rows[1]).toHaveTextContent('Completed');
  });
});
