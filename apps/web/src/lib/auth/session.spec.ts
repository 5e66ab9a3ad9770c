import { Session, type SessionPayload } from './session';

/**
 * A stand-in for the api's `refreshSession`, as it behaves (apps/api/src/identity/auth.service.ts):
 * each refresh token works once and is replaced; presenting a used one ends the whole session.
 */
function fakeApi(first: string) {
  let current: string | null = first;
  const spent = new Set<string>();
  let issued = 0;
  let revoked = false;
  const fetchImpl: typeof fetch = async (_url, init) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { input: { refreshToken: string } } };
    const presented = variables.input.refreshToken;
    await new Promise((resolve) => setTimeout(resolve, 0)); // the network: other tabs run meanwhile
    let body: unknown;
    if (!revoked && presented === current) {
      spent.add(presented);
      current = `refresh-${++issued}-0123456789abcdef`;
      const payload: SessionPayload = {
        __typename: 'LoginPayload',
        accessToken: `access-${issued}`,
        accessTokenExpiresAt: '2026-11-23T09:15:00Z',
        refreshToken: current,
        user: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin', email: 'alice@lifeboat.demo', role: 'rep', locale: 'en' },
      };
      body = { data: { refreshSession: payload } };
    } else {
      if (spent.has(presented)) revoked = true;
      body = { data: null, errors: [{ message: 'This session has ended: sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] };
    }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { fetchImpl, isRevoked: () => revoked };
}

/** The Web Locks API as browsers implement it for one origin (jsdom has none): one holder per name at a time. */
function installWebLocks(): () => void {
  const queues = new Map<string, Promise<unknown>>();
  const locks = {
    request: <T>(name: string, task: () => Promise<T>): Promise<T> => {
      const previous = queues.get(name) ?? Promise.resolve();
      const run = previous.then(task, task);
      queues.set(name, run.catch(() => undefined));
      return run;
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return () => delete (navigator as unknown as { locks?: unknown }).locks;
}

describe('Session renewal across tabs', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  it('two tabs renewing at the same instant (one shared refresh token) both stay signed in', async () => {
    uninstall = installWebLocks();
    localStorage.setItem('lifeboat.refreshToken', 'refresh-0-0123456789abcdef');
    const api = fakeApi('refresh-0-0123456789abcdef');
    const tabA = new Session('/graphql', api.fetchImpl);
    const tabB = new Session('/graphql', api.fetchImpl);

    const [a, b] = await Promise.all([tabA.renew(), tabB.renew()]);

    expect([a, b]).toEqual([true, true]);
    expect(api.isRevoked()).toBe(false);
    expect(tabA.token).toBe('access-1');
    expect(tabB.token).toBe('access-2'); // B renewed with the token A left
    expect(localStorage.getItem('lifeboat.refreshToken')).toBe('refresh-2-0123456789abcdef');
  });

  it('within one tab, concurrent renewals share one request', async () => {
    uninstall = installWebLocks();
    localStorage.setItem('lifeboat.refreshToken', 'refresh-0-0123456789abcdef');
    const api = fakeApi('refresh-0-0123456789abcdef');
    const tab = new Session('/graphql', api.fetchImpl);
    expect(await Promise.all([tab.renew(), tab.renew(), tab.renew()])).toEqual([true, true, true]);
    expect(tab.token).toBe('access-1');
    expect(api.isRevoked()).toBe(false);
  });
});
