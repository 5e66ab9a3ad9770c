import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AccountImportErrorsDocument, AccountImportProgressDocument } from '../../../gql/graphql';
import { createCache } from '../../../lib/apollo/create-apollo-client';
import { Session } from '../../../lib/auth/session';
import { createI18n } from '../../../lib/i18n/i18n';
import { AppProviders, MANON } from '../../../testing/render-route';
import { ImportStatus } from './import-status';

const done = {
  __typename: 'AccountImport' as const,
  id: 'imp-1',
  campaignId: 'camp-kpn',
  fileName: 'clients.csv',
  status: 'completed' as const,
  rowsDone: 3,
  totalRows: 3,
  insertedCount: 0,
  updatedCount: 0,
  failedCount: 3,
  failureReason: null,
  submittedBy: 'Manon Leroy',
  createdAt: '2026-11-23T08:00:00Z',
  startedAt: '2026-11-23T08:00:01Z',
  finishedAt: '2026-11-23T08:00:02Z',
};

const error = (line: number, field: string, reason: string, code: string, value: string | null, max: number | null = null) => ({
  __typename: 'ImportRowError' as const,
  line,
  field,
  reason,
  code,
  params: { __typename: 'ImportRowErrorParams' as const, value, max },
});

// Issue #20: the refused rows' reasons showed in English in the French app; the api now sends codes.
describe('the refused rows of an import, in French', () => {
  it('words each reason from its code and the cell as given, not the api’s English', async () => {
    const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
    session.start(MANON);
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          { request: { query: AccountImportProgressDocument, variables: { id: 'imp-1' } }, result: { data: { accountImport: done } } },
          {
            request: { query: AccountImportErrorsDocument, variables: { id: 'imp-1', first: 500 } },
            result: {
              data: {
                accountImport: {
                  __typename: 'AccountImport' as const,
                  id: 'imp-1',
                  errors: [
                    error(2, 'countries', '"Atlantide" is not a known ISO country', 'unknown_country', 'Atlantide'),
                    error(3, 'monthlySpend', 'monthlySpend cannot be negative (got "-5")', 'negative', '-5'),
                    error(4, 'name', 'name is longer than 500 characters', 'too_long', null, 500),
                  ],
                },
              },
            },
          },
        ]}
      >
        <AppProviders i18n={createI18n('fr')} session={session}>
          <MemoryRouter>
            <ImportStatus importId="imp-1" campaigns={null} onAnother={() => undefined} />
          </MemoryRouter>
        </AppProviders>
      </MockedProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Lignes refusées, par ligne' }, { timeout: 5000 });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(cells).toEqual([
      ['2', 'Pays', '«\u00a0Atlantide\u00a0» n’est pas un pays connu'],
      ['3', 'Dépense mensuelle chez le concurrent', '«\u00a0-5\u00a0» ne peut pas être négatif'],
      ['4', 'Nom du compte', 'Plus de 500 caractères'],
    ]);
    expect(table.textContent).not.toMatch(/is not|cannot|longer than/);
  });
});
