import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { RealtimePubSub, TOPICS, type ImportProgressMessage } from './realtime-pubsub';
import { RECHECK_AFTER_MS } from './live-connections';

const PASSWORD = 'correct horse battery staple';
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id stage version } } }`;
const WATCH = `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { opportunityId campaignId stage event } }`;
const REFRESH = `subscription($campaignId: ID!) { dashboardRefresh(campaignId: $campaignId) { campaignId reason } }`;
const PROGRESS = `subscription($importId: ID!) { importProgress(importId: $importId) { importId status rowsDone totalRows } }`;

interface Watched {
  received: Array<Record<string, unknown>>;
  errors: Array<{ message?: string; code?: number; extensions?: Record<string, unknown> }>;
  done: Promise<void>;
  ended: () => boolean;
}

/** A graphql-ws client as an integration opens it: connectionParams carry the bearer token. */
function connect(url: string, token: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Sends one operation over the socket and collects what comes back; `done` settles on an error or completion. */
function send(client: Client, query: string, variables: Record<string, unknown> = {}): Watched {
  const received: Watched['received'] = [];
  const errors: Watched['errors'] = [];
  let ended = false;
  const done = new Promise<void>((resolve) => {
    client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (value) => {
          if (value.data) received.push(value.data);
          if (value.errors) errors.push(...(value.errors as Watched['errors']));
        },
        error: (error) => {
          errors.push(...(Array.isArray(error) ? error : [error as Watched['errors'][number]]));
          ended = true;
          resolve();
        },
        complete: () => {
          ended = true;
          resolve();
        },
      },
    );
  });
  return { received, errors, done, ended: () => ended };
}

async function until(probe: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Until an operation expected to be refused ends (a refusal comes at once; an operation served would never end). */
const settled = (w: Watched) => Promise.race([w.done, pause(5_000)]);

/** The operations HTTP refuses are refused over graphql-ws too; a socket does not outlive its caller's access. */
describe('graphql-ws, as hardened as HTTP (embedded PostgreSQL, in-memory PubSub)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let a: string;
  let campaignA: string;
  let campaignB: string;
  let manager: string;
  let outsider: string;
  let admin: string;
  let deals = 0;
  const clients: Client[] = [];
  const open = (token: string) => {
    const client = connect(lifeboat.url, token);
    clients.push(client);
    return client;
  };
  const connected = (client: Client) => new Promise<void>((resolve) => client.on('connected', () => resolve()));

  /** A new deal of campaign A, moved by its manager: one opportunityChanged and one dashboardRefresh event for A. */
  const moveADeal = async (): Promise<string> => {
    deals += 1;
    const name = `Customer ${deals}`;
    const [account] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, $3, 'hosting') RETURNING id`, [
      a,
      name,
      name.toLowerCase(),
    ]);
    const [deal] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`, [
      account.id,
      a,
    ]);
    const opportunityId = toGlobalId('Opportunity', deal.id);
    const moved = await graphql(lifeboat.url, manager, { query: MOVE, variables: { input: { opportunityId, expectedVersion: 1, stage: 'contacted' } } });
    expect(moved.errors).toBeUndefined();
    return opportunityId;
  };

  /** A session of its own (access and refresh tokens), through the real `login` mutation. */
  const login = async (email: string) => {
    const res = await graphql<{ login: { accessToken: string; refreshToken: string } }>(lifeboat.url, null, {
      query: `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
      variables: { input: { email, password: PASSWORD } },
    });
    return res.data!.login;
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('Tiscali', 'IT', 'distressed') RETURNING id`);
    const [ca] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'A') RETURNING id`, [rival.id]);
    const [cb] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'B') RETURNING id`, [rival.id]);
    a = ca.id;
    campaignA = toGlobalId('Campaign', ca.id);
    campaignB = toGlobalId('Campaign', cb.id);
    await createUser(ds, { email: 'ana@example.test', role: 'manager', campaignIds: [ca.id] });
    await createUser(ds, { email: 'bob@example.test', role: 'manager', campaignIds: [cb.id] });
    await createUser(ds, { email: 'root@example.test', role: 'admin' });
    manager = await signIn(lifeboat.url, 'ana@example.test', PASSWORD);
    outsider = await signIn(lifeboat.url, 'bob@example.test', PASSWORD);
    admin = await signIn(lifeboat.url, 'root@example.test', PASSWORD);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await lifeboat.close();
  });

  describe('only subscriptions, within the limits of HTTP', () => {
    it('refuses a query sent over the socket with BAD_USER_INPUT', async () => {
      const res = send(open(manager), `{ me { id email } }`);
      await settled(res);
      expect(res.received).toEqual([]);
      expect(res.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/Only subscriptions are served over graphql-ws/), extensions: { code: 'BAD_USER_INPUT' } }),
      ]);
    });

    it('refuses a mutation sent over the socket, and changes nothing', async () => {
      await createUser(ds, { email: 'mo@example.test', role: 'manager', campaignIds: [a] });
      const session = await login('mo@example.test');
      const client = open(session.accessToken);
      const logout = send(client, `mutation($input: RefreshSessionInput!) { logout(input: $input) { ok } }`, { input: { refreshToken: session.refreshToken } });
      await settled(logout);
      expect(logout.received).toEqual([]);
      expect(logout.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
      const dealId = await moveADeal();
      const id = Buffer.from(dealId, 'base64url').toString().split(':')[1];
      const before = await ds.query(`SELECT stage, version FROM opportunity WHERE id = $1`, [id]);
      const move = send(client, MOVE, { input: { opportunityId: dealId, expectedVersion: before[0].version, stage: 'lost', lostReason: 'timing' } });
      await settled(move);
      expect(move.received).toEqual([]);
      expect(move.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
      // Nothing ran: the session is still open, the deal where it was.
      const [row] = await ds.query(`SELECT count(*)::int AS n FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'mo@example.test' AND s.revoked_at IS NULL`);
      expect(row.n).toBe(1);
      expect(await ds.query(`SELECT stage, version FROM opportunity WHERE id = $1`, [id])).toEqual(before);
      expect((await graphql(lifeboat.url, session.accessToken, { query: `{ me { id } }` })).errors).toBeUndefined();
    });

    it('refuses a subscription 50 levels deep, as HTTP refuses such a query', async () => {
      let selection = 'event';
      for (let i = 0; i < 49; i++) selection = `event { ${selection} }`;
      const res = send(open(manager), `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { ${selection} } }`, { campaignId: campaignA });
      await settled(res);
      expect(res.received).toEqual([]);
      expect(res.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/depth/i));
      for (const error of res.errors) expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    });

    it('refuses more than 30 aliases, and 1,000 of them; 30 are served', async () => {
      const aliased = (n: number) =>
        `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { ${Array.from({ length: n }, (_, i) => `a${i}: event`).join(' ')} } }`;
      const client = open(manager);
      for (const n of [31, 1000]) {
        const res = send(client, aliased(n), { campaignId: campaignA });
        await settled(res);
        expect(res.received).toEqual([]);
        expect(res.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/aliases/i), extensions: { code: 'BAD_USER_INPUT' } })]);
      }
      // Over the token limit, refused by the parser before anything else.
      const tokens = send(client, aliased(3000), { campaignId: campaignA });
      await settled(tokens);
      expect(tokens.errors).toEqual([expect.objectContaining({ message: 'Syntax Error: Token limit of 5000 exceeded.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
      const thirty = send(client, aliased(30), { campaignId: campaignA });
      await pause(300);
      await moveADeal();
      await until(() => thirty.received.length > 0);
      expect(Object.keys(thirty.received[0]['opportunityChanged'] as object)).toHaveLength(30);
      expect(thirty.errors).toEqual([]);
    });

    it('goes through the operation gate as HTTP does: text inputs, nesting, the variables’ depth', async () => {
      const SUB = `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { event } }`;
      const client = open(manager);
      for (const bad of [`${campaignA}\u0000`, `\ud800${campaignA}`]) {
        const res = send(client, SUB, { campaignId: bad });
        await settled(res);
        expect(res.received).toEqual([]);
        expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'campaignId' })] } })]);
      }
      const deep = send(client, `subscription { opportunityChanged(campaignId: ${'['.repeat(2000)}"x"${']'.repeat(2000)}) { event } }`);
      await settled(deep);
      expect(deep.errors).toEqual([expect.objectContaining({ message: 'Syntax Error: brackets nested more than 64 levels deep.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
      let nested: unknown = 'x';
      for (let i = 0; i < 100; i++) nested = { a: nested };
      const variables = send(client, SUB, { campaignId: campaignA, pad: nested });
      await settled(variables);
      expect(variables.errors).toEqual([expect.objectContaining({ message: 'The variables are nested more than 64 levels deep.', extensions: { code: 'BAD_USER_INPUT' } })]);
    });

    it('charges each subscribe to the caller’s rate budget, shared with HTTP', async () => {
      await createUser(ds, { email: 'eager@example.test', role: 'manager', campaignIds: [a] });
      const token = await signIn(lifeboat.url, 'eager@example.test', PASSWORD);
      const client = open(token);
      // 600 a minute per user: spent by 600 subscribes (refused or not, each is an operation).
      const spent = Array.from({ length: 600 }, () => send(client, `subscription { noSuchField }`));
      await Promise.all(spent.map(settled));
      expect(spent.flatMap((s) => s.errors.map((e) => e.extensions?.['code']))).not.toContain('RATE_LIMITED');
      const over = send(client, WATCH, { campaignId: campaignA });
      await settled(over);
      expect(over.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Too many requests for this user/), extensions: { code: 'RATE_LIMITED' } })]);
      const http = await graphql(lifeboat.url, token, { query: `{ me { id } }` });
      expect(http.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    }, 60_000);
  });

  describe('the other campaign', () => {
    it('refuses importProgress and dashboardRefresh of another campaign, and delivers nothing of it', async () => {
      // An import of campaign A (its progress is published below as the import job publishes it).
      const [row] = await ds.query(
        `INSERT INTO account_import (campaign_id, status, mapping, content, content_bytes, total_rows, actor_type, actor_label)
         VALUES ($1, 'completed', '{}', '', 0, 10, 'user', 'Ana') RETURNING id`,
        [a],
      );
      const importId: string = row.id;
      const theirs = open(outsider);
      const mine = open(manager);
      const ready = Promise.all([connected(theirs), connected(mine)]);
      const progressRefused = send(theirs, PROGRESS, { importId: toGlobalId('AccountImport', importId) });
      const refreshRefused = send(theirs, REFRESH, { campaignId: campaignA });
      const progress = send(mine, PROGRESS, { importId: toGlobalId('AccountImport', importId) });
      const refresh = send(mine, REFRESH, { campaignId: campaignA });
      // Bob's own campaign, to show the socket is alive and served.
      const ownRefresh = send(theirs, REFRESH, { campaignId: campaignB });
      await ready;
      await Promise.all([settled(progressRefused), settled(refreshRefused)]);
      for (const refused of [progressRefused, refreshRefused]) {
        expect(refused.received).toEqual([]);
        expect(refused.errors).toEqual([expect.objectContaining({ extensions: { code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) } })]);
      }
      await pause(300);
      // Campaign A's import progresses and a deal moves in A.
      const message: ImportProgressMessage = { importId, campaignId: a, status: 'running', rowsDone: 5, totalRows: 10, at: new Date().toISOString() };
      await lifeboat.app.get(RealtimePubSub).publish(TOPICS.importProgress, message);
      await moveADeal();
      await until(() => progress.received.length > 0 && refresh.received.length > 0);
      await pause(300);
      expect(progress.received[0]).toEqual({ importProgress: { importId: toGlobalId('AccountImport', importId), status: 'running', rowsDone: 5, totalRows: 10 } });
      expect(ownRefresh.received).toEqual([]);
      expect(ownRefresh.errors).toEqual([]);
      expect(progressRefused.received).toEqual([]);
      expect(refreshRefused.received).toEqual([]);
    });
  });

  it('answers FORBIDDEN (not an internal error) to a subscription through a key without the read scope', async () => {
    const created = await graphql<{ createApiKey: { secret: string } }>(lifeboat.url, admin, {
      query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      variables: { input: { name: 'writer', scopes: ['write'], campaignId: campaignA } },
    });
    const key = open(created.data!.createApiKey.secret);
    for (const [query, variables] of [
      [WATCH, { campaignId: campaignA }],
      [`subscription { notificationAdded { id } }`, {}],
    ] as const) {
      const res = send(key, query, variables);
      await settled(res);
      expect(res.received).toEqual([]);
      expect(res.errors).toEqual([expect.objectContaining({ message: 'This API key lacks the "read" scope.', extensions: { code: 'FORBIDDEN' } })]);
    }
  });

  describe('a socket does not outlive its caller’s access', () => {
    /** A member of campaign A with a socket watching A's deals and dashboard, both proven to deliver. */
    const watcher = async (email: string, role: 'manager' | 'rep') => {
      const user = await createUser(ds, { email, role, campaignIds: [a] });
      const session = await login(email);
      const client = open(session.accessToken);
      const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
      const ready = connected(client);
      const deals = send(client, WATCH, { campaignId: campaignA });
      const refresh = send(client, REFRESH, { campaignId: campaignA });
      await ready;
      await pause(300);
      await moveADeal();
      await until(() => deals.received.length > 0 && refresh.received.length > 0);
      return { user, session, client, deals, refresh, closed };
    };

    /** After the caller's access changed: the next events of A reach a control subscriber, not the watcher. */
    const expectNoMoreDeliveries = async (w: Awaited<ReturnType<typeof watcher>>) => {
      const control = send(open(manager), WATCH, { campaignId: campaignA });
      await pause(300);
      const seen = { deals: w.deals.received.length, refresh: w.refresh.received.length };
      // Past the time a check of the caller stands: the next event re-reads it.
      await pause(RECHECK_AFTER_MS + 200);
      const moved = await moveADeal();
      await until(() => control.received.some((r) => (r['opportunityChanged'] as { opportunityId: string }).opportunityId === moved));
      await moveADeal();
      await until(() => control.received.length >= 2);
      await pause(300);
      expect({ deals: w.deals.received.length, refresh: w.refresh.received.length }).toEqual(seen);
    };

    it('closes the socket (4403) after the user signs out, and delivers nothing more', async () => {
      const w = await watcher('leaving@example.test', 'rep');
      const out = await graphql<{ logout: { ok: boolean } }>(lifeboat.url, null, {
        query: `mutation($input: RefreshSessionInput!) { logout(input: $input) { ok } }`,
        variables: { input: { refreshToken: w.session.refreshToken } },
      });
      expect(out.data?.logout.ok).toBe(true);
      await expectNoMoreDeliveries(w);
      expect(await w.closed).toBe(4403);
      await Promise.all([w.deals.done, w.refresh.done]);
      expect(w.deals.errors).toEqual([expect.objectContaining({ code: 4403 })]);
    });

    it('closes the socket (4403) after the user is deactivated', async () => {
      const w = await watcher('deactivated@example.test', 'rep');
      const [{ version }] = await ds.query(`SELECT version FROM app_user WHERE id = $1`, [w.user.id]);
      const res = await graphql(lifeboat.url, admin, {
        query: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`,
        variables: { input: { userId: toGlobalId('User', w.user.id), expectedVersion: version, active: false } },
      });
      expect(res.errors).toBeUndefined();
      await expectNoMoreDeliveries(w);
      expect(await w.closed).toBe(4403);
    });

    it('stops delivering a campaign’s events once the user is removed from its team, and refuses a new subscription to it', async () => {
      const w = await watcher('moved-on@example.test', 'rep');
      const res = await graphql(lifeboat.url, admin, {
        query: `mutation($input: RemoveCampaignMemberInput!) { removeCampaignMember(input: $input) { campaign { id } } }`,
        variables: { input: { campaignId: campaignA, userId: toGlobalId('User', w.user.id) } },
      });
      expect(res.errors).toBeUndefined();
      await expectNoMoreDeliveries(w);
      const again = send(w.client, WATCH, { campaignId: campaignA });
      await settled(again);
      expect(again.errors).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })]);
    });
  });
});
