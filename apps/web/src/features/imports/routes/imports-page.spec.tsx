import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import {
  AccountImportErrorsDocument,
  AccountImportProgressDocument,
  ImportAccountsDocument,
  type AccountImportFieldsFragment,
  type ImportAccountsInput,
} from '../../../gql/graphql';
import { MANON, renderRoute } from '../../../testing/render-route';

type AccountImport = AccountImportFieldsFragment & { __typename: 'AccountImport' };

const HUBSPOT_CSV =
  'Company name;Record ID;Country/Region;Primary contact email\r\n' +
  'Société Générale;1001;France;dsi@socgen.example\r\n' +
  'Opodo;1002;Atlantis;jean@\r\n' +
  'Euronext;1003;Pays-Bas;it@euronext.example\r\n' +
  'Lycos Europe;1004;Allemagne;noc@lycos.example\r\n';

function accountImport(overrides: Partial<AccountImport> = {}): AccountImport {
  return {
    __typename: 'AccountImport',
    id: 'imp-1',
    campaignId: 'camp-kpn',
    fileName: 'hubspot.csv',
    status: 'queued',
    rowsDone: 0,
    totalRows: 4,
    insertedCount: 0,
    updatedCount: 0,
    failedCount: 0,
    failureReason: null,
    submittedBy: 'Manon Leroy',
    createdAt: '2026-11-23T08:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

/** The import mutation, answering `answer` and keeping the input it was sent. */
function importMock(sent: ImportAccountsInput[], answer: { data: unknown } | { errors: GraphQLError[] }) {
  return {
    request: {
      query: ImportAccountsDocument,
      variables: (variables: { input: ImportAccountsInput }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: answer as never,
  };
}

function progressMock(state: AccountImport, delay = 0) {
  return { request: { query: AccountImportProgressDocument, variables: { id: state.id } }, result: { data: { accountImport: state } }, delay };
}

function decodeBase64(value: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
}

async function form() {
  return screen.findByRole('form', { name: 'Customer list to import' });
}

function chooseFile(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('/imports (managers)', () => {
  it('sends the file with its preset, shows rows done / total while it runs, then the summary and the refused rows', async () => {
    const sent: ImportAccountsInput[] = [];
    renderRoute('/imports', {
      signedInAs: MANON,
      mocks: [
        importMock(sent, { data: { importAccounts: { __typename: 'ImportAccountsPayload', accountImport: accountImport() } } }),
        progressMock(accountImport({ status: 'running', rowsDone: 2, insertedCount: 1, startedAt: '2026-11-23T08:00:01Z' })),
        progressMock(
          accountImport({
            status: 'completed',
            rowsDone: 4,
            insertedCount: 2,
            updatedCount: 1,
            failedCount: 1,
            startedAt: '2026-11-23T08:00:01Z',
            finishedAt: '2026-11-23T08:00:03Z',
          }),
          200,
        ),
        {
          request: { query: AccountImportErrorsDocument, variables: { id: 'imp-1', first: 500 } },
          result: {
            data: {
              accountImport: {
                __typename: 'AccountImport' as const,
                id: 'imp-1',
                errors: [
                  {
                    __typename: 'ImportRowError' as const,
                    line: 3,
                    field: 'countries',
                    reason: '"Atlantis" is not a known ISO country',
                    code: 'unknown_country' as const,
                    params: { __typename: 'ImportRowErrorParams' as const, value: 'Atlantis', max: null },
                  },
                  // Recorded before errors had codes: the api's words.
                  {
                    __typename: 'ImportRowError' as const,
                    line: 3,
                    field: 'contactEmail',
                    reason: 'not an email address: "jean@"',
                    code: null,
                    params: { __typename: 'ImportRowErrorParams' as const, value: null, max: null },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const importForm = await form();
    expect(within(importForm).getByRole('combobox', { name: 'Campaign' })).toHaveValue('KPNQwest');
    chooseFile(new File([HUBSPOT_CSV], 'hubspot.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Columns found: Company name, Record ID, Country/Region, Primary contact email')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'HubSpot companies export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    const progress = await screen.findByRole('progressbar', { name: 'Rows processed' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({ campaignId: 'camp-kpn', csvBase64: expect.any(String), fileName: 'hubspot.csv', preset: 'hubspot', lawfulBasis: 'legitimate_interests' });
    expect(decodeBase64(sent[0].csvBase64 ?? '')).toBe(HUBSPOT_CSV);
    // Queued, as the mutation answered; then each second, where the job is.
    expect(progress).toHaveAttribute('aria-valuetext', '0 / 4 rows');
    expect(screen.getByText('Queued').closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('Waiting for a worker: it starts in a moment.')).toBeInTheDocument();
    expect(await screen.findByText('2 / 4 rows', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(progress).toHaveAttribute('aria-valuetext', '2 / 4 rows');
    expect(progress).toHaveAttribute('aria-valuenow', '2');
    expect(progress).toHaveAttribute('aria-valuemax', '4');
    expect(screen.getByText('Importing').closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument();

    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 6000 });
    expect(summary).toHaveTextContent('Accounts created2Accounts updated1Rows refused1');
    expect(screen.getByRole('progressbar', { name: 'Rows processed' })).toHaveAttribute('aria-valuetext', '4 / 4 rows');
    expect(screen.getByText('Completed').closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');

    const table = await screen.findByRole('table', { name: 'Refused rows, by line' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).getAllByRole(row === rows[0] ? 'columnheader' : 'cell').map((c) => c.textContent))).toEqual([
      ['Line', 'Field', 'Reason'],
      ['3', 'Countries', '“Atlantis” is not a known country'],
      ['3', 'Contact email', 'not an email address: "jean@"'],
    ]);
    expect(screen.getByRole('button', { name: 'Import another file' })).toBeInTheDocument();
  });

  it('shows the api’s reason when it refuses the file (BAD_USER_INPUT), and stays on the form', async () => {
    const sent: ImportAccountsInput[] = [];
    const reason = 'This file is not a CSV list of accounts: it holds binary data, not text (export it as CSV, UTF-8).';
    renderRoute('/imports', {
      signedInAs: MANON,
      mocks: [
        importMock(sent, {
          errors: [new GraphQLError(reason, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.csv', reason: 'binary' }] } })],
        }),
      ],
    });
    await form();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose the file to import.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    chooseFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], 'customers.xlsx'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`The file was refused: ${reason}`);
    expect(sent).toEqual([{ campaignId: 'camp-kpn', csvBase64: 'UEsDBAAA', fileName: 'customers.xlsx', preset: 'lifeboat', lawfulBasis: 'legitimate_interests' }]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Customer list to import' })).toBeInTheDocument();
  });

  it('maps the file’s own columns: the account name is required, and only the columns given are sent', async () => {
    const sent: ImportAccountsInput[] = [];
    renderRoute('/imports', {
      signedInAs: MANON,
      mocks: [
        importMock(sent, {
          data: { importAccounts: { __typename: 'ImportAccountsPayload', accountImport: accountImport({ fileName: 'clients.csv', totalRows: 1 }) } },
        }),
        progressMock(accountImport({ fileName: 'clients.csv', totalRows: 1, status: 'running' })),
      ],
    });
    await form();
    chooseFile(new File(['Raison sociale,Pays\n"Dupont, Fils",FR\n'], 'clients.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Columns found: Raison sociale, Pays')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'My own columns' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Say which column holds the account name.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    fireEvent.change(screen.getByRole('combobox', { name: 'Account name' }), { target: { value: 'Raison sociale' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Countries' }), { target: { value: 'Pays ' } });
    // The lawful basis the team relies on for these people (legitimate interests unless said otherwise).
    const basis = screen.getByRole('combobox', { name: 'Lawful basis for the people in this file' });
    expect(basis).toHaveValue('Legitimate interests');
    fireEvent.focus(basis);
    fireEvent.click(basis);
    await waitFor(() => expect(basis).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(basis.getAttribute('aria-controls') ?? '') as HTMLElement;
    fireEvent.click(within(listbox).getByRole('option', { name: 'Consent', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('progressbar', { name: 'Rows processed' })).toHaveAttribute('aria-valuetext', '0 / 1 rows');
    expect(sent).toEqual([
      { campaignId: 'camp-kpn', csvBase64: expect.any(String), fileName: 'clients.csv', mapping: { name: 'Raison sociale', countries: 'Pays' }, lawfulBasis: 'consent' },
    ]);
  });

  it('is in the managers’ navigation, in French too', async () => {
    renderRoute('/imports', { signedInAs: MANON, language: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Importer des clients' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Imports' })).toHaveAttribute('href', '/imports');
    const importForm = await screen.findByRole('form', { name: 'Liste de clients à importer' });
    expect(within(importForm).getByRole('radio', { name: 'Export des comptes Salesforce' })).toBeInTheDocument();
    expect(within(importForm).getByRole('button', { name: 'Importer' })).toBeInTheDocument();
  });

  describe('a file too large for a GraphQL request', () => {
    const realFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    it('goes as the body of POST /imports/:campaignId with the session’s bearer token, then is followed the same way', async () => {
      const fetchMock = jest.fn(
        async () => new Response(JSON.stringify({ id: 'imp-big', status: 'queued', totalRows: 120_000 }), { status: 202, headers: { 'content-type': 'application/json' } }),
      );
      globalThis.fetch = fetchMock as unknown as typeof fetch;
      renderRoute('/imports', {
        signedInAs: MANON,
        mocks: [progressMock(accountImport({ id: 'imp-big', fileName: 'big.csv', status: 'running', rowsDone: 30_000, totalRows: 120_000 }))],
      });
      await form();
      const big = new File(['name;countries\n' + 'Opodo;FR\n'.repeat(90_000)], 'big.csv', { type: 'application/vnd.ms-excel' });
      chooseFile(big);
      fireEvent.click(screen.getByRole('button', { name: 'Import' }));

      expect(await screen.findByRole('progressbar', { name: 'Rows processed' })).toHaveAttribute('aria-valuetext', '30,000 / 120,000 rows');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(fetchMock).toHaveBeenCalledWith('/imports/camp-kpn?fileName=big.csv&preset=lifeboat&lawfulBasis=legitimate_interests', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: 'Bearer access-manon' },
        body: big,
      });
    });
  });
});
