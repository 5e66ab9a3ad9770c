import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../../bootstrap';
import { startTestServer } from '../../testing/test-app';
import { createUser, graphql, GraphqlResult, signIn } from '../../testing/auth';
import { toGlobalId } from '../graphql/global-id';

/**
 * What a client sees when something fails inside (DESIGN.md §6, issue 5 point 7): INTERNAL_SERVER_ERROR
 * with a generic message — no SQL, no table or column, no stack — unless the api runs with
 * NODE_ENV=development (config/app-config.ts), where the cause is shown to the developer.
 * The failures are real: the test's own throwaway database refuses the statement (a CHECK constraint
 * added behind the api's back, a column renamed under a query), nothing is mocked.
 */

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version } opportunity { id } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id name version } } }`;
const RIVALS = `{ rivals { edges { node { name country } } } }`;
const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) { activity { id occurredAt nextStepAt } } }`;
const DASHBOARD = `query($campaignId: ID!, $period: DashboardPeriodInput) { pipelineDashboard(campaignId: $campaignId, period: $period) { period { from to } } }`;

/** What must never reach a client outside development: SQL, the schema's names, a driver's or a stack's words. */
const INTERNALS = [
  /\b(SELECT|INSERT|UPDATE|DELETE)\s/,
  /\b(FROM|WHERE|RETURNING)\b/,
  /violates|check constraint|does not exist|relation "/i,
  /lifeboat_refuses_this_name|country_moved_away/,
  /normalized_name|monthly_spend|campaign_id|"account"|"rival"/,
  /QueryFailedError|TypeORM|\bpg\b|PGlite/i,
  /\bat .+\(.+:\d+:\d+\)|\.ts:\d+|node_modules/,
];

interface World {
  lifeboat: RunningLifeboat & { url: string };
  ds: DataSource;
  token: string;
  managerToken: string;
  campaignId: string;
  accountId: string;
}

async function startWorld(env: Record<string, string>): Promise<World> {
  const lifeboat = await startTestServer(env);
  const ds = lifeboat.db.dataSource;
  const [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
  const [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rivalId]);
  const alice = await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [campaignId] });
  const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaignId] });
  const token = await signIn(lifeboat.url, alice.email, alice.password);
  const managerToken = await signIn(lifeboat.url, manon.email, manon.password);
  const created = await graphql<{ createAccount: { account: { id: string } } }>(lifeboat.url, token, {
    query: CREATE,
    variables: { input: { campaignId: toGlobalId('Campaign', campaignId), name: 'Euronext', segment: 'enterprise_vpn', monthlySpend: 100_000 } },
  });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return { lifeboat, ds, token, managerToken, campaignId, accountId: created.data.createAccount.account.id };
}

/** The database refuses this one name for an account, as a real constraint: the UPDATE itself fails. */
const REFUSED_NAME = 'Refused by the database';
const refuseName = (ds: DataSource) =>
  ds.query(`ALTER TABLE account ADD CONSTRAINT lifeboat_refuses_this_name CHECK (name <> '${REFUSED_NAME}') NOT VALID`);
const allowName = (ds: DataSource) => ds.query(`ALTER TABLE account DROP CONSTRAINT IF EXISTS lifeboat_refuses_this_name`);

/** Runs `during` with rival.country renamed: every read of rivals then fails in the database. */
async function withoutRivalCountry<T>(ds: DataSource, during: () => Promise<T>): Promise<T> {
  await ds.query(`ALTER TABLE rival RENAME COLUMN country TO country_moved_away`);
  try {
    return await during();
  } finally {
    await ds.query(`ALTER TABLE rival RENAME COLUMN country_moved_away TO country`);
  }
}

/** The answer's one error, checked to be exactly the generic INTERNAL_SERVER_ERROR at `path`, and nothing internal in the whole body. */
function expectGenericInternalError(res: GraphqlResult<unknown>, path: Array<string | number>) {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors ?? [];
  // Exactly these keys: no extensions.stacktrace, no extensions.exception, no SQL in a side field.
  expect(Object.keys(error).sort()).toEqual(['extensions', 'locations', 'message', 'path']);
  expect(error.message).toBe('Internal server error.');
  expect(error.path).toEqual(path);
  expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  const body = JSON.stringify(res);
  for (const internal of INTERNALS) expect(body).not.toMatch(internal);
}

describe.each(['test', 'production'])('an unexpected failure with NODE_ENV=%s: INTERNAL_SERVER_ERROR, generic, no SQL nor stack (over HTTP)', (nodeEnv) => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld({ NODE_ENV: nodeEnv, LIFEBOAT_JWT_SECRET: 'a test secret of more than thirty-two characters, not a real one' });
  });

  afterAll(() => world.lifeboat.close());

  it('hides a write the database refuses (a CHECK constraint violated by the UPDATE), and the change is not made', async () => {
    const { lifeboat, ds, token, accountId } = world;
    await refuseName(ds);
    try {
      const res = await graphql(lifeboat.url, token, { query: UPDATE, variables: { input: { id: accountId, expectedVersion: 1, name: REFUSED_NAME } } });
      expect(res.status).toBe(200);
      expect(res.data).toBeNull();
      expectGenericInternalError(res, ['updateAccount']);
    } finally {
      await allowName(ds);
    }
    const [row] = await ds.query(`SELECT name, version FROM account WHERE name = 'Euronext'`);
    expect(row).toEqual({ name: 'Euronext', version: 1 });
    // The same change goes through once the database accepts it: the failure above was the database's.
    const again = await graphql<{ updateAccount: { account: { name: string; version: number } } }>(lifeboat.url, token, {
      query: UPDATE,
      variables: { input: { id: accountId, expectedVersion: 1, name: REFUSED_NAME } },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.updateAccount.account).toMatchObject({ name: REFUSED_NAME, version: 2 });
  });

  it('hides a read that fails in the database (a column gone from under the query)', async () => {
    const { lifeboat, ds, managerToken } = world;
    const ok = await graphql(lifeboat.url, managerToken, { query: RIVALS });
    expect(ok.errors).toBeUndefined();
    const res = await withoutRivalCountry(ds, () => graphql(lifeboat.url, managerToken, { query: RIVALS }));
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expectGenericInternalError(res, ['rivals']);
  });
});

