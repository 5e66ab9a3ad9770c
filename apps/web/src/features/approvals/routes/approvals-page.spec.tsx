import { fireEvent, screen, within } from '@testing-library/react';
import {
  ApproveCollectiveTermsDocument,
  CollectivesAwaitingApprovalDocument,
  ApproveProposalDocument,
  PendingApprovalsDocument,
  RejectProposalDocument,
  type PendingApprovalsQuery,
} from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

type Proposal = PendingApprovalsQuery['proposals']['edges'][number]['node'];
const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

function proposal(id: string, account: string, discountPercent: number): Proposal {
  return {
    __typename: 'Proposal',
    id,
    version: 3,
    reference: id.toUpperCase(),
    status: 'pending_approval',
    discountPercent,
    requiredApproval: 'manager',
    submittedAt: '2026-11-23T07:30:00Z',
    createdBy: 'Alice Martin',
    termMonths: 24,
    currency: 'EUR',
    rejectionReason: null,
    totals: {
      __typename: 'ProposalTotals',
      monthlySubtotal: eur(2_000_000),
      monthlyDiscount: eur(360_000),
      monthlyTotal: eur(1_640_000),
      oneTimeTotal: eur(150_000),
      switchCredit: eur(500_000),
      totalOverTerm: eur(39_010_000),
    },
    account: {
      __typename: 'Account',
      id: `acc-${id}`,
      name: account,
      owner: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin' },
      campaign: { __typename: 'Campaign', id: 'camp-kpn', name: 'KPNQwest' },
    },
  };
}

const PENDING = [proposal('p1', 'Euronext', 18), proposal('p2', 'Opodo', 22)];

function pendingMock(items: Proposal[] = PENDING) {
  return {
    request: { query: PendingApprovalsDocument, variables: { campaignId: null, first: 100 } },
    result: {
      data: {
        proposals: {
          __typename: 'ProposalConnection' as const,
          totalCount: items.length,
          edges: items.map((node) => ({ __typename: 'ProposalEdge' as const, node })),
        },
      },
    },
  };
}

async function inbox() {
  return screen.findByRole('list', { name: 'Proposals waiting for approval' }, { timeout: 5000 });
}

