import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccountDocument, AccountPersonalOffersDocument, AssignAccountDocument, EraseContactDocument, MoveOpportunityDocument, type AccountDetailFragment, type ActivityFieldsFragment } from '../../../gql/graphql';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';
import { KPN_SHUTDOWN, OPODO } from '../../../testing/fixtures';
import { freezeDateAt } from '../../../testing/clock';

// The countdowns are live: `Date` is frozen 11 days 5 h 30 min before KPNQwest's shutdown.
freezeDateAt(new Date(Date.parse(KPN_SHUTDOWN) - ((11 * 24 + 5) * 3600 + 30 * 60) * 1000));

const ALICE_ID = 'VXNlcjphbGljZQ';


const accountMock = (account: AccountDetailFragment) => ({
  request: { query: AccountDocument, variables: { id: account.id } },
  result: { data: { node: account } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('/accounts/:id — assigning', () => {
  it('lets a manager give the account to a member of its campaign team', async () => {
    const assign = {
      request: { query: AssignAccountDocument, variables: { input: { accountId: 'acc-opodo', expectedVersion: 7, ownerId: ALICE_ID } } },
      result: jest.fn(() => ({
        data: { assignAccount: { __typename: 'AssignAccountPayload' as const, account: { __typename: 'Account' as const, id: 'acc-opodo', version: 8, owner: { __typename: 'User' as const, id: ALICE_ID, name: 'Alice Martin' } } } },
      })),
    };
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: [accountMock(OPODO), assign] });
    fireEvent.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Who owns Opodo?' });
    expect(within(dialog).getByText('Nobody owns it now.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    const picker = within(dialog).getByRole('combobox', { name: 'Owner' });
    fireEvent.focus(picker);
    fireEvent.click(picker);
    await waitFor(() => expect(picker).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(picker.getAttribute('aria-controls') ?? '') as HTMLElement;
    // The campaign's team: its manager and its reps.
    expect(within(listbox).getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(['Unassigned', 'Manon Leroy', 'Alice Martin', 'Bruno Petit']);
    fireEvent.click(within(listbox).getByRole('option', { name: 'Alice Martin', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The account is now Alice Martin’s.')).toBeInTheDocument();
    expect(assign.result).toHaveBeenCalledWith({ input: { accountId: 'acc-opodo', expectedVersion: 7, ownerId: ALICE_ID } });
  });

  it('offers a rep to claim it, not to assign it', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(OPODO)] });
    expect(await screen.findByRole('button', { name: 'Claim' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Assign|Reassign)$/ })).not.toBeInTheDocument();
  });
});

describe('/accounts/:id — why it is urgent', () => {
  it('words the factors in the reader’s language, as of now, not in the api’s English of the day they were computed', async () => {
    const urgent: AccountDetailFragment = {
      ...OPODO,
      urgencyFactors: [
        { __typename: 'UrgencyFactor', key: 'shutdown_within_14_days', points: 30, params: { __typename: 'UrgencyFactorParams', daysLeft: null } },
        { __typename: 'UrgencyFactor', key: 'no_backup_provider', points: 20, params: { __typename: 'UrgencyFactorParams', daysLeft: null } },
        { __typename: 'UrgencyFactor', key: 'multi_country', points: 8, params: { __typename: 'UrgencyFactorParams', daysLeft: null } },
      ],
    };
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(urgent)], language: 'fr' });
    const why = await screen.findByRole('heading', { name: 'Urgence 64\u00a0: pourquoi' });
    const panel = why.closest('section') as HTMLElement;
    expect(panel).toHaveTextContent('+30 Le réseau de KPNQwest peut s’éteindre dans 11 j 5 h');
    expect(panel).toHaveTextContent('+20 Opodo n’a pas de fournisseur de secours : si KPNQwest s’éteint, il s’éteint aussi');
    expect(panel).toHaveTextContent('+8 Présent dans 2 pays (FR, ES) : une migration multi-pays prend plus de temps');
    expect(panel.textContent).not.toMatch(/network|backup|Spans/);
  });
});

