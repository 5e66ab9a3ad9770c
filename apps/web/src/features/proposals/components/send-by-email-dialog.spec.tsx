import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { EmailProposalDocument, ProposalRecipientsDocument, type ProposalDetailFragment } from '../../../gql/graphql';
import { createCache } from '../../../lib/apollo/create-apollo-client';
import { Session } from '../../../lib/auth/session';
import { createI18n, type Language } from '../../../lib/i18n/i18n';
import { ALICE, AppProviders } from '../../../testing/render-route';
import { defaultMailLanguage, SendByEmailDialog, type EmailedProposal } from './send-by-email-dialog';

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

function proposal(extra: Partial<ProposalDetailFragment> = {}): ProposalDetailFragment {
  return {
    __typename: 'Proposal',
    id: 'prop-1',
    version: 3,
    reference: 'AB12CD34',
    status: 'approved',
    currency: 'EUR',
    discountPercent: 5,
    attachOutageEvidence: false,
    termMonths: 12,
    plannedCutoverAt: '2026-12-01T09:00:00Z',
    requiredApproval: 'rep',
    rejectionReason: null,
    sentAt: null,
    validUntil: null,
    acceptedAt: null,
    createdAt: '2026-11-23T09:00:00Z',
    signer: null,
    lines: [
      { __typename: 'ProposalLine', serviceKind: 'vpn', description: null, quantity: 10, monthlyUnitPrice: eur(100_000), oneTimeFee: eur(0), monthlyAmount: eur(1_000_000) },
    ],
    switchCredit: { __typename: 'SwitchCredit', amount: eur(0), capped: false, prepaidDaysRemaining: 0, prepaidMonthsRemaining: 0 },
    totals: {
      __typename: 'ProposalTotals',
      monthlySubtotal: eur(1_000_000),
      monthlyDiscount: eur(50_000),
      monthlyTotal: eur(950_000),
      oneTimeTotal: eur(0),
      switchCredit: eur(0),
      totalOverTerm: eur(11_400_000),
    },
    opportunity: { __typename: 'Opportunity', id: 'opp-1', version: 3, stage: 'contacted' },
    account: {
      __typename: 'Account',
      id: 'acc-1',
      name: 'Euronext',
      countries: ['FR', 'NL'],
      prepaidUntil: null,
      monthlySpend: eur(1_200_000),
      campaign: {
        __typename: 'Campaign',
        id: 'camp-kpn',
        settings: {
          __typename: 'CampaignSettingsModel',
          timeZone: 'Europe/Paris',
          discountLimits: { __typename: 'DiscountLimits', repPercent: 10, managerPercent: 25 },
          switchCredit: { __typename: 'SwitchCreditSettings', ratePercent: 50, capMonths: 3 },
        },
      },
    },
    ...extra,
  };
}

const recipients = {
  request: { query: ProposalRecipientsDocument, variables: { accountId: 'acc-1' } },
  result: {
    data: {
      node: {
        __typename: 'Account',
        id: 'acc-1',
        campaign: { __typename: 'Campaign', id: 'camp-kpn', name: 'KPNQwest takeover' },
        // As the api lists them: decision makers first, then by name.
        contacts: [
          { __typename: 'Contact', id: 'ct-paul', name: 'Paul Sans-Mail', title: 'CEO', email: null, decisionMaker: true },
          { __typename: 'Contact', id: 'ct-anne', name: 'Anne Lefèvre', title: 'DSI', email: 'anne@euronext.example', decisionMaker: true },
          { __typename: 'Contact', id: 'ct-marc', name: 'Marc Petit', title: 'Buyer', email: 'marc@euronext.example', decisionMaker: false },
        ],
      },
    },
  },
};

const SENT = proposal({ status: 'sent', version: 4, sentAt: '2026-11-23T10:00:00Z', validUntil: '2026-11-30T10:00:00Z' });

const emailMock = (input: Record<string, unknown>, outcome: { resent?: boolean; error?: string }): MockLink.MockedResponse => ({
  request: { query: EmailProposalDocument, variables: { input } },
  result: outcome.error
    ? { errors: [new GraphQLError(outcome.error, { extensions: { code: 'MAIL_DELIVERY_FAILED' } })] }
    : {
        data: {
          emailProposal: {
            __typename: 'EmailProposalPayload',
            resent: outcome.resent ?? false,
            subject: 'Our offer for Euronext: €9,500.00 a month over 12 months',
            recipient: { __typename: 'ProposalRecipient', name: 'Marc Petit', email: 'marc@euronext.example' },
            proposal: SENT,
          },
        },
      },
});

