import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../../bootstrap';
import { startTestServer } from '../../testing/test-app';
import { createUser, graphql, signIn } from '../../testing/auth';

/** Abuse is refused before any resolver runs, with a clear error. */
describe('a hardened GraphQL endpoint', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let token: string;
  let refreshToken: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    token = await signIn(lifeboat.url, 'admin@example.test', 'correct horse battery staple');
    const login = await graphql<{ login: { refreshToken: string } }>(lifeboat.url, null, {
      query: `mutation { login(input: { email: "admin@example.test", password: "correct horse battery staple" }) { refreshToken } }`,
    });
    refreshToken = login.data!.login.refreshToken;
  });

  afterAll(() => lifeboat.close());

  const sessionStillOpen = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM auth_session WHERE revoked_at IS NULL`))[0].n as number;

  it('refuses a query 50 levels deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 24; i++) selection = `distressEvents { rival { ${selection} } }`;
    const res = await graphql(lifeboat.url, token, { query: `{ rivals { edges { node { ${selection} } } } }` });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses more than 30 aliases, and 1,000 of them', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const thirtyOne = await graphql(lifeboat.url, token, { query: aliased(31) });
    expect(thirtyOne.data ?? null).toBeNull();
    expect(thirtyOne.errors?.[0].message).toMatch(/aliases/i);
    const thousand = await graphql(lifeboat.url, token, { query: aliased(1000) });
    expect(thousand.data ?? null).toBeNull();
    // 1,000 aliases also exceed the token limit, which the parser meets first.
    expect(thousand.errors?.[0].message).toMatch(/Token limit of 5000 exceeded|aliases/);
    expect((await graphql(lifeboat.url, token, { query: aliased(30) })).errors).toBeUndefined();
  });

  it('runs none of 1,000 aliased mutations (refused whole, before any resolver)', async () => {
    const open = await sessionStillOpen();
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: logout(input: { refreshToken: "${refreshToken}" }) { ok }`).join('\n');
    const res = await graphql(lifeboat.url, token, { query: `mutation { ${aliases} }` });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/limit/i);
    expect(await sessionStillOpen()).toBe(open);
  });

  it('refuses a batch of 100 operations', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: `mutation { logout(input: { refreshToken: "${refreshToken}" }) { ok } }` }));
    const response = await fetch(`${lifeboat.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
    expect(await sessionStillOpen()).toBeGreaterThan(0);
  });

  it('refuses first: 100000 and an operation that would fetch too much', async () => {
    const big = await graphql(lifeboat.url, token, { query: `{ rivals(first: 100000) { totalCount } }` });
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    let nested = `{ rivals(first: 200) { edges { node { distressEvents { rival { distressEvents { id } } } } } } }`;
    const costly = await graphql(lifeboat.url, token, { query: nested });
    expect(costly.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: 10000 } });
    expect(costly.errors?.[0].message).toMatch(/too expensive/);
    nested = `{ rivals(first: 10) { edges { node { id } } } }`;
    expect((await graphql(lifeboat.url, token, { query: nested })).errors).toBeUndefined();
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT, not an internal error', async () => {
    const res = await graphql(lifeboat.url, token, {
      query: `query($first: Int) { rivals(first: $first) { totalCount } }`,
      variables: { first: 'many' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/Variable "\$first" got invalid value "many"/);
  });

  it('refuses a GET or a form post that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${lifeboat.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a body over 1 MB and sends security headers', async () => {
    const response = await fetch(`${lifeboat.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    const health = await fetch(`${lifeboat.url}/health`);
    expect(health.headers.get('x-powered-by')).toBeNull();
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