describe('/approvals (managers)', () => {
  it('shows each pending discount with its level, totals, rep and account', async () => {
    renderRoute('/approvals', { signedInAs: MANON, mocks: [pendingMock()] });
    const list = await inbox();
    const cards = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(cards).toHaveLength(2);
    const euronext = cards[0];
    expect(within(euronext).getByRole('heading', { name: 'Euronext' })).toBeInTheDocument();
    expect(euronext).toHaveTextContent('Proposal P1 · KPNQwest · 24 months');
    expect(euronext).toHaveTextContent('18% discount');
    expect(euronext).toHaveTextContent('Needs a manager');
    expect(euronext).toHaveTextContent('Drafted by Alice Martin');
    expect(euronext).toHaveTextContent('Monthly total€16,400.00');
    expect(euronext).toHaveTextContent('Switch credit−€5,000.00');
    expect(euronext).toHaveTextContent('Total over the term€390,100.00');
  });

  it('disables Approve and Reject for a manager on a discount only an admin can decide, and says who can (issue #20)', async () => {
    const steep = { ...proposal('p3', 'AOL Europe', 30), requiredApproval: 'admin' as const };
    renderRoute('/approvals', { signedInAs: MANON, mocks: [pendingMock([steep, PENDING[0]])] });
    const list = await inbox();
    const [aol, euronext] = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    const approve = within(aol).getByRole('button', { name: 'Approve AOL Europe' });
    expect(approve).toBeDisabled();
    expect(within(aol).getByRole('button', { name: 'Reject AOL Europe' })).toBeDisabled();
    expect(approve).toHaveAccessibleDescription('Beyond the manager limit: only an admin can approve or reject this discount.');
    // Within the manager limit, the manager decides.
    expect(within(euronext).getByRole('button', { name: 'Approve Euronext' })).toBeEnabled();
  });

  it('approves: the proposal leaves the inbox', async () => {
    renderRoute('/approvals', {
      signedInAs: MANON,
      mocks: [
        pendingMock(),
        {
          request: { query: ApproveProposalDocument, variables: { input: { proposalId: 'p1', expectedVersion: 3 } } },
          result: {
            data: {
              approveProposal: {
                __typename: 'ProposalPayload' as const,
                proposal: { __typename: 'Proposal' as const, id: 'p1', version: 4, status: 'approved' as const, approvedAt: '2026-11-23T08:00:00Z', approvedBy: 'Manon Leroy' },
              },
            },
          },
        },
      ],
    });
    await inbox();
    fireEvent.click(screen.getByRole('button', { name: 'Approve Euronext' }));
    expect(await screen.findByText('P1 approved: it can be sent.')).toBeInTheDocument();
    const list = await inbox();
    expect(within(list).queryByRole('heading', { name: 'Euronext' })).not.toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: 'Opodo' })).toBeInTheDocument();
  });

  it('rejects only with a reason, which goes to the api', async () => {
    renderRoute('/approvals', {
      signedInAs: MANON,
      mocks: [
        pendingMock(),
        {
          request: {
            query: RejectProposalDocument,
            variables: { input: { proposalId: 'p2', expectedVersion: 3, reason: 'Above 20 % only for 36 months.' } },
          },
          result: {
            data: {
              rejectProposal: {
                __typename: 'ProposalPayload' as const,
                proposal: { __typename: 'Proposal' as const, id: 'p2', version: 4, status: 'draft' as const, rejectionReason: 'Above 20 % only for 36 months.' },
              },
            },
          },
        },
      ],
    });
    await inbox();
    fireEvent.click(screen.getByRole('button', { name: 'Reject Opodo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject the discount of P2' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Say why: the rep needs it to revise the offer.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Why do you reject it/ }), { target: { value: 'Above 20 % only for 36 months.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('P2 sent back to draft.')).toBeInTheDocument();
    const list = await inbox();
    expect(within(list).queryByRole('heading', { name: 'Opodo' })).not.toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    renderRoute('/approvals', { signedInAs: MANON, mocks: [pendingMock([])] });
    expect(await screen.findByText('No proposal waits for your approval.', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('lists collectives’ terms waiting for approval as a second section, approved with the version read', async () => {
    const agreement = {
      __typename: 'CollectiveAgreement' as const,
      status: 'pending_approval' as const,
      discountPercent: 15,
      termMonths: 24,
      conditions: null,
      requiredApproval: 'manager' as const,
      rejectionReason: null,
      proposedBy: 'Alice Martin',
      submittedAt: '2026-11-22T09:00:00Z',
      approvedAt: null,
      approvedBy: null,
      signedAt: null,
      signedByName: null,
      signatureRecordedBy: null,
      withdrawnAt: null,
      version: 3,
    };
    const awaiting = {
      request: { query: CollectivesAwaitingApprovalDocument, variables: { campaignId: null } },
      result: {
        data: {
          collectivesAwaitingApproval: [
            { __typename: 'Collective' as const, id: 'coll-1', name: 'Collectif AMEN', claimedMembers: 250, campaign: { __typename: 'Campaign' as const, id: 'camp-kpn', name: 'KPNQwest' }, agreement },
          ],
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const approve = {
      request: { query: ApproveCollectiveTermsDocument, variables: { input: { collectiveId: 'coll-1', expectedVersion: 3 } } },
      result: {
        data: {
          approveCollectiveTerms: {
            __typename: 'CollectivePayload' as const,
            collective: { __typename: 'Collective' as const, id: 'coll-1', agreement: { ...agreement, status: 'approved' as const, version: 4 } },
          },
        },
      },
    };
    renderRoute('/approvals', { signedInAs: MANON, mocks: [pendingMock([]), awaiting, approve] });
    const list = await screen.findByRole('list', { name: 'Collectives’ terms waiting for approval' }, { timeout: 5000 });
    expect(within(list).getByRole('link', { name: 'Collectif AMEN' })).toHaveAttribute('href', '/collectives/coll-1');
    expect(within(list).getByText('KPNQwest · 15% discount over 24 months')).toBeInTheDocument();
    // Sending them back asks why, saying what becomes of the terms (not of a proposal).
    fireEvent.click(within(list).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send back the terms of Collectif AMEN' });
    expect(within(dialog).getByText('Whoever proposed them sees it; the terms go back to draft.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Terms of Collectif AMEN approved.')).toBeInTheDocument();
  });
});