describe('/accounts/:id — the timeline', () => {
  type SystemEvent = NonNullable<ActivityFieldsFragment['systemEvent']>;
  const event: SystemEvent = {
    __typename: 'ActivitySystemEvent',
    from: null,
    to: null,
    lostReason: null,
    note: null,
    monthlyTotal: null,
    termMonths: null,
    validUntil: null,
    signerName: null,
    signerTitle: null,
    recipientName: null,
    recipientEmail: null,
    resent: null,
  };
  const activity = (id: string, kind: AccountDetailFragment['activities'][number]['kind'], body: string, systemEvent: SystemEvent | null) => ({
    __typename: 'Activity' as const,
    id,
    kind,
    occurredAt: '2026-11-24T09:00:00Z',
    authorLabel: 'Alice Martin',
    body,
    outcome: null,
    outcomeCode: null,
    nextStepAt: null,
    nextStep: null,
    systemEvent,
  });
  /** The items of the timeline under its heading, newest first. */
  const timelineItems = (heading: HTMLElement): HTMLElement[] =>
    Array.from((heading.closest('section') as HTMLElement).querySelectorAll<HTMLElement>('.mantine-Timeline-item'));
  const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
  const timeline: AccountDetailFragment = {
    ...OPODO,
    activities: [
      activity('act-signed', 'signed', 'Jeanne Martin, CIO, accepted the proposal: €11,400.00 a month over 24 months.', {
        ...event,
        signerName: 'Jeanne Martin',
        signerTitle: 'DSI',
        monthlyTotal: eur(1_140_000),
        termMonths: 24,
      }),
      activity('act-sent', 'proposal_sent', 'Proposal sent: €11,400.00 a month over 24 months, valid until 2026-12-10T17:00:00.000Z.', {
        ...event,
        monthlyTotal: eur(1_140_000),
        termMonths: 24,
        validUntil: '2026-12-10T17:00:00.000Z',
      }),
      activity('act-lost', 'stage_change', 'Moved from negotiating to lost (price). Trop cher.', {
        ...event,
        from: 'negotiating',
        to: 'lost',
        lostReason: 'price',
        note: 'Trop cher.',
      }),
      activity('act-moved', 'stage_change', 'Moved from contacted to proposal_sent.', { ...event, from: 'contacted', to: 'proposal_sent' }),
      activity('act-old', 'stage_change', 'Moved from identified to contacted.', null),
    ],
  };

  it('words system activities in the reader’s language, not in the api’s English body', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(timeline)], language: 'fr' });
    const items = timelineItems(await screen.findByRole('heading', { name: 'Historique' }));
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('Jeanne Martin, DSI, a accepté la proposition : 11 400,00 € par mois sur 24 mois.');
    expect(items[1]).toHaveTextContent('Proposition envoyée : 11 400,00 € par mois sur 24 mois, valable jusqu’au 10 déc. 2026.');
    expect(items[2]).toHaveTextContent('Affaire passée de l’étape En négociation à l’étape Perdu (motif : Prix). Trop cher.');
    expect(items[3]).toHaveTextContent('Affaire passée de l’étape Contacté à l’étape Proposition envoyée.');
    // Recorded before the facts were kept: its stages read from the English body, worded, never raw codes (issue #20).
    expect(items[4]).toHaveTextContent('Affaire passée de l’étape Identifié à l’étape Contacté.');
    for (const item of items) expect(item.textContent).not.toMatch(/Moved|Proposal sent|accepted|a month|valid until|identified|proposal_sent/);
  });

  it('words them in English for an English reader', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(timeline)] });
    const items = timelineItems(await screen.findByRole('heading', { name: 'What happened so far' }));
    expect(items[1]).toHaveTextContent('Proposal sent: €11,400.00 a month over 24 months, valid until 10 Dec 2026.');
    expect(items[3]).toHaveTextContent('Moved from Contacted to Proposal sent.');
  });

  it('says whom a proposal was emailed to, and when a new link replaced the previous one', async () => {
    const emailed: AccountDetailFragment = {
      ...OPODO,
      activities: [
        activity('act-resent', 'proposal_sent', 'Proposal re-sent by email to Anne Lefèvre <anne@opodo.example> with a new link …', {
          ...event,
          monthlyTotal: eur(1_140_000),
          termMonths: 24,
          validUntil: '2026-12-10T17:00:00.000Z',
          recipientName: 'Anne Lefèvre',
          recipientEmail: 'anne@opodo.example',
          resent: true,
        }),
        activity('act-emailed', 'proposal_sent', 'Proposal sent by email to Anne Lefèvre <anne@opodo.example>: …', {
          ...event,
          monthlyTotal: eur(1_140_000),
          termMonths: 24,
          validUntil: '2026-12-10T17:00:00.000Z',
          recipientName: 'Anne Lefèvre',
          recipientEmail: 'anne@opodo.example',
          resent: false,
        }),
      ],
    };
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(emailed)], language: 'fr' });
    const items = timelineItems(await screen.findByRole('heading', { name: 'Historique' }));
    expect(items[0]).toHaveTextContent('Nouveau lien d’acceptation envoyé par e-mail à Anne Lefèvre (anne@opodo.example) ; le précédent ne fonctionne plus.');
    expect(items[1]).toHaveTextContent(
      'Proposition envoyée par e-mail à Anne Lefèvre (anne@opodo.example) : 11 400,00 € par mois sur 24 mois, valable jusqu’au 10 déc. 2026.',
    );
  });
});

