import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccountsDocument, OutreachDocument, QueueOutreachDocument, type AccountsQuery } from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

type Row = AccountsQuery['accounts']['edges'][number]['node'];

const row = (id: string, name: string): Row => ({
  __typename: 'Account',
  id,
  version: 1,
  name,
  segment: 'smb_web',
  countries: ['FR'],
  urgency: 50,
  monthlySpend: { __typename: 'Money', amount: 9_900, currency: 'EUR' },
  owner: null,
  currentOpportunity: null,
});

const accountsPage = {
  request: { query: AccountsDocument, variables: { orderBy: 'URGENCY' as const, first: 25, after: null } },
  result: {
    data: {
      accounts: {
        __typename: 'AccountConnection' as const,
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [row('a1', 'Euronext'), row('a2', 'Opodo')].map((node) => ({ __typename: 'AccountEdge' as const, cursor: `c-${node.id}`, node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const template = (language: 'en' | 'fr') => ({ campaignId: 'camp-kpn', filter: {}, language, subject: 'Before {{shutdownDate}}', body: 'Hello {{contactName}}' });

const counts = (input: Record<string, unknown>, result: { recipients: number; suppressed: number; unsourced: number; withoutOffer?: number; outreachId?: string }) => ({
  request: { query: QueueOutreachDocument, variables: { input } },
  result: {
    data: {
      queueOutreach: {
        __typename: 'QueueOutreachPayload' as const,
        recipients: result.recipients,
        suppressed: result.suppressed,
        unsourced: result.unsourced,
        withoutOffer: result.withoutOffer ?? 0,
        unsourcedContacts: result.unsourced
          ? [{ __typename: 'OutreachContact' as const, id: 'ct1', name: 'Paul Sans-Source', email: 'paul@opodo.example', accountId: 'a2', accountName: 'Opodo' }]
          : [],
        mergeFields: ['shutdownDate', 'contactName'],
        outreach: result.outreachId ? { __typename: 'Outreach' as const, id: result.outreachId, status: 'sending' as const } : null,
      },
    },
  },
});

async function write(dialog: HTMLElement, subject: string, message: string) {
  fireEvent.change(within(dialog).getByRole('textbox', { name: subject }), { target: { value: 'Before {{shutdownDate}}' } });
  fireEvent.change(within(dialog).getByRole('textbox', { name: message }), { target: { value: 'Hello {{contactName}}' } });
}

describe('email these customers (managers): a template to the list’s filters, checked before it is sent', () => {
  it('shows the unsourced contacts and will not send while there are any', async () => {
    renderRoute('/accounts', { signedInAs: MANON, mocks: [accountsPage, counts({ ...template('en'), dryRun: true }, { recipients: 1, suppressed: 0, unsourced: 1 })] });
    await screen.findByText('Euronext');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Email these customers' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Email these customers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Email these customers' });
    expect(within(dialog).getByText('{{offerLink}}')).toBeInTheDocument();
    await write(dialog, 'Subject', 'Message');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check the recipients' }));
    expect(await within(dialog).findByText('1 contact has no recorded source')).toBeInTheDocument();
    expect(within(dialog).getByText('Opodo — Paul Sans-Source <paul@opodo.example>')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send to 1 recipient' })).toBeDisabled();
  });

  it('says how many accounts a mail with the offer link leaves out (no live personal offer), and sends to the others', async () => {
    renderRoute('/accounts', { signedInAs: MANON, mocks: [accountsPage, counts({ ...template('en'), dryRun: true }, { recipients: 3, suppressed: 0, unsourced: 0, withoutOffer: 2 })] });
    await screen.findByText('Euronext');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Email these customers' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Email these customers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Email these customers' });
    await write(dialog, 'Subject', 'Message');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check the recipients' }));
    expect(await within(dialog).findByText('2 accounts left out: no live personal offer for their link')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send to 3 recipients' })).toBeEnabled();
  });

  it('in French: counts recipients and skipped addresses, then sends and opens the outreach’s page', async () => {
    renderRoute('/accounts', {
      signedInAs: MANON,
      language: 'fr',
      mocks: [
        accountsPage,
        counts({ ...template('fr'), dryRun: true }, { recipients: 2, suppressed: 1, unsourced: 0 }),
        counts(template('fr'), { recipients: 2, suppressed: 1, unsourced: 0, outreachId: 'out-1' }),
        {
          request: { query: OutreachDocument, variables: { id: 'out-1' } },
          result: {
            data: {
              outreach: {
                __typename: 'Outreach' as const,
                id: 'out-1',
                status: 'completed' as const,
                language: 'fr' as const,
                subject: 'Before {{shutdownDate}}',
                body: 'Hello {{contactName}}',
                createdBy: 'Manon',
                createdAt: '2026-12-07T10:00:00.000Z',
                finishedAt: '2026-12-07T10:00:05.000Z',
                campaign: { __typename: 'Campaign' as const, id: 'camp-kpn', name: 'KPNQwest takeover' },
                collective: null,
                progress: {
                  __typename: 'OutreachProgress' as const,
                  recipients: 2,
                  queued: 0,
                  sent: 1,
                  bounced: 1,
                  failed: 0,
                  uncertain: 0,
                  suppressed: 0,
                  cancelled: 0,
                  unsubscribed: 0,
                  skippedSuppressed: 1,
                  resentAfterInterruption: 0,
                  offerOpened: 0,
                  offerAccepted: 0,
                },
              },
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    await screen.findByText('Euronext');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Écrire à ces clients' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Écrire à ces clients' }));
    const dialog = await screen.findByRole('dialog', { name: 'Écrire à ces clients' });
    await write(dialog, 'Objet', 'Message');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vérifier les destinataires' }));
    // (Text matchers fold the no-break spaces of French typography into plain ones.)
    expect(await within(dialog).findByText('2 destinataires')).toBeInTheDocument();
    expect(within(dialog).getByText('1 adresse écartée : désinscrite ou en échec').textContent).toBe('1\u00a0adresse écartée\u00a0: désinscrite ou en échec');
    fireEvent.click(within(dialog).getByRole('button', { name: /^Envoyer à 2\sdestinataires$/ }));
    expect(await screen.findByRole('heading', { name: 'Before {{shutdownDate}}' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('2 messages sur 2 ont un résultat')).toBeInTheDocument());
    expect(screen.getByText('Terminé')).toBeInTheDocument();
    expect(screen.getByText('1 adresse de la liste d’exclusion a été écartée à la mise en file.')).toBeInTheDocument();
  });
});
