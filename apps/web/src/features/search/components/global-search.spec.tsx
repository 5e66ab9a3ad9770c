import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { GlobalSearchDocument } from '../../../gql/graphql';
import { createCache } from '../../../lib/apollo/create-apollo-client';
import { Session } from '../../../lib/auth/session';
import { createI18n } from '../../../lib/i18n/i18n';
import { campaignsMock } from '../../../testing/fixtures';
import { ALICE, AppProviders } from '../../../testing/render-route';
import { GlobalSearch } from './global-search';

const found = {
  request: { query: GlobalSearchDocument, variables: { text: 'mar', campaignId: null } },
  result: {
    data: {
      search: {
        __typename: 'SearchResults',
        accounts: {
          __typename: 'AccountConnection',
          edges: [{ __typename: 'AccountEdge', node: { __typename: 'Account', id: 'acc-mh', name: 'Martin Hébergement', segment: 'hosting' } }],
        },
        contacts: {
          __typename: 'ContactConnection',
          edges: [
            {
              __typename: 'ContactEdge',
              node: { __typename: 'Contact', id: 'ct-sm', name: 'Sophie Marchand', title: 'Head of Network Operations', account: { __typename: 'Account', id: 'acc-euronext', name: 'Euronext' } },
            },
          ],
        },
      },
    },
  },
};

function renderSearch() {
  const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
  session.start(ALICE);
  const router = createMemoryRouter(
    [
      { path: '/', element: <GlobalSearch /> },
      { path: '/accounts/:id', element: <GlobalSearch /> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <MockedProvider mocks={[found, campaignsMock()]} cache={createCache()}>
      <AppProviders i18n={createI18n('en')} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

describe('global search (Ctrl+K)', () => {
  it('finds accounts and people by name, and goes to the account of the person chosen', async () => {
    const router = renderSearch();
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.change(await screen.findByPlaceholderText('Search accounts and contacts…'), { target: { value: 'mar' } });
    expect(await screen.findByText('Martin Hébergement', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText('Head of Network Operations at Euronext')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Sophie Marchand'));
    expect(router.state.location.pathname).toBe('/accounts/acc-euronext');
  });

  it('asks for two letters first', async () => {
    renderSearch();
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.change(await screen.findByPlaceholderText('Search accounts and contacts…'), { target: { value: 'm' } });
    expect(await screen.findByText('Type at least 2 letters.')).toBeInTheDocument();
  });

  // Issue #20: Ctrl+K needed an arrow key before Enter worked.
  it('opens the first result on Enter, with no arrow key first', async () => {
    const router = renderSearch();
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const input = await screen.findByPlaceholderText('Search accounts and contacts…');
    fireEvent.change(input, { target: { value: 'mar' } });
    expect(await screen.findByText('Martin Hébergement', {}, { timeout: 3000 })).toBeInTheDocument();
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(router.state.location.pathname).toBe('/accounts/acc-mh');
  });

  it('opens the first result when Enter comes before the results do', async () => {
    const router = renderSearch();
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const input = await screen.findByPlaceholderText('Search accounts and contacts…');
    fireEvent.change(input, { target: { value: 'mar' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(router.state.location.pathname).toBe('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/accounts/acc-mh'), { timeout: 3000 });
  });
});