// Issue #20: a deal could not be moved from the account page.
describe('/accounts/:id — moving the deal', () => {
  const withDeal: AccountDetailFragment = {
    ...OPODO,
    owner: { __typename: 'User', id: ALICE.user.id, name: 'Alice Martin' },
    currentOpportunity: {
      __typename: 'Opportunity',
      id: 'opp-opodo',
      version: 4,
      stage: 'identified',
      stageEnteredAt: '2026-11-20T08:00:00Z',
      dueAt: null,
      overdue: false,
      probability: 10,
      termMonths: 12,
      monthlyValue: { __typename: 'Money', amount: 100_000, currency: 'EUR' },
      lostReason: null,
      migration: null,
      proposals: [],
    },
  };
  const moved = (input: Record<string, unknown>, stage: string) => ({
    request: { query: MoveOpportunityDocument, variables: { input } },
    result: jest.fn(() => ({
      data: {
        moveOpportunity: {
          __typename: 'MoveOpportunityPayload' as const,
          opportunity: { __typename: 'Opportunity' as const, id: 'opp-opodo', version: 5, stage, stageEnteredAt: '2026-11-24T11:30:00Z', dueAt: null, overdue: false, probability: 25 },
        },
      },
    })),
  });

  it('moves it on to its next stage, by the same rules as the board', async () => {
    const move = moved({ opportunityId: 'opp-opodo', expectedVersion: 4, stage: 'contacted', lostReason: null, lostToBidder: null }, 'contacted');
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(withDeal), move] });
    fireEvent.click(await screen.findByRole('button', { name: 'Move to Contacted' }));
    expect(await screen.findByText('The deal is now Contacted.')).toBeInTheDocument();
    expect(move.result).toHaveBeenCalled();
  });

  it('marks it lost only with a reason', async () => {
    const lose = moved({ opportunityId: 'opp-opodo', expectedVersion: 4, stage: 'lost', lostReason: 'price', lostToBidder: null }, 'lost');
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(withDeal), lose] });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as lost' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opodo: mark as lost' });
    const confirm = within(dialog).getByRole('button', { name: 'Mark as lost' });
    expect(confirm).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/Why was it lost/), { target: { value: 'price' } });
    fireEvent.click(confirm);
    expect(await screen.findByText('The deal is now Lost.')).toBeInTheDocument();
    expect(lose.result).toHaveBeenCalled();
  });

  it('offers no move to a rep on a colleague’s account', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock({ ...withDeal, owner: { __typename: 'User', id: 'someone-else', name: 'Bruno Petit' } })] });
    await screen.findByRole('heading', { level: 1, name: 'Opodo' });
    expect(screen.queryByRole('button', { name: 'Move to Contacted' })).not.toBeInTheDocument();
  });
});