function renderDialog(p: ProposalDetailFragment, mocks: MockLink.MockedResponse[], language: Language = 'en') {
  const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
  session.start(ALICE);
  const onSent = jest.fn<void, [EmailedProposal]>();
  const onClose = jest.fn();
  const router = createMemoryRouter([{ path: '/', element: <SendByEmailDialog proposal={p} opened onClose={onClose} onSent={onSent} /> }], { initialEntries: ['/'] });
  render(
    <MockedProvider mocks={[recipients, ...mocks]} cache={createCache()}>
      <AppProviders i18n={createI18n(language)} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { onSent, onClose };
}

const subject = () => screen.getByTestId('proposal-mail-subject').textContent;

describe('SendByEmailDialog', () => {
  it('picks the first contact with an email and the account’s language, previews the subject, and sends to the contact and language chosen', async () => {
    const { onSent } = renderDialog(proposal(), [
      emailMock({ proposalId: 'prop-1', expectedVersion: 3, contactId: 'ct-marc', language: 'en' }, {}),
    ]);
    expect(await screen.findByRole('dialog', { name: 'Send proposal AB12CD34 by email' })).toBeInTheDocument();
    const to = await screen.findByRole('combobox', { name: /^To/ });
    expect(to).toHaveValue('Anne Lefèvre <anne@euronext.example>');
    expect(screen.getByText('KPNQwest takeover via Lifeboat (replies reach you)')).toBeInTheDocument();
    // Euronext is listed in France first: French by default, with French typography.
    expect(screen.getByRole('radio', { name: 'French' })).toBeChecked();
    expect(subject()).toBe('Notre offre pour Euronext : 9\u202f500,00\u00a0€ par mois sur 12 mois');

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(subject()).toBe('Our offer for Euronext: €9,500.00 a month over 12 months');

    // A contact without an address cannot be picked.
    fireEvent.focus(to);
    fireEvent.click(to);
    await waitFor(() => expect(to).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(to.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(listbox).getByRole('option', { name: 'Paul Sans-Mail (no email address)', hidden: true })).toHaveAttribute('data-combobox-disabled', 'true');
    fireEvent.click(within(listbox).getByRole('option', { name: 'Marc Petit <marc@euronext.example>', hidden: true }));
    expect(to).toHaveValue('Marc Petit <marc@euronext.example>');

    fireEvent.click(screen.getByRole('button', { name: 'Send by email' }));
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(onSent.mock.calls[0][0]).toMatchObject({ resent: false, recipient: { email: 'marc@euronext.example' } });
  });

  it('keeps the dialog open and says nothing changed when the mail server refuses the message', async () => {
    const { onSent } = renderDialog(proposal(), [
      emailMock({ proposalId: 'prop-1', expectedVersion: 3, contactId: 'ct-anne', language: 'fr' }, { error: 'The mail server did not take the email to anne@euronext.example (550 Mailbox unavailable)' }),
    ]);
    expect(await screen.findByRole('combobox', { name: /^To/ })).toHaveValue('Anne Lefèvre <anne@euronext.example>');
    fireEvent.click(screen.getByRole('button', { name: 'Send by email' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email did not leave');
    expect(alert).toHaveTextContent('nothing was sent or changed');
    expect(alert).toHaveTextContent('550 Mailbox unavailable');
    expect(onSent).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('re-sends a sent proposal, warning that the previous link stops working (in French)', async () => {
    const { onSent } = renderDialog(
      SENT,
      [emailMock({ proposalId: 'prop-1', expectedVersion: 4, contactId: 'ct-anne', language: 'fr' }, { resent: true })],
      'fr',
    );
    expect(await screen.findByRole('dialog', { name: 'Renvoyer la proposition AB12CD34 par e-mail' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /^Destinataire/ })).toHaveValue('Anne Lefèvre <anne@euronext.example>');
    expect(screen.getByText(/Un nouveau lien est envoyé : le précédent cesse de fonctionner\. L’offre reste valable jusqu’au/)).toBeInTheDocument();
    expect(screen.getByText('Objet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Renvoyer par e-mail' }));
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(onSent.mock.calls[0][0].resent).toBe(true);
  });

  it('writes in French for French-speaking countries listed first, else in English', () => {
    expect(defaultMailLanguage(['FR', 'NL'])).toBe('fr');
    expect(defaultMailLanguage(['BE'])).toBe('fr');
    expect(defaultMailLanguage(['NL', 'FR'])).toBe('en');
    expect(defaultMailLanguage([])).toBe('en');
  });

  // Issue #20: a fresh draft leaves in one step, to the decision maker by default.
  it('sends a draft in one step (submitDraft), to the decision maker with an address, and says so', async () => {
    const { onSent } = renderDialog(proposal({ status: 'draft', version: 2 }), [
      emailMock({ proposalId: 'prop-1', expectedVersion: 2, contactId: 'ct-anne', language: 'fr', submitDraft: true }, {}),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Send proposal AB12CD34 by email' });
    expect(await within(dialog).findByText('Within your discount limit: approved and emailed in one step.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^To/ })).toHaveValue('Anne Lefèvre <anne@euronext.example>'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send by email' }));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
  });
});
