import { fireEvent, screen, within } from '@testing-library/react';
import { ApiKeysDocument, CreateApiKeyDocument } from '../../../gql/graphql';
import type { SessionPayload } from '../../../lib/auth/session';
import { renderRoute } from '../../../testing/render-route';

const ADMIN: SessionPayload = {
  __typename: 'LoginPayload',
  accessToken: 'access-admin',
  accessTokenExpiresAt: '2026-11-23T09:15:00Z',
  refreshToken: 'refresh-admin-0123456789',
  user: { __typename: 'User', id: 'VXNlcjphZG1pbg', name: 'Ada Admin', email: 'admin@lifeboat.demo', role: 'admin', locale: 'en' },
};

const EXISTING = {
  __typename: 'ApiKey' as const,
  id: 'key-1',
  name: 'Billing sync',
  prefix: 'lbk_a1b2c3',
  scopes: ['read'],
  campaignId: null,
  createdAt: '2026-11-01T08:00:00Z',
  lastUsedAt: '2026-11-22T18:04:00Z',
  revokedAt: null,
};

const keysMock = {
  request: { query: ApiKeysDocument, variables: { first: 200 } },
  result: {
    data: {
      apiKeys: {
        __typename: 'ApiKeyConnection' as const,
        totalCount: 1,
        edges: [{ __typename: 'ApiKeyEdge' as const, node: EXISTING }],
      },
    },
  },
};

const SECRET = 'lbk_f00dcafe_9d8c7b6a5f4e3d2c1b0a99887766554433221100';

describe('/admin/api-keys', () => {
  it('lists keys with prefix, scopes and last use; a new key shows its secret once', async () => {
    renderRoute('/admin/api-keys', {
      signedInAs: ADMIN,
      mocks: [
        keysMock,
        {
          request: { query: CreateApiKeyDocument, variables: { input: { name: 'BI export', scopes: ['read', 'import'], campaignId: null } } },
          result: {
            data: {
              createApiKey: {
                __typename: 'CreateApiKeyPayload' as const,
                secret: SECRET,
                apiKey: { ...EXISTING, id: 'key-2', name: 'BI export', prefix: 'lbk_f00dcafe', scopes: ['read', 'import'], campaignId: null, lastUsedAt: null },
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'API keys' }, { timeout: 5000 });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Billing synclbk_a1b2c3…readGlobal (every campaign)22 Nov, 19:04Revoke');

    fireEvent.click(screen.getByRole('button', { name: 'Create an API key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create an API key' }));
    expect(await within(dialog).findByText('Give it a name.')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name/ }), { target: { value: 'BI export' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'import' }));
    expect(within(dialog).getByRole('combobox', { name: 'Campaign' })).toHaveValue('Global (every campaign)');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create an API key' }));

    const reveal = await screen.findByRole('dialog', { name: 'API key “BI export” created' });
    expect(within(reveal).getByTestId('one-time-secret')).toHaveTextContent(SECRET);
    expect(reveal).toHaveTextContent('Copy it now: it is shown only once and cannot be read again.');
    expect(within(reveal).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    fireEvent.click(within(reveal).getByRole('button', { name: 'Done, I have copied it' }));

    // Gone for good: the list shows the new key's prefix, never its secret.
    const rows = await within(table).findAllByRole('row');
    expect(rows[1]).toHaveTextContent('BI exportlbk_f00dcafe…readimportGlobal (every campaign)Never');
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
  }, 20_000);
});
