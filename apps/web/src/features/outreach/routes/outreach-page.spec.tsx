import { screen, within } from '@testing-library/react';
import { OutreachDocument } from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

const mock = (progress: Partial<Record<string, number>>) => ({
  request: { query: OutreachDocument, variables: { id: 'o1' } },
  result: {
    data: {
      outreach: {
        __typename: 'Outreach' as const,
        id: 'o1',
        status: 'completed' as const,
        language: 'fr' as const,
        subject: 'Votre offre avant la fermeture',
        body: 'Bonjour {{contactName}}, votre offre : {{offerLink}}',
        createdBy: 'Manon',
        createdAt: '2026-12-07T10:00:00.000Z',
        finishedAt: '2026-12-07T10:05:00.000Z',
        campaign: { __typename: 'Campaign' as const, id: 'camp-kpn', name: 'KPNQwest takeover' },
        collective: null,
        progress: {
          __typename: 'OutreachProgress' as const,
          recipients: 1200,
          queued: 0,
          sent: 1180,
          bounced: 12,
          failed: 0,
          uncertain: 0,
          suppressed: 8,
          cancelled: 0,
          unsubscribed: 9,
          skippedSuppressed: 0,
          resentAfterInterruption: 0,
          offerOpened: 310,
          offerAccepted: 42,
          ...progress,
        },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('an outreach’s page', () => {
  it('shows its results — sent, bounced, unsubscribed, offers opened and accepted — in English', async () => {
    renderRoute('/outreaches/o1', { signedInAs: MANON, mocks: [mock({})] });
    const results = await screen.findByRole('region', { name: 'Results' });
    expect(results).toHaveTextContent('Sent1,180');
    expect(results).toHaveTextContent('Bounced12');
    expect(results).toHaveTextContent('Unsubscribed9');
    expect(results).toHaveTextContent('Offer opened310');
    expect(results).toHaveTextContent('Offer accepted42');
    // Nothing was interrupted: no such count.
    const progress = screen.getByRole('region', { name: 'Progress' });
    expect(within(progress).queryByText('Resent after an interruption')).toBeNull();
    expect(within(progress).queryByText('Uncertain')).toBeNull();
  });

  it('in French, says how many mails were resent after an interruption (same Message-ID)', async () => {
    renderRoute('/outreaches/o1', { signedInAs: MANON, language: 'fr', mocks: [mock({ resentAfterInterruption: 3 })] });
    const results = await screen.findByRole('region', { name: 'Résultats' });
    expect(results).toHaveTextContent('Offre ouverte310');
    expect(results).toHaveTextContent('Offre acceptée42');
    const progress = screen.getByRole('region', { name: 'Avancement' });
    expect(progress).toHaveTextContent('Renvoyés après une interruption3');
    expect(progress).toHaveTextContent('3 messages étaient en cours d’envoi quand un expéditeur s’est arrêté : ils ont été renvoyés avec le même Message-ID');
  });
});
