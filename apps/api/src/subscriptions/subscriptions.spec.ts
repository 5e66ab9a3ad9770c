import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';

const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id stage version } } }`;
const WATCH = `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { opportunityId campaignId stage previousStage event } }`;

interface Change {
  opportunityId: string;
  campaignId: string;
  stage: string | null;
  previousStage: string | null;
  event: string;
}

/** A graphql-ws client as the web app opens it: connectionParams carry the bearer token. */
function connect(url: string, token: string | null): Client {
  return createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects what arrives; `done` settles on an error or completion. */
function watch(client: Client, campaignId: string) {
  const received: Change[] = [];
  const errors: unknown[] = [];
  const done = new Promise<void>((resolve) => {
    client.subscribe<{ opportunityChanged: Change }>(
      { query: WATCH, variables: { campaignId } },
      {
        next: (value) => {
          if (value.data) received.push(value.data.opportunityChanged);
          if (value.errors) errors.push(...value.errors);
        },
        error: (error) => {
          errors.push(error);
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return { received, errors, done };
}

async function until(probe: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('live subscriptions over graphql-ws (embedded PostgreSQL, in-memory PubSub)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignA: string;
  let campaignB: string;
  let dealA: string;
  let manager: string;
  let outsider: string;
  const clients: Client[] = [];
  const open = (token: string | null) => {
    const client = connect(lifeboat.url, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('Tiscali', 'IT', 'distressed') RETURNING id`);
    const [a] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'A') RETURNING id`, [rival.id]);
    const [b] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'B') RETURNING id`, [rival.id]);
    campaignA = toGlobalId('Campaign', a.id);
    campaignB = toGlobalId('Campaign', b.id);
    const [account] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, 'Acme', 'acme', 'hosting') RETURNING id`,
      [a.id],
    );
    const [deal] = await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`,
      [account.id, a.id],
    );
    dealA = toGlobalId('Opportunity', deal.id);
    await createUser(ds, { email: 'ana@example.test', role: 'manager', campaignIds: [a.id] });
    await createUser(ds, { email: 'bob@example.test', role: 'manager', campaignIds: [b.id] });
    manager = await signIn(lifeboat.url, 'ana@example.test', 'correct horse battery staple');
    outsider = await signIn(lifeboat.url, 'bob@example.test', 'correct horse battery staple');
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await lifeboat.close();
  });

  it('delivers a deal moved through moveOpportunity to a subscriber of its campaign, and nothing to one of another campaign', async () => {
    const mine = open(manager);
    const theirs = open(outsider);
    const connected = Promise.all([mine, theirs].map((c) => new Promise<void>((resolve) => c.on('connected', () => resolve()))));
    const seen = watch(mine, campaignA);
    const other = watch(theirs, campaignB);
    // Connected (authenticated at connection), then a moment for the subscribe messages to be served.
    await connected;
    await new Promise((r) => setTimeout(r, 300));

    const moved = await graphql<{ moveOpportunity: { opportunity: { stage: string } } }>(lifeboat.url, manager, {
      query: MOVE,
      variables: { input: { opportunityId: dealA, expectedVersion: 1, stage: 'contacted' } },
    });
    expect(moved.errors).toBeUndefined();
    await until(() => seen.received.length > 0);
    expect(seen.received[0]).toEqual({ opportunityId: dealA, campaignId: campaignA, stage: 'contacted', previousStage: 'identified', event: 'opportunity.moved' });
    expect(seen.errors).toEqual([]);
    // Events of campaign A never reach a subscriber of B.
    await new Promise((r) => setTimeout(r, 300));
    expect(other.received).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('answers NOT_FOUND to a subscription to a campaign the caller cannot see', async () => {
    const theirs = open(outsider);
    const attempt = watch(theirs, campaignA);
    await attempt.done;
    expect(attempt.received).toEqual([]);
    expect(attempt.errors).toEqual([expect.objectContaining({ message: 'The campaign was not found.', extensions: { code: 'NOT_FOUND' } })]);
  });

  it('formats errors over graphql-ws as over HTTP: a malformed subscription is BAD_USER_INPUT', async () => {
    const mine = open(manager);
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => {
      mine.subscribe(
        { query: `subscription { opportunityChanged(campaignId: 42) { noSuchField } }` },
        { next: (v) => errors.push(...(v.errors ?? [])), error: (e) => (errors.push(...(Array.isArray(e) ? e : [e])), resolve()), complete: () => resolve() },
      );
    });
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('audits a subscription made through an API key as that key, refused ones too', async () => {
    await createUser(ds, { email: 'root@example.test', role: 'admin' });
    const admin = await signIn(lifeboat.url, 'root@example.test', 'correct horse battery staple');
    const created = await graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(lifeboat.url, admin, {
      query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      variables: { input: { name: 'live board', scopes: ['read'], campaignId: campaignA } },
    });
    expect(created.errors).toBeUndefined();
    const { secret } = created.data!.createApiKey;
    const keyClient = open(secret);
    const connected = new Promise<void>((resolve) => keyClient.on('connected', () => resolve()));
    const allowed = watch(keyClient, campaignA);
    const refused = watch(keyClient, campaignB);
    await connected;
    await refused.done;
    const keyId = (await ds.query(`SELECT id FROM api_key WHERE name = 'live board'`))[0].id;
    let calls: Array<{ details: { operationType: string; rootFields: string[]; outcome: string; errorCodes: string[] } }> = [];
    for (let i = 0; i < 200 && calls.length < 2; i++) {
      calls = await ds.query(`SELECT details FROM audit_entry WHERE action = 'api_key.call' AND entity_id = $1 ORDER BY at`, [keyId]);
      if (calls.length < 2) await new Promise((r) => setTimeout(r, 50));
    }
    expect(calls.map((c) => c.details).sort((a, b) => a.outcome.localeCompare(b.outcome))).toEqual([
      { operationType: 'subscription', operationName: null, rootFields: ['opportunityChanged'], outcome: 'error', errorCodes: ['NOT_FOUND'] },
      { operationType: 'subscription', operationName: null, rootFields: ['opportunityChanged'], outcome: 'ok', errorCodes: [] },
    ]);
    expect(allowed.errors).toEqual([]);
  });

  it('refuses a connection without a valid token', async () => {
    for (const token of [null, 'not-a-token']) {
      const anonymous = open(token);
      const attempt = watch(anonymous, campaignA);
      await attempt.done;
      expect(attempt.received).toEqual([]);
      // graphql-ws closes with 4403 Forbidden when onConnect returns false.
      expect(attempt.errors).toHaveLength(1);
      expect((attempt.errors[0] as { code?: number }).code).toBe(4403);
    }
  });
});
