import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AccountsDocument, CreateAccountDocument, type AccountsQuery, type AccountsQueryVariables } from '../../../gql/graphql';
import { ALICE, renderRoute } from '../../../testing/render-route';
import { accountsVariables, NO_FILTERS } from '../api/use-accounts';
import { accountsExportUrl } from '../lib/csv';

type Row = AccountsQuery['accounts']['edges'][number]['node'];

function row(id: string, name: string, extra: Partial<Row> = {}): Row {
  return {
    __typename: 'Account',
    id,
    version: 1,
    name,
    segment: 'enterprise_vpn',
    countries: ['FR', 'NL'],
    urgency: 70,
    monthlySpend: { __typename: 'Money', amount: 1_250_050, currency: 'EUR' },
    owner: null,
    currentOpportunity: { __typename: 'Opportunity', id: `opp-${id}`, stage: 'identified', overdue: false, dueAt: '2026-11-25T16:00:00Z' },
    ...extra,
  };
}

function page(variables: AccountsQueryVariables, rows: Row[], next: string | null = null) {
  return {
    request: { query: AccountsDocument, variables },
    result: {
      data: {
        accounts: {
          __typename: 'AccountConnection' as const,
          totalCount: rows.length + (next ? 1 : 0),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: !!next, endCursor: next },
          edges: rows.map((node) => ({ __typename: 'AccountEdge' as const, cursor: `c-${node.id}`, node })),
        },
      },
    },
  };
}

