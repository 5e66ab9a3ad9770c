import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ApproveCollectiveTermsDocument,
  CollectiveDocument,
  CollectivesDocument,
  DeleteCollectiveDocument,
  LinkCollectiveMembersByNameDocument,
  type CollectiveAgreementFieldsFragment,
  type CollectiveQuery,
} from '../../../gql/graphql';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';
import { freezeDateAt } from '../../../testing/clock';

const NOW = new Date('2026-11-23T09:00:00Z');
freezeDateAt(NOW);

const ID = 'Q29sbGVjdGl2ZTpjMQ';
const progress = { __typename: 'CollectiveProgress' as const, claimed: 250, linked: 3, won: 1, pending: 1, lost: 0, untouched: 1 };
const member = (id: string, name: string, state: 'won' | 'pending' | 'lost' | 'untouched', owner: string | null) => ({
  __typename: 'CollectiveMember' as const,
  state,
  addedAt: '2026-11-20T09:00:00Z',
  account: {
    __typename: 'Account' as const,
    id,
    name,
    owner: owner ? { __typename: 'User' as const, id: `u-${owner}`, name: owner } : null,
    contacts: [{ __typename: 'Contact' as const, id: `ct-${id}`, name: `Contact of ${name}` }],
  },
});

const COLLECTIVE: CollectiveQuery['collective'] = {
  __typename: 'Collective',
  id: ID,
  version: 2,
  name: 'Collectif des clients AMEN',
  forumUrl: 'https://forum.amen-customers.example/',
  claimedMembers: 250,
  announcedCancellationAt: '2026-12-03T09:00:00Z',
  notes: 'About 1,000 visitors a day.',
  progress,
  agreement: null,
  campaign: { __typename: 'Campaign', id: 'camp-kpn', name: 'KPNQwest' },
  spokesperson: {
    __typename: 'Contact',
    id: 'ct-velo',
    name: 'Sophie Renard',
    title: 'Présidente',
    email: null,
    phone: null,
    account: { __typename: 'Account', id: 'acc-velo', name: 'Association Vélo Cité' },
  },
  members: {
    __typename: 'CollectiveMemberConnection',
    totalCount: 3,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
    edges: [
      { __typename: 'CollectiveMemberEdge', node: member('acc-velo', 'Association Vélo Cité', 'won', 'Chloé Bernard') },
      { __typename: 'CollectiveMemberEdge', node: member('acc-boul', 'Boulangerie Moreau', 'pending', null) },
      { __typename: 'CollectiveMemberEdge', node: member('acc-lib', 'Librairie Les Mots Passants', 'untouched', null) },
    ],
  },
};

const collectiveMock = { request: { query: CollectiveDocument, variables: { id: ID, first: 50 } }, result: { data: { collective: COLLECTIVE } }, maxUsageCount: Number.POSITIVE_INFINITY };

