import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { createCache } from '../lib/apollo/create-apollo-client';
import { Session, type SessionPayload } from '../lib/auth/session';
import { createI18n, type Language } from '../lib/i18n/i18n';
import { campaignsMock } from './fixtures';

// The providers the whole app runs in, for a spec that renders a part of it.
export { AppProviders };

export const ALICE: SessionPayload = {
  __typename: 'LoginPayload',
  accessToken: 'access-alice',
  accessTokenExpiresAt: '2026-11-23T09:15:00Z',
  refreshToken: 'refresh-alice-0123456789',
  user: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin', email: 'alice@lifeboat.demo', role: 'rep', locale: 'en' },
};

/** A manager of the KPNQwest campaign. */
export const MANON: SessionPayload = {
  __typename: 'LoginPayload',
  accessToken: 'access-manon',
  accessTokenExpiresAt: '2026-11-23T09:15:00Z',
  refreshToken: 'refresh-manon-0123456789',
  user: { __typename: 'User', id: 'VXNlcjptYW5vbg', name: 'Manon Leroy', email: 'manon@lifeboat.demo', role: 'manager', locale: 'en' },
};

/**
 * Renders the whole app at `path`, as the router would, with the api mocked by `mocks`.
 * `signedInAs` starts a session first (as after a sign-in); without it the visitor is signed out.
 * The header's campaigns are answered with the KPNQwest campaign unless `withCampaigns` is false.
 */
export function renderRoute(
  path: string,
  opts: { mocks?: ReadonlyArray<MockLink.MockedResponse>; signedInAs?: SessionPayload; language?: Language; withCampaigns?: boolean } = {},
) {
  const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
  if (opts.signedInAs) session.start(opts.signedInAs);
  const i18n = createI18n(opts.language ?? 'en');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <MockedProvider mocks={[...(opts.mocks ?? []), ...(opts.withCampaigns === false ? [] : [campaignsMock()])]} cache={createCache()}>
      <AppProviders i18n={i18n} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { ...view, router, session, i18n };
}
