import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LoginDocument, MyQueueDocument, RivalsDocument } from '../../../gql/graphql';
import type { SessionPayload } from '../../../lib/auth/session';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';
import { dashboardMock } from '../../../testing/dashboard-fixtures';

const credentials = { email: 'alice@lifeboat.demo', password: 'lifeboat' };

async function fillAndSubmit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText(/Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function signsIn(payload: SessionPayload) {
  return { request: { query: LoginDocument, variables: { input: { email: payload.user.email, password: 'lifeboat' } } }, result: { data: { login: payload } } };
}

const noRivals = {
  request: { query: RivalsDocument, variables: { first: 100, after: null } },
  result: { data: { rivals: { __typename: 'RivalConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
};

function refused(code: string, message: string) {
  return {
    request: { query: LoginDocument, variables: { input: credentials } },
    result: { errors: [{ message, extensions: { code } }] },
  };
}

describe('/sign-in', () => {
  it('sends a signed-out visitor to sign in, then to where they were going', async () => {
    const { router, session } = renderRoute('/rivals', {
      mocks: [
        { request: { query: LoginDocument, variables: { input: credentials } }, result: { data: { login: ALICE } } },
        noRivals,
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Sign in to Lifeboat' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');

    await fillAndSubmit('alice@lifeboat.demo', 'lifeboat');

    await waitFor(() => expect(router.state.location.pathname).toBe('/rivals'));
    expect(await screen.findByRole('button', { name: 'Account menu for Alice Martin' })).toBeInTheDocument();
    expect(session.token).toBe('access-alice');
    expect(localStorage.getItem('lifeboat.refreshToken')).toBe(ALICE.refreshToken);
  });

  describe('with no target but the home page, each lands on their own home', () => {
    // jsdom lays nothing out, so the dashboard's charts warn that they have no size: expected here.
    beforeEach(() => {
      const warn = console.warn.bind(console);
      jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
        if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it('a manager lands on the dashboard', async () => {
      const { router } = renderRoute('/', { mocks: [signsIn(MANON), dashboardMock()] });
      expect(await screen.findByRole('heading', { name: 'Sign in to Lifeboat' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/sign-in');

      await fillAndSubmit('manon@lifeboat.demo', 'lifeboat');

      await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
      expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard · KPNQwest' })).toBeInTheDocument();
      // The queue is still one click away.
      expect(screen.getByRole('link', { name: 'My queue' })).toHaveAttribute('href', '/');
    });

    it('a rep lands on their queue', async () => {
      const emptyQueue = {
        request: { query: MyQueueDocument, variables: { first: 50, after: null } },
        result: { data: { myQueue: { __typename: 'QueueItemConnection', totalCount: 0, totalCountCapped: false, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
      };
      const { router } = renderRoute('/', { mocks: [signsIn(ALICE), emptyQueue] });
      await fillAndSubmit('alice@lifeboat.demo', 'lifeboat');
      expect(await screen.findByRole('heading', { level: 1, name: 'My queue' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/');
    });

    it('a manager following a link still lands where it points', async () => {
      const { router } = renderRoute('/rivals', { mocks: [signsIn(MANON), noRivals] });
      await fillAndSubmit('manon@lifeboat.demo', 'lifeboat');
      await waitFor(() => expect(router.state.location.pathname).toBe('/rivals'));
      expect(await screen.findByRole('button', { name: 'Account menu for Manon Leroy' })).toBeInTheDocument();
    });
  });

  it('says the credentials are wrong, and stays', async () => {
    const { router, session } = renderRoute('/sign-in', { mocks: [refused('UNAUTHENTICATED', 'Invalid email or password.')] });
    await fillAndSubmit('alice@lifeboat.demo', 'lifeboat');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(session.token).toBeNull();
    expect(screen.getByLabelText(/Password/)).toHaveValue('');
  });

  it('asks to wait after too many attempts', async () => {
    renderRoute('/sign-in', { mocks: [refused('RATE_LIMITED', 'Too many attempts.')] });
    await fillAndSubmit('alice@lifeboat.demo', 'lifeboat');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Wait a minute and try again.');
  });

  it('switches to French, and remembers it', async () => {
    renderRoute('/sign-in');
    expect(await screen.findByRole('heading', { name: 'Sign in to Lifeboat' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    expect(await screen.findByRole('heading', { name: 'Connexion à Lifeboat' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
    expect(localStorage.getItem('lifeboat.language')).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });
});
