import { fireEvent, screen, within } from '@testing-library/react';
import { OutgoingMailDocument, ProposalDocument, SendProposalDocument, type ProposalDetailFragment } from '../../../gql/graphql';
import { ALICE, renderRoute } from '../../../testing/render-route';

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

function proposal(extra: Partial<ProposalDetailFragment> = {}): ProposalDetailFragment {
  return {
    __typename: 'Proposal',
    id: 'prop-1',
    version: 1,
    reference: 'AB12CD34',
    status: 'draft',
    currency: 'EUR',
    discountPercent: 0,
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
      {
        __typename: 'ProposalLine',
        serviceKind: 'vpn',
        description: null,
        quantity: 10,
        monthlyUnitPrice: eur(100_000),
        oneTimeFee: eur(0),
        monthlyAmount: eur(1_000_000),
      },
    ],
    switchCredit: { __typename: 'SwitchCredit', amount: eur(0), capped: false, prepaidDaysRemaining: 0, prepaidMonthsRemaining: 0 },
    totals: {
      __typename: 'ProposalTotals',
      monthlySubtotal: eur(1_000_000),
      monthlyDiscount: eur(0),
      monthlyTotal: eur(1_000_000),
      oneTimeTotal: eur(0),
      switchCredit: eur(0),
      totalOverTerm: eur(12_000_000),
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

const outgoingMail = (enabled: boolean) => ({
  request: { query: OutgoingMailDocument },
  result: { data: { outgoingMail: { __typename: 'OutgoingMail', enabled, missing: enabled ? [] : ['SMTP_URL', 'MAIL_FROM'] } } },
});

const load = (p: ProposalDetailFragment) => ({ request: { query: ProposalDocument, variables: { id: 'prop-1' } }, result: { data: { node: p } } });

describe('/proposals/:id (the proposal builder)', () => {
  it('shows the approval a discount needs as it is typed, and the totals live', async () => {
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(proposal())] });
    await screen.findByRole('heading', { level: 1, name: /Proposal AB12CD34 · Euronext/ });
    const discount = screen.getByRole('textbox', { name: 'Discount' });
    const level = () => screen.getByTestId('approval-level').textContent;
    expect(level()).toBe('Within your limit (10 %): approved when you submit.');
    fireEvent.change(discount, { target: { value: '10' } });
    expect(level()).toBe('Within your limit (10 %): approved when you submit.');
    fireEvent.change(discount, { target: { value: '10.5' } });
    expect(level()).toBe('Above 10 %: a manager must approve it (up to 25 %).');
    expect(screen.getByRole('button', { name: 'Submit for approval' })).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'Totals as you type' });
    expect(within(preview).getByRole('row', { name: /Monthly total/ })).toHaveTextContent('€8,950.00');
    fireEvent.change(discount, { target: { value: '30' } });
    expect(level()).toBe('Above 25 %: only an admin can approve it.');
    fireEvent.change(discount, { target: { value: '12.345' } });
    expect(screen.getByText('A percentage from 0 to 100, at most two decimals.')).toBeInTheDocument();
  });

  it('sends an approved proposal and shows the acceptance link to copy, once', async () => {
    const sent = proposal({ status: 'sent', version: 4, sentAt: '2026-11-23T10:00:00Z', validUntil: '2026-11-30T10:00:00Z' });
    renderRoute('/proposals/prop-1', {
      signedInAs: ALICE,
      mocks: [
        load(proposal({ status: 'approved', version: 3 })),
        {
          request: { query: SendProposalDocument, variables: { input: { proposalId: 'prop-1', expectedVersion: 3 } } },
          result: { data: { sendProposal: { __typename: 'SendProposalPayload', acceptancePath: '/accept/tok-123', proposal: sent } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send to the customer' }));
    const link = await screen.findByRole('textbox', { name: 'Link for the customer' });
    expect(link).toHaveValue(`${window.location.origin}/accept/tok-123`);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(await screen.findByText(/The customer may accept it until/)).toBeInTheDocument();
  });

  it('without a mail server, offers to copy the link and says why', async () => {
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(proposal({ status: 'approved', version: 3 })), outgoingMail(false)] });
    expect(await screen.findByTestId('no-mail-reason')).toHaveTextContent(
      'No mail server is set up (SMTP_URL, MAIL_FROM): send the proposal, then copy its acceptance link into your own email.',
    );
    expect(screen.getByRole('button', { name: 'Send to the customer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send by email' })).not.toBeInTheDocument();
  });

  it('with a mail server, sends an approved proposal by email (the link can still be copied) and re-sends a sent one', async () => {
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(proposal({ status: 'approved', version: 3 })), outgoingMail(true)] });
    expect(await screen.findByRole('button', { name: 'Send by email' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send without email (copy the link)' })).toBeInTheDocument();
  });

  it('once sent, no longer says the discount is "approved when you submit" but what it needed (issue #20)', async () => {
    const sent = proposal({ status: 'sent', version: 4, sentAt: '2026-11-23T10:00:00Z', validUntil: '2026-11-30T10:00:00Z' });
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(sent), outgoingMail(true)] });
    expect(await screen.findByTestId('approval-level')).toHaveTextContent('Within the rep’s limit (10 %): no approval was needed.');
    expect(screen.queryByText(/approved when you submit/)).not.toBeInTheDocument();
  });

  it('says a submitted discount waits for its approver, and that an approved one was approved', async () => {
    const waiting = proposal({ status: 'pending_approval', discountPercent: 30, requiredApproval: 'admin' });
    const view = renderRoute('/proposals/prop-1', { signedInAs: ALICE, language: 'fr', mocks: [load(waiting), outgoingMail(true)] });
    expect(await screen.findByTestId('approval-level')).toHaveTextContent('Au-delà de 25 % : en attente de l’approbation d’un administrateur.');
    view.unmount();
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(proposal({ status: 'approved', discountPercent: 18, requiredApproval: 'manager' })), outgoingMail(true)] });
    expect(await screen.findByTestId('approval-level')).toHaveTextContent('Above 10 %: approved by a manager.');
  });

  it('offers to re-send a sent proposal by email', async () => {
    const sent = proposal({ status: 'sent', version: 4, sentAt: '2026-11-23T10:00:00Z', validUntil: '2026-11-30T10:00:00Z' });
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(sent), outgoingMail(true)] });
    expect(await screen.findByRole('button', { name: 'Re-send by email' })).toBeInTheDocument();
  });

  // Issue #20: from a fresh draft to the mail in one step, within the rep's limit; beyond it, approval first.
  it('offers to send a draft within the rep’s limit by email at once', async () => {
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(proposal({ status: 'draft', version: 2, discountPercent: 5 })), outgoingMail(true)] });
    expect(await screen.findByRole('button', { name: 'Send by email' })).toBeInTheDocument();
    expect(screen.getByText('Within your discount limit: approved and emailed in one step.')).toBeInTheDocument();
    expect(screen.queryByTestId('needs-approval')).not.toBeInTheDocument();
  });

  it('says a draft beyond the rep’s limit needs approval and cannot be emailed directly', async () => {
    renderRoute('/proposals/prop-1', { signedInAs: ALICE, mocks: [load(proposal({ status: 'draft', version: 2, discountPercent: 15, requiredApproval: 'manager' })), outgoingMail(true)] });
    expect(await screen.findByTestId('needs-approval')).toHaveTextContent(
      'A 15 % discount needs a manager’s approval (your limit is 10 %): submit it for approval; it can be emailed once approved.',
    );
    expect(screen.queryByRole('button', { name: 'Send by email' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit for approval' })).toBeInTheDocument();
  });
});
