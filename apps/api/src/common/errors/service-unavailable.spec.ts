import type { Pool, PoolClient } from 'pg';
import { RunningLifeboat } from '../../bootstrap';
import { startTestServer } from '../../testing/test-app';
import { createUser, signIn } from '../../testing/auth';

/**
 * A saturated database (every pooled connection busy for longer than the pool waits) is a coded,
 * retryable answer, SERVICE_UNAVAILABLE with retryAfterSeconds — not INTERNAL_SERVER_ERROR. The pool
 * really is exhausted here: the test holds every connection of the app's own pool and shortens how
 * long a request waits for one (5 s in production) so that the test does not wait that long.
 */
describe('SERVICE_UNAVAILABLE when the database has no connection to spare (over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let pool: Pool & { options: { max: number; connectionTimeoutMillis?: number } };
  let token: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    const ds = lifeboat.db.dataSource;
    pool = (ds.driver as unknown as { master: typeof pool }).master;
    const user = await createUser(ds, { email: 'alice@example.test', role: 'rep' });
    token = await signIn(lifeboat.url, user.email, user.password);
  });

  afterAll(() => lifeboat.close());

  const post = (body: unknown, bearer?: string) =>
    fetch(`${lifeboat.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify(body),
    });

  /** Runs `during` while every connection of the pool is taken, with requests giving up after 300 ms. */
  const saturated = async (during: () => Promise<void>) => {
    const timeout = pool.options.connectionTimeoutMillis;
    const held: PoolClient[] = [];
    try {
      while (held.length < pool.options.max) held.push(await pool.connect());
      pool.options.connectionTimeoutMillis = 300;
      await during();
    } finally {
      pool.options.connectionTimeoutMillis = timeout;
      for (const client of held) client.release();
    }
  };

  it('answers HTTP 503 with Retry-After when the caller cannot even be identified, and a coded error when a resolver cannot run', async () => {
    await saturated(async () => {
      // The bearer token is checked against its session before any resolver: no connection, 503.
      const identified = await post({ query: '{ me { id } }' }, token);
      expect(identified.status).toBe(503);
      expect(identified.headers.get('retry-after')).toBe('2');
      const body = (await identified.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
      expect(body.errors[0].message).toMatch(/too busy.*retry in 2 seconds/);
      expect(JSON.stringify(body)).not.toMatch(/timeout exceeded|Context creation failed/);

      // Signing in needs no connection to identify the (anonymous) caller; the resolver then finds none.
      const resolver = await post({
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email: 'alice@example.test', password: 'whatever it is' } },
      });
      const result = (await resolver.json()) as { data: unknown; errors: Array<{ message: string; path: string[]; extensions: Record<string, unknown> }> };
      expect(result.data).toBeNull();
      expect(result.errors[0]).toMatchObject({ path: ['login'], extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } });
      expect(result.errors[0].message).toMatch(/too busy/);
    });

    // Once connections are free again, the same request succeeds.
    const again = await post({ query: '{ me { id } }' }, token);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: { me: { id: string } } }).data.me.id).toBeTruthy();
  });
});