// Issue #20: a call's quick outcome and its next step in words show on the timeline, in the reader's language.
describe('/accounts/:id — a logged call', () => {
  it('shows how it went and the next step, in French', async () => {
    const called: AccountDetailFragment = {
      ...OPODO,
      activities: [
        {
          __typename: 'Activity',
          id: 'act-call',
          kind: 'call',
          occurredAt: '2026-11-24T09:00:00Z',
          authorLabel: 'Alice Martin',
          body: 'Julien veut l’offre avant vendredi.',
          outcome: null,
          outcomeCode: 'reached_wants_offer',
          nextStepAt: null,
          nextStep: 'Envoyer la proposition',
          systemEvent: null,
        },
      ],
    };
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(called)], language: 'fr' });
    expect(await screen.findByText('Joint – veut une offre')).toBeInTheDocument();
    expect(screen.getByText(/^Prochaine étape\s: Envoyer la proposition$/)).toBeInTheDocument();
  });
});

describe('/accounts/:id — where it came from', () => {
  const contact = (name: string, source: AccountDetailFragment['source']) => ({
    __typename: 'Contact' as const,
    id: `ct-${name}`,
    version: 1,
    name,
    title: null,
    email: null,
    phone: null,
    decisionMaker: false,
    source,
  });
  const later = {
    __typename: 'LeadSource' as const,
    kind: 'manual' as const,
    importId: null,
    fileName: null,
    recordedBy: 'Alice Martin',
    recordedAt: '2026-11-25T10:00:00Z',
    lawfulBasis: 'consent' as const,
  };
  const sourced: AccountDetailFragment = { ...OPODO, contacts: [contact('Jeanne', OPODO.source), contact('Paul', later)] };

  it('says the file, who imported it, when, and the lawful basis; a contact added later says its own entry', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(sourced)] });
    const facts = within((await screen.findByRole('heading', { name: 'Company facts' })).closest('section') as HTMLElement);
    expect(facts.getByText('Imported from kpnqwest-customers.csv by Manon Girard, 20 Nov 2026')).toBeInTheDocument();
    expect(facts.getByText('Lawful basis: Legitimate interests')).toBeInTheDocument();
    const contacts = within(screen.getByRole('heading', { name: 'Who decides' }).closest('section') as HTMLElement);
    // The contact from the account's own file says nothing more; the one added by hand says who and on which basis.
    expect(contacts.queryByText(/kpnqwest-customers\.csv/)).not.toBeInTheDocument();
    expect(contacts.getByText('Added by Alice Martin, 25 Nov 2026 · Consent')).toBeInTheDocument();
  });

  it('says it in French', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock({ ...sourced, id: 'acc-opodo' })], language: 'fr' });
    expect(await screen.findByText('Importé de kpnqwest-customers.csv par Manon Girard, le 20 nov. 2026')).toBeInTheDocument();
    // (The matcher reads the page's no-break spaces as spaces.)
    expect(screen.getByText('Base légale : Intérêt légitime')).toBeInTheDocument();
    expect(screen.getByText('Ajouté par Alice Martin, le 25 nov. 2026 · Consentement')).toBeInTheDocument();
  });

  it('lets a manager erase a contact on their request (GDPR art. 17), after saying what it does', async () => {
    const erase = {
      request: { query: EraseContactDocument, variables: { input: { contactId: 'ct-Jeanne', expectedVersion: 7 } } },
      result: jest.fn(() => ({
        data: {
          eraseContact: {
            __typename: 'EraseContactPayload' as const,
            account: { ...sourced, version: 8, contacts: sourced.contacts.filter((c) => c.name !== 'Jeanne') },
            erasure: { __typename: 'ContactErasure' as const, contactId: 'ct-Jeanne', activities: 2, auditEntries: 3, events: 0, webhookDeliveries: 0, notifications: 1, signedProposalsKept: 0 },
          },
        },
      })),
    };
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: [accountMock(sourced), erase] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Jeanne' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Edit' })).getByRole('button', { name: 'Erase on request…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Erase Jeanne?' });
    expect(confirm).toHaveTextContent('On their request (GDPR art. 17)');
    expect(confirm).toHaveTextContent('The audit keeps that an erasure happened, not who.');
    expect(erase.result).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByText('Jeanne erased; 6 records rewritten.')).toBeInTheDocument();
    expect(erase.result).toHaveBeenCalledWith({ input: { contactId: 'ct-Jeanne', expectedVersion: 7 } });
  });

  it('offers a rep no erasure (a manager handles the request), in French too', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(sourced)], language: 'fr' });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifier Jeanne' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier' });
    expect(within(dialog).queryByRole('button', { name: /Effacer/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Enregistrer' })).toBeInTheDocument();
  });

  it('says so when the source was never recorded', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock({ ...OPODO, source: null })] });
    expect(await screen.findByText('Not recorded (added before Lifeboat recorded sources)')).toBeInTheDocument();
  });
});

