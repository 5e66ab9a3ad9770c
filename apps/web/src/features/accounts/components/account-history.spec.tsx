import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccountDocument, AccountHistorySourcesDocument, AuditTrailDocument, type AuditTrailQuery } from '../../../gql/graphql';
import { freezeDateAt } from '../../../testing/clock';
import { OPODO } from '../../../testing/fixtures';
import { MANON, renderRoute } from '../../../testing/render-route';

// Now: Tuesday 24 November 2026, 12:00 Paris (11:00 UTC).
freezeDateAt(new Date('2026-11-24T11:00:00Z'));

type Entry = AuditTrailQuery['auditTrail']['edges'][number]['node'];


const accountMock = {
  request: { query: AccountDocument, variables: { id: 'acc-opodo' } },
  result: { data: { node: OPODO } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function sourcesMock(opportunities: { id: string; proposals?: { id: string; reference: string }[] }[]) {
  return {
    request: { query: AccountHistorySourcesDocument, variables: { id: 'acc-opodo' } },
    result: {
      data: {
        node: {
          __typename: 'Account' as const,
          id: 'acc-opodo',
          opportunities: opportunities.map((o) => ({
            __typename: 'Opportunity' as const,
            id: o.id,
            proposals: (o.proposals ?? []).map((p) => ({ __typename: 'Proposal' as const, ...p })),
            migration: null,
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function entry(id: string, at: string, action: string, entityType: string, changes: [string, unknown, unknown][], actor: Partial<Pick<Entry, 'actorType' | 'actorLabel'>> = {}): Entry {
  return {
    __typename: 'AuditEntry',
    id,
    at,
    actorType: actor.actorType ?? 'user',
    actorLabel: actor.actorLabel ?? 'Alice Martin',
    action,
    entityType,
    entityId: 'unused',
    changes: changes.map(([field, before, after]) => ({ __typename: 'FieldChange', field, before, after })),
  };
}

/** One page of a trail as the api answers the page's request: `entries` (given oldest first) newest first, as asked. */
function trailMock(entityId: string, oldestFirst: Entry[], page: { after?: string; hasNextPage?: boolean; totalCount?: number } = {}) {
  const entries = [...oldestFirst].reverse();
  const result = jest.fn(() => ({
    data: {
      auditTrail: {
        __typename: 'AuditEntryConnection' as const,
        totalCount: page.totalCount ?? entries.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: page.hasNextPage ?? false, endCursor: entries.length ? `cur-${entries[entries.length - 1].id}` : null },
        edges: entries.map((node) => ({ __typename: 'AuditEntryEdge' as const, cursor: `cur-${node.id}`, node: { ...node, entityId } })),
      },
    },
  }));
  return {
    request: { query: AuditTrailDocument, variables: { entityId, first: 10, order: 'NEWEST_FIRST' as const, ...(page.after ? { after: page.after } : {}) } },
    result,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const history = () => screen.findByRole('region', { name: /^(History|Historique des modifications)$/ });

describe('/accounts/:id — history', () => {
  const entries = {
    account: [
      entry('e1', '2026-11-20T08:00:00Z', 'account.created', 'Account', [
        ['name', null, 'Opodo'],
        ['segment', null, 'enterprise_vpn'],
        ['monthlySpend', null, 1_200_000],
        ['hasBackupProvider', null, false],
        ['countries', null, ['FR', 'ES']],
        ['contacts', null, []],
        ['ownerId', null, 'bruno'],
      ]),
      entry('e3', '2026-11-23T09:00:00Z', 'account.assigned', 'Account', [['ownerId', null, 'alice']], { actorLabel: 'Manon Leroy' }),
      entry(
        'e5',
        '2026-11-24T08:00:00Z',
        'account.updated',
        'Account',
        [
          ['contacts', [], [{ id: 'c1', name: 'Jane Doe', title: 'CIO', email: null, phone: null, decisionMaker: true }]],
          ['prepaidUntil', null, '2027-03-31T00:00:00Z'],
          ['urgencyScoreInternal', 1, 2],
        ],
        { actorType: 'api_key', actorLabel: 'API key "CRM sync"' },
      ),
      entry('e7', '2026-11-24T10:30:00Z', 'account.merged', 'Account', []),
    ],
    deal: [
      entry('e2', '2026-11-20T08:00:00Z', 'opportunity.created', 'Opportunity', [
        ['stage', null, 'identified'],
        ['monthlyValue', null, 0],
        ['termMonths', null, 12],
      ]),
      entry('e4', '2026-11-23T10:00:00Z', 'opportunity.moved', 'Opportunity', [
        ['stage', 'identified', 'contacted'],
        ['probability', 10, null],
      ]),
    ],
    proposal: [
      entry('e6', '2026-11-24T09:00:00Z', 'proposal.accepted', 'Proposal', [
        ['status', 'sent', 'accepted'],
        ['signerName', null, 'Jane Doe'],
      ], { actorType: 'customer', actorLabel: 'Jane Doe (Opodo)' }),
    ],
  };
  const mocks = () => [
    accountMock,
    sourcesMock([{ id: 'opp-1', proposals: [{ id: 'prop-1', reference: 'KPN-0042' }] }]),
    trailMock('acc-opodo', entries.account),
    trailMock('opp-1', entries.deal),
    trailMock('prop-1', entries.proposal),
  ];

  it('shows the account’s and its deal’s changes as one timeline, newest first (issue #20), worded: who, when, what, before → after', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: mocks() });
    const section = await history();
    await within(section).findByText('Account created');
    const titles = ['Account created', 'Deal opened', 'Owner changed', 'Deal moved', 'Account edited', 'Proposal accepted by the customer', 'Change'].reverse();
    const text = section.textContent ?? '';
    let from = 0;
    for (const title of titles) {
      const at = text.indexOf(title, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + title.length;
    }
    // Values in words: enums, money, booleans, lists, months, users by name, not their ids.
    for (const line of [
      'Segment: Enterprise VPN',
      'Monthly spend with the rival: €12,000.00',
      'Backup provider: No',
      'Countries: FR, ES',
      'Term: 12 months',
      'Stage: Identified',
      'Stage: Identified → Contacted',
      'Probability: 10% → from the stage',
      'Owner: Unassigned → Alice Martin',
      // Created with an owner: nothing before it.
      'Owner: Bruno Petit',
      'Contacts: added Jane Doe',
      'Prepaid until: 31 Mar 2027',
      'Status: Sent → Accepted',
      'Signed by: Jane Doe',
      'and 1 other detail',
    ]) {
      expect(within(section).getByText((_, el) => el?.tagName === 'LI' && el.textContent === line)).toBeInTheDocument();
    }
    // Who: a user's name, an API key, the customer.
    expect(within(section).getAllByText(/^by Alice Martin/)).toHaveLength(4);
    expect(within(section).getByText(/^by Manon Leroy/)).toBeInTheDocument();
    expect(within(section).getByText(/^by API key “CRM sync”/)).toBeInTheDocument();
    expect(within(section).getByText(/^by the customer, Jane Doe \(Opodo\)/)).toBeInTheDocument();
    expect(within(section).getByText('Proposal KPN-0042')).toBeInTheDocument();
    // No code nor id on screen.
    expect(text).not.toMatch(/account\.|opportunity\.|enterprise_vpn|alice\b|urgencyScoreInternal|prop-1|opp-1/);
    expect(within(section).getByText('7 of 7 changes')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('says when relatively, and exactly on hover, in the campaign’s time zone', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: mocks() });
    const section = await history();
    const times = await within(section).findAllByText('3 hours ago');
    expect(times[0]).toHaveAttribute('dateTime', '2026-11-24T08:00:00Z');
    expect(within(section).getByText('30 minutes ago')).toBeInTheDocument();
    expect(within(section).getAllByText('4 days ago').length).toBe(2);
    fireEvent.mouseEnter(times[0]);
    expect(await screen.findByText('24 November 2026 at 09:00 CET')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: mocks(), language: 'fr' });
    const section = await history();
    await within(section).findByText('Compte créé');
    for (const line of ['Responsable : Non attribué → Alice Martin', 'Étape : Identifié → Contacté', 'Statut : Envoyée → Acceptée']) {
      expect(within(section).getByText((_, el) => el?.tagName === 'LI' && el.textContent?.replace(/\s/g, ' ') === line)).toBeInTheDocument();
    }
    expect(within(section).getByText((_, el) => el?.tagName === 'LI' && /^Dépense mensuelle chez le concurrent\s:\s12\s000,00\s€$/.test(el.textContent ?? ''))).toBeInTheDocument();
    expect(within(section).getByText(/^par clé d’API « CRM sync »/)).toBeInTheDocument();
    expect(within(section).getAllByText('il y a 3 heures').length).toBeGreaterThan(0);
    expect(within(section).getByText('7 changements sur 7')).toBeInTheDocument();
  });

  it('reads further pages only when asked, and never shows an earlier entry before a later one still unread', async () => {
    const names = Array.from({ length: 13 }, (_, i) => `Opodo ${i + 1}`);
    const renames = names.map((name, i) =>
      entry(`r${String(i).padStart(2, '0')}`, new Date(Date.parse('2026-11-21T08:00:00Z') + i * 3_600_000).toISOString(), 'account.updated', 'Account', [['name', i ? names[i - 1] : 'Opodo', name]]),
    );
    // Newest first, the account's first page holds its 10 latest changes (11:00 to 20:00); the deal moved at 09:30,
    // before the oldest of them: it must wait until the account's earlier changes are read.
    const moved = entry('m1', '2026-11-21T09:30:00Z', 'opportunity.moved', 'Opportunity', [['stage', 'identified', 'contacted']]);
    const first = trailMock('acc-opodo', renames.slice(3), { hasNextPage: true, totalCount: 13 });
    const second = trailMock('acc-opodo', renames.slice(0, 3), { after: 'cur-r03', totalCount: 13 });
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: [accountMock, sourcesMock([{ id: 'opp-1' }]), first, second, trailMock('opp-1', [moved])] });
    const section = await history();
    expect(await within(section).findByText('10 of 14 changes')).toBeInTheDocument();
    expect(within(section).queryByText('Deal moved')).not.toBeInTheDocument();
    expect(second.result).not.toHaveBeenCalled();

    fireEvent.click(within(section).getByRole('button', { name: 'Show more' }));
    expect(await within(section).findByText('14 of 14 changes')).toBeInTheDocument();
    expect(second.result).toHaveBeenCalledTimes(1);
    const text = section.textContent ?? '';
    // Newest first: the 13th rename (20:00) at the top; the 3rd rename (10:00), the move (09:30), the 2nd rename (09:00).
    expect(text.indexOf('Opodo 12 → Opodo 13')).toBeLessThan(text.indexOf('Opodo 2 → Opodo 3'));
    expect(text.indexOf('Opodo 2 → Opodo 3')).toBeLessThan(text.indexOf('Deal moved'));
    expect(text.indexOf('Deal moved')).toBeLessThan(text.indexOf('Opodo 1 → Opodo 2'));
    expect(within(section).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('says so when nothing was recorded', async () => {
    renderRoute('/accounts/acc-opodo', { signedInAs: MANON, mocks: [accountMock, sourcesMock([]), trailMock('acc-opodo', [])] });
    const section = await history();
    expect(await within(section).findByText('No change recorded yet.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByRole('status')).not.toBeInTheDocument());
  });
});