const EURONEXT = row('a1', 'Euronext', { owner: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin' } });
const TRICKY = row('a2', 'Dupont, "Le Web" & Fils', {
  segment: 'smb_web',
  countries: ['FR'],
  urgency: 35,
  monthlySpend: { __typename: 'Money', amount: 9_900, currency: 'EUR' },
  currentOpportunity: { __typename: 'Opportunity', id: 'opp-a2', stage: 'contacted', overdue: true, dueAt: '2026-11-20T09:00:00Z' },
});
const FORMULA = row('a3', '=HYPERLINK("x")', { currentOpportunity: null });

const FIRST = { orderBy: 'URGENCY' as const, first: 25, after: null };

describe('/accounts', () => {
  it('lists the accounts the server returns, most urgent first', async () => {
    renderRoute('/accounts', { signedInAs: ALICE, mocks: [page(FIRST, [EURONEXT, TRICKY])] });
    const table = await screen.findByRole('table', { name: 'Accounts' });
    expect(within(table).getAllByRole('link').map((a) => a.textContent)).toEqual(['Euronext', 'Dupont, "Le Web" & Fils']);
    expect(screen.getByText('2 accounts')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Claim Dupont, "Le Web" & Fils' })).toBeInTheDocument();
  });

  it('writes a large count the French way, with a narrow no-break space between thousands (issue #20)', async () => {
    const many = page(FIRST, [EURONEXT]);
    many.result.data.accounts.totalCount = 99_844;
    renderRoute('/accounts', { signedInAs: ALICE, language: 'fr', mocks: [many] });
    // Exact text: the default matcher would fold the narrow no-break space into a plain one.
    expect(await screen.findByText('99\u202f844 comptes', { normalizer: (text) => text.trim() })).toBeInTheDocument();
  });

  it('sends the filters and the order to the server', async () => {
    renderRoute('/accounts', {
      signedInAs: ALICE,
      mocks: [
        page(FIRST, [EURONEXT, TRICKY]),
        page({ ...FIRST, overdue: true }, [TRICKY]),
        page({ ...FIRST, overdue: true, orderBy: 'NAME' }, [TRICKY]),
        page({ ...FIRST, overdue: true, orderBy: 'NAME', search: 'dupont' }, [TRICKY]),
      ],
    });
    await screen.findByText('2 accounts');
    fireEvent.click(screen.getByRole('switch', { name: 'Overdue only' }));
    expect(await screen.findByText('1 account')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending'));
    fireEvent.change(screen.getByLabelText('Search by name'), { target: { value: 'dupont' } });
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });

  it('maps the owner, stage and urgency filters to the api’s arguments', () => {
    expect(accountsVariables({ ...NO_FILTERS, owner: 'unassigned', stage: 'contacted', minUrgency: 40, segment: 'hosting' }, 'camp-kpn')).toEqual({
      orderBy: 'URGENCY',
      campaignId: 'camp-kpn',
      unassigned: true,
      stage: 'contacted',
      minUrgency: 40,
      segment: 'hosting',
    });
    expect(accountsVariables({ ...NO_FILTERS, owner: 'VXNlcjphbGljZQ', search: '  lyc ' }, null)).toEqual({ orderBy: 'URGENCY', ownerId: 'VXNlcjphbGljZQ', search: 'lyc' });
  });

  describe('Export CSV', () => {
    const realFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    it('downloads the file the api writes for the current filters, with the session’s bearer token', async () => {
      let saved: Blob | null = null;
      URL.createObjectURL = jest.fn((blob: Blob) => {
        saved = blob;
        return 'blob:accounts';
      });
      URL.revokeObjectURL = jest.fn();
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      const file = '\uFEFFname,externalRef\r\nEuronext,EN-1\r\n';
      const fetchMock = jest.fn(
        async () => new Response(file, { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="lifeboat-accounts-2026-12-07.csv"' } }),
      );
      globalThis.fetch = fetchMock as unknown as typeof fetch;
      renderRoute('/accounts', { signedInAs: ALICE, mocks: [page(FIRST, [EURONEXT, TRICKY]), page({ ...FIRST, overdue: true }, [TRICKY])] });
      await screen.findByText('2 accounts');
      fireEvent.click(screen.getByRole('switch', { name: 'Overdue only' }));
      expect(await screen.findByText('1 account')).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(await screen.findByText('1 account exported.')).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith('/exports/accounts.csv?overdue=true', { headers: { authorization: 'Bearer access-alice' } });
      expect(click).toHaveBeenCalled();
      const link = click.mock.contexts[0] as HTMLAnchorElement;
      expect(link.download).toBe('lifeboat-accounts-2026-12-07.csv');
      expect(await (saved as unknown as Blob).text()).toBe('name,externalRef\r\nEuronext,EN-1\r\n');
      click.mockRestore();
    });

    it('says why when the api refuses, in the reader’s language', async () => {
      globalThis.fetch = jest.fn(
        async () => new Response(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Too many requests: retry in 20 seconds.', fields: [] } }), { status: 429 }),
      ) as unknown as typeof fetch;
      renderRoute('/accounts', { signedInAs: ALICE, language: 'fr', mocks: [page(FIRST, [EURONEXT, TRICKY])] });
      await screen.findByText('2 comptes');
      fireEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      expect(await screen.findByText('L’export a échoué')).toBeInTheDocument();
      expect(screen.getByText('Too many requests: retry in 20 seconds.')).toBeInTheDocument();
    });

    it('asks for the list’s filters only (not its order)', () => {
      expect(accountsExportUrl(accountsVariables({ ...NO_FILTERS, owner: 'unassigned', segment: 'smb_web', country: 'fr', orderBy: 'NAME' }, 'camp-kpn'))).toBe(
        '/exports/accounts.csv?campaignId=camp-kpn&segment=smb_web&unassigned=true&country=FR',
      );
      expect(accountsExportUrl(accountsVariables(NO_FILTERS, null))).toBe('/exports/accounts.csv');
    });
  });

  it('says so when nothing matches', async () => {
    renderRoute('/accounts', { signedInAs: ALICE, mocks: [page(FIRST, [])] });
    expect(await screen.findByText('No account matches.')).toBeInTheDocument();
  });

  it('creates an account in the campaign: a rep’s is theirs (no owner to choose), and a refusal about the campaign lands on its field', async () => {
    const input = {
      campaignId: 'camp-kpn',
      name: 'Opodo',
      segment: 'hosting',
      monthlySpend: 240_000,
      countries: [],
      contractEndsAt: null,
      prepaidUntil: null,
      hasBackupProvider: false,
      rivalIsPrincipalOperator: false,
      externalRef: null,
      competingBidders: [],
      rivalServices: [],
      monthlyValue: 300_000,
      // Entered by hand: the basis the team relies on, legitimate interests unless the rep says otherwise.
      lawfulBasis: 'legitimate_interests',
    };
    renderRoute('/accounts', {
      signedInAs: ALICE,
      mocks: [
        page(FIRST, []),
        {
          request: { query: CreateAccountDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('KPNQwest is closed: it takes no new accounts.', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.campaignId', reason: 'the campaign is closed' }] },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByText('No account matches.');
    fireEvent.click(screen.getByRole('button', { name: 'New account' }));
    const form = await screen.findByRole('form', { name: 'Create the account' });
    // The only active campaign is chosen already; a rep picks no owner.
    expect(within(form).getByRole('combobox', { name: /^Campaign/ })).toHaveValue('KPNQwest');
    expect(within(form).queryByRole('combobox', { name: /^Owner/ })).not.toBeInTheDocument();
    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Opodo' } });
    const segment = within(form).getByRole('combobox', { name: /^Segment/ });
    fireEvent.focus(segment);
    fireEvent.click(segment);
    await waitFor(() => expect(segment).toHaveAttribute('aria-expanded', 'true'));
    fireEvent.click(within(document.getElementById(segment.getAttribute('aria-controls') ?? '') as HTMLElement).getByRole('option', { name: 'Hosting', hidden: true }));
    fireEvent.change(within(form).getByRole('textbox', { name: /^Monthly spend/ }), { target: { value: '2400' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Expected monthly value/ }), { target: { value: '3000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create the account' }));
    expect(await within(form).findByText('the campaign is closed')).toBeInTheDocument();
  }, 20_000);
});