describe('/accounts/:id — its personal offer (issue #21)', () => {
  const offer = (over: Record<string, unknown>) => ({
    __typename: 'AccountPersonalOffer' as const,
    id: 'offer-1',
    status: 'open',
    discountPercent: 10,
    termMonths: 12,
    monthlyTotal: { __typename: 'Money' as const, amount: 89_100, currency: 'EUR' },
    expiresAt: KPN_SHUTDOWN,
    openedAt: null,
    acceptedAt: null,
    cutoverWeekStart: null,
    createdAt: '2026-06-01T10:00:00.000Z',
    link: null,
    ...over,
  });
  const offersMock = (nodes: Array<ReturnType<typeof offer>>, totalCount = nodes.length) => ({
    request: { query: AccountPersonalOffersDocument, variables: { id: OPODO.id } },
    result: {
      data: {
        node: {
          __typename: 'Account' as const,
          id: OPODO.id,
          personalOffers: {
            __typename: 'AccountPersonalOfferConnection' as const,
            totalCount,
            edges: nodes.map((node) => ({ __typename: 'AccountPersonalOfferEdge' as const, node })),
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  });

  it('shows the open offer with its terms and a button that copies the customer’s link, for whoever the api gives the link to', async () => {
    const link = 'https://lifeboat.example/offer/' + 'a'.repeat(64);
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: [accountMock(OPODO), offersMock([offer({ link })])] });
    const card = await screen.findByRole('region', { name: 'Personal offer' });
    const item = within(within(card).getByRole('list', { name: 'Personal offers of this account' })).getAllByRole('listitem')[0];
    expect(item).toHaveTextContent('Open');
    expect(item).toHaveTextContent('10% off, 12 months');
    expect(item).toHaveTextContent('Not opened by the customer yet');
    fireEvent.click(within(item).getByRole('button', { name: 'Copy the customer’s link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(link));
    expect(await within(item).findByRole('button', { name: 'Link copied' })).toBeInTheDocument();
  });

  it('says who may copy the link when the api gives none (another rep), and shows accepted and expired offers without one, in French', async () => {
    renderRoute('/accounts/acc-opodo', {
      signedInAs: ALICE,
      language: 'fr',
      mocks: [
        accountMock(OPODO),
        offersMock(
          [
            offer({ id: 'o-open', openedAt: '2026-06-02T09:00:00.000Z' }),
            offer({ id: 'o-acc', status: 'accepted', acceptedAt: '2026-06-03T09:00:00.000Z', cutoverWeekStart: '2026-06-15T00:00:00.000Z' }),
            offer({ id: 'o-exp', status: 'expired' }),
          ],
          4,
        ),
      ],
    });
    const card = await screen.findByRole('region', { name: 'Offre personnelle' });
    const items = within(card).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Ouverte');
    expect(items[0]).toHaveTextContent('Ouverte par le client le');
    expect(items[0]).toHaveTextContent('Seuls le propriétaire du compte ou un manager de la campagne peuvent copier le lien du client.');
    expect(items[1]).toHaveTextContent('Acceptée le');
    expect(items[1]).toHaveTextContent('bascule la semaine du');
    expect(items[2]).toHaveTextContent('Expirée');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(items[3]).toHaveTextContent('et 1 offre plus ancienne');
  });

  it('copies an absolute link when the api gives a path (no public address set)', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: [accountMock(OPODO), offersMock([offer({ link: '/offer/' + 'b'.repeat(64) })])] });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy the customer’s link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/offer/${'b'.repeat(64)}`));
  });

  it('says when no offer was made', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: ALICE, mocks: [accountMock(OPODO), offersMock([])] });
    const card = await screen.findByRole('region', { name: 'Personal offer' });
    expect(card).toHaveTextContent('No personal offer was made to this account yet.');
  });
});