describe('an unexpected failure with NODE_ENV=development: the cause is shown to the developer (over HTTP)', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld({ NODE_ENV: 'development', LIFEBOAT_SCHEDULER: 'off' });
  });

  afterAll(() => world.lifeboat.close());

  it('gives the database’s own message for a refused write, still coded INTERNAL_SERVER_ERROR', async () => {
    const { lifeboat, ds, token, accountId } = world;
    await refuseName(ds);
    try {
      const res = await graphql(lifeboat.url, token, { query: UPDATE, variables: { input: { id: accountId, expectedVersion: 1, name: REFUSED_NAME } } });
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors?.[0].message).toMatch(/violates check constraint "lifeboat_refuses_this_name"/);
    } finally {
      await allowName(ds);
    }
  });

  it('gives the database’s own message for a failed read', async () => {
    const { lifeboat, ds, managerToken } = world;
    const res = await withoutRivalCountry(ds, () => graphql(lifeboat.url, managerToken, { query: RIVALS }));
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0].message).toMatch(/country.*does not exist/);
  });
});

describe('malformed dates: BAD_USER_INPUT naming the field (over HTTP)', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld({});
  });

  afterAll(() => world.lifeboat.close());

  const fieldsOf = (res: GraphqlResult<unknown>) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field);

  it.each([
    ['occurredAt', 'not a date'],
    ['occurredAt', '2024-13-01T09:00:00Z'],
    ['nextStepAt', '2024-06-01T25:61:00Z'],
    ['nextStepAt', ''],
  ])('logActivity refuses input.%s = %j', async (field, value) => {
    const { lifeboat, token, accountId } = world;
    const res = await graphql(lifeboat.url, token, { query: LOG, variables: { input: { accountId, kind: 'note', body: 'Called the CIO', [field]: value } } });
    // Refused by the operation gate before anything runs: a request error, HTTP 400, no data.
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([`input.${field}`]);
    expect(res.errors?.[0].message).toContain(`input.${field}`);
  });

  it('refuses a malformed date written in the operation itself (a literal, not a variable)', async () => {
    const { lifeboat, token, accountId } = world;
    const res = await graphql(lifeboat.url, token, {
      query: `mutation { logActivity(input: { accountId: ${JSON.stringify(accountId)}, kind: note, body: "x", occurredAt: "yesterday" }) { activity { id } } }`,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.occurredAt']);
  });

  it('refuses a malformed period of pipelineDashboard, naming period.from or period.to', async () => {
    const { lifeboat, managerToken, campaignId } = world;
    const id = toGlobalId('Campaign', campaignId);
    const from = await graphql(lifeboat.url, managerToken, { query: DASHBOARD, variables: { campaignId: id, period: { from: 'last monday' } } });
    expect(from.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(from)).toEqual(['period.from']);
    const to = await graphql(lifeboat.url, managerToken, { query: DASHBOARD, variables: { campaignId: id, period: { from: '2024-01-01T00:00:00Z', to: '2024-02-31T00:00:00Z' } } });
    expect(to.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(to)).toEqual(['period.to']);
  });

  it('refuses a date that is not ISO 8601 rather than guessing it (12/03/2024, 2024-02-30)', async () => {
    const { lifeboat, token, accountId } = world;
    for (const value of ['12/03/2024', '2024-02-30T10:00:00Z', '1']) {
      const res = await graphql(lifeboat.url, token, { query: LOG, variables: { input: { accountId, kind: 'note', body: 'Guess', occurredAt: value } } });
      expect({ value, code: res.errors?.[0].extensions?.code, fields: fieldsOf(res) }).toEqual({ value, code: 'BAD_USER_INPUT', fields: ['input.occurredAt'] });
    }
  });

  it('accepts well-formed ISO 8601 dates (offset, Z, fraction, a date alone, no offset as UTC) and gives them back in UTC', async () => {
    const { lifeboat, token, accountId } = world;
    const cases: Array<[string, string]> = [
      ['2024-03-12T09:30:00+01:00', '2024-03-12T08:30:00.000Z'],
      ['2024-02-29T23:59:59.250Z', '2024-02-29T23:59:59.250Z'],
      ['2024-03-12', '2024-03-12T00:00:00.000Z'],
      // No offset: UTC, whatever the server's zone.
      ['2024-03-12T09:30', '2024-03-12T09:30:00.000Z'],
    ];
    // A next step is future-facing (not more than a year in the past): tomorrow, whatever today is.
    const nextStepAt = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    for (const [given, expected] of cases) {
      const res = await graphql<{ logActivity: { activity: { occurredAt: string; nextStepAt: string } } }>(lifeboat.url, token, {
        query: LOG,
        variables: { input: { accountId, kind: 'call', body: 'Called the CIO', occurredAt: given, nextStepAt } },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.logActivity.activity).toMatchObject({ occurredAt: expected, nextStepAt });
    }
  });
});