describe('the collective page', () => {
  it('shows its deadline, its progress against the claimed count, its spokesperson and its members linked to their accounts', async () => {
    renderRoute(`/collectives/${ID}`, { signedInAs: ALICE, mocks: [collectiveMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Collectif des clients AMEN' })).toBeInTheDocument();
    expect(screen.getByText('Collective cancellations in 10 d 0 h')).toBeInTheDocument();
    expect(screen.getAllByText('3 linked of 250 claimed').length).toBeGreaterThan(0);
    expect(screen.getByText('Not linked yet: 247')).toBeInTheDocument();
    const forum = document.querySelector('a[href="https://forum.amen-customers.example/"]');
    expect(forum?.textContent).toBe('https://forum.amen-customers.example/');
    expect(forum).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Sophie Renard, Présidente', { exact: false })).toBeInTheDocument();
    const members = screen.getByRole('region', { name: 'Members (3)' });
    expect(within(members).getByRole('link', { name: 'Boulangerie Moreau' })).toHaveAttribute('href', '/accounts/acc-boul');
    expect(within(members).getByText('Pending')).toBeInTheDocument();
    expect(within(members).getByText('Untouched')).toBeInTheDocument();
    // A rep reads; only managers edit and link members.
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add members' })).not.toBeInTheDocument();
  });

  it('lets a manager paste the published member list and shows the names that matched no account', async () => {
    const link = {
      request: { query: LinkCollectiveMembersByNameDocument, variables: { input: { collectiveId: ID, names: ['Boulangerie Moreau', 'Inconnu SARL', 'Pharmacie Centrale'] } } },
      result: {
        data: {
          linkCollectiveMembersByName: {
            __typename: 'CollectiveNameMatch' as const,
            collective: { ...COLLECTIVE, members: undefined, campaign: undefined, spokesperson: undefined },
            matched: [{ __typename: 'Account' as const, id: 'acc-boul', name: 'Boulangerie Moreau' }],
            unmatched: ['Inconnu SARL'],
            ambiguous: ['Pharmacie Centrale'],
            inOtherCollective: [],
          },
        },
      },
    };
    renderRoute(`/collectives/${ID}`, { signedInAs: MANON, mocks: [collectiveMock, link] });
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Names, one per line'), { target: { value: 'Boulangerie Moreau\nInconnu SARL\n\n  Pharmacie Centrale ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link matching accounts' }));
    expect(await screen.findByText('Linked: 1')).toBeInTheDocument();
    expect(screen.getByText('No account by these names (1)')).toBeInTheDocument();
    expect(screen.getByText('Inconnu SARL')).toBeInTheDocument();
    expect(screen.getByText('Several accounts by these names: add the right one by hand (1)')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderRoute(`/collectives/${ID}`, { signedInAs: MANON, mocks: [collectiveMock], language: 'fr' });
    expect(await screen.findByText('Résiliations collectives dans 10 j 0 h')).toBeInTheDocument();
    expect(screen.getAllByText('3 reliés sur 250 revendiqués').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Ajouter des membres' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifier' })).toBeInTheDocument();
  });

  it('says so when the collective is not there', async () => {
    const missing = { request: { query: CollectiveDocument, variables: { id: 'nope', first: 50 } }, result: { errors: [{ message: 'The collective was not found.', extensions: { code: 'NOT_FOUND' } }] } };
    renderRoute('/collectives/nope', { signedInAs: ALICE, mocks: [missing] });
    expect(await screen.findByText('This collective does not exist, or you may not see it.')).toBeInTheDocument();
  });
});

const PENDING: CollectiveAgreementFieldsFragment = {
  __typename: 'CollectiveAgreement',
  status: 'pending_approval',
  discountPercent: 15,
  termMonths: 24,
  conditions: 'Migration of every site included.',
  requiredApproval: 'manager',
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
const withAgreement = (agreement: CollectiveAgreementFieldsFragment | null) => ({
  request: { query: CollectiveDocument, variables: { id: ID, first: 50 } },
  result: { data: { collective: { ...COLLECTIVE, agreement } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('the collective’s deal on its page', () => {
  it('shows pending terms to a rep without the approver’s actions, and says who decides', async () => {
    renderRoute(`/collectives/${ID}`, { signedInAs: ALICE, mocks: [withAgreement(PENDING)] });
    const deal = await screen.findByRole('region', { name: 'The collective’s deal' });
    expect(within(deal).getByText('Waiting for approval')).toBeInTheDocument();
    expect(within(deal).getByText('15%')).toBeInTheDocument();
    expect(within(deal).getByText('24 months')).toBeInTheDocument();
    expect(within(deal).getByText('Migration of every site included.')).toBeInTheDocument();
    expect(within(deal).getByText('Only a manager of the campaign or an admin can approve or reject this discount.')).toBeInTheDocument();
    expect(within(deal).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(within(deal).queryByRole('button', { name: 'Record the signature' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('lets a manager approve pending terms with the version read', async () => {
    const approved = { ...PENDING, status: 'approved' as const, approvedAt: '2026-11-23T09:00:00Z', approvedBy: 'Manon Leroy', version: 4 };
    const approve = {
      request: { query: ApproveCollectiveTermsDocument, variables: { input: { collectiveId: ID, expectedVersion: 3 } } },
      result: { data: { approveCollectiveTerms: { __typename: 'CollectivePayload' as const, collective: { __typename: 'Collective' as const, id: ID, agreement: approved } } } },
    };
    renderRoute(`/collectives/${ID}`, { signedInAs: MANON, mocks: [withAgreement(PENDING), approve] });
    const deal = await screen.findByRole('region', { name: 'The collective’s deal' });
    fireEvent.click(within(deal).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Terms approved.')).toBeInTheDocument();
  });

  it('invites a rep to propose terms when there are none, and speaks French', async () => {
    renderRoute(`/collectives/${ID}`, { signedInAs: MANON, mocks: [withAgreement(null)], language: 'fr' });
    const deal = await screen.findByRole('region', { name: 'L’accord du collectif' });
    fireEvent.click(within(deal).getByRole('button', { name: 'Proposer des conditions' }));
    expect(await screen.findByRole('dialog', { name: 'Les conditions du collectif' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Remise sur les mensualités/)).toBeInTheDocument();
  });
});

describe('deleting a collective', () => {
  it('asks first, says what happens to the members, then deletes with the version read', async () => {
    const remove = {
      request: { query: DeleteCollectiveDocument, variables: { input: { id: ID, expectedVersion: 2 } } },
      result: { data: { deleteCollective: { __typename: 'DeleteCollectivePayload' as const, deletedId: ID, unlinked: 3 } } },
    };
    renderRoute(`/collectives/${ID}`, { signedInAs: MANON, mocks: [collectiveMock, remove] });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Collectif des clients AMEN?' });
    expect(within(dialog).getByText(/Its 3 members are unlinked \(the accounts stay\)/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete the collective' }));
    expect(await screen.findByText('Collectif des clients AMEN deleted.')).toBeInTheDocument();
  });

  it('offers no delete once the terms are signed, and says why', async () => {
    const signed = { ...PENDING, status: 'signed' as const, signedAt: '2026-11-23T08:00:00Z', signedByName: 'Sophie Renard', signatureRecordedBy: 'Manon Leroy' };
    renderRoute(`/collectives/${ID}`, { signedInAs: MANON, mocks: [withAgreement(signed)] });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Collectif des clients AMEN?' });
    expect(within(dialog).getByText(/a signed agreement is a record the team keeps/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Delete the collective' })).not.toBeInTheDocument();
  });
});

describe('the collectives page', () => {
  it('lists the campaign’s collectives with their deadline and progress', async () => {
    const list = {
      request: { query: CollectivesDocument, variables: { campaignId: 'camp-kpn', first: 100 } },
      result: {
        data: {
          collectives: {
            __typename: 'CollectiveConnection' as const,
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c1' },
            edges: [{ __typename: 'CollectiveEdge' as const, node: { ...COLLECTIVE, members: undefined, campaign: undefined, spokesperson: undefined } }],
          },
        },
      },
    };
    renderRoute('/collectives', { signedInAs: MANON, mocks: [list] });
    expect(await screen.findByRole('link', { name: 'Collectif des clients AMEN' })).toHaveAttribute('href', `/collectives/${ID}`);
    expect(screen.getByText('3 linked of 250 claimed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New collective' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Collective cancellations in 10 d 0 h')).toBeInTheDocument());
  });
});
