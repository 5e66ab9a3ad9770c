import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';

const PASSWORD = 'correct horse battery staple';
const WATCH = `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { opportunityId } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id } } }`;

interface Sub {
  received: number;
  errors: Array<{ message?: string; extensions?: Record<string, unknown> }>;
  ended: boolean;
  stop: () => void;
}

function connect(url: string, token: string): Client {
  return createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
}

function subscribe(client: Client, campaignId: string): Sub {
  const sub: Sub = { received: 0, errors: [], ended: false, stop: () => undefined };
  sub.stop = client.subscribe(
    { query: WATCH, variables: { campaignId } },
    {
      next: (v) => {
        if (v.data) sub.received += 1;
        if (v.errors) sub.errors.push(...(v.errors as Sub['errors']));
      },
      error: (e) => {
        sub.errors.push(...(Array.isArray(e) ? e : [e as Sub['errors'][number]]));
        sub.ended = true;
      },
      complete: () => (sub.ended = true),
    },
  );
  return sub;
}

async function until(probe: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const refusedForLimit = (s: Sub) => s.errors.length === 1 && s.errors[0].extensions?.['code'] === 'RATE_LIMITED';

/** One user (or key) cannot hold open unlimited live subscriptions (issue 17, finding 9). */
describe('live subscriptions are capped per user and per API key (default 20, across sockets)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let a: string;
  let campaignA: string;
  let campaignB: string;
  let ana: string;
  let eve: string;
  let deals = 0;
  const clients: Client[] = [];
  const open = async (token: string) => {
    const client = connect(lifeboat.url, token);
    clients.push(client);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    return { client, connected };
  };

  /** A deal of campaign A moved: one opportunityChanged message to every live subscription of A. */
  const moveADeal = async () => {
    deals += 1;
    const [account] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, lower($2), 'hosting') RETURNING id`, [a, `Customer ${deals}`]);
    const [deal] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`, [account.id, a]);
    const moved = await graphql(lifeboat.url, ana, { query: MOVE, variables: { input: { opportunityId: toGlobalId('Opportunity', deal.id), expectedVersion: 1, stage: 'contacted' } } });
    expect(moved.errors).toBeUndefined();
  };
  const openMany = async (client: Client, n: number, campaignId = campaignA) => Array.from({ length: n }, () => subscribe(client, campaignId));
  const live = (subs: Sub[]) => subs.filter((s) => s.received > 0 && s.errors.length === 0).length;
  /**
   * Moves deals until each of `subs` has received one or has ended: graphql-ws does not acknowledge a
   * subscription, it is live once the server has handled it.
   */
  const settle = async (subs: Sub[]) => {
    for (let i = 0; i < 40; i++) {
      await moveADeal();
      try {
        await until(() => subs.every((s) => s.received > 0 || s.ended), 500);
        return;
      } catch {
        // Not handled yet: another event.
      }
    }
    throw new Error('the subscriptions never settled');
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
    await createUser(ds, { email: 'ana@example.test', role: 'manager', campaignIds: [a] });
    await createUser(ds, { email: 'eve@example.test', role: 'manager', campaignIds: [a] });
    ana = await signIn(lifeboat.url, 'ana@example.test', PASSWORD);
    eve = await signIn(lifeboat.url, 'eve@example.test', PASSWORD);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await lifeboat.close();
  });

  it('serves 20 of one user’s subscriptions over two sockets and two sessions, refuses the rest with RATE_LIMITED; others are not affected', async () => {
    const second = await signIn(lifeboat.url, 'ana@example.test', PASSWORD);
    const [one, two] = [await open(ana), await open(second)];
    const subs = [...(await openMany(one.client, 13)), ...(await openMany(two.client, 12))];
    await Promise.all([one.connected, two.connected]);
    await until(() => subs.filter(refusedForLimit).length === 5);
    const refused = subs.filter(refusedForLimit);
    expect(refused[0].errors[0].message).toBe(
      'Too many live subscriptions: 20 are open for you already, the most one user or API key may hold at once (LIFEBOAT_MAX_SUBSCRIPTIONS). Complete one before opening another.',
    );
    expect(subs.filter((s) => s.errors.length > 0 && !refusedForLimit(s))).toEqual([]);
    // The 20 others are live: moved deals reach them.
    await settle(subs);
    expect(live(subs)).toBe(20);

    // Another user has slots of their own.
    const other = await open(eve);
    const theirs = await openMany(other.client, 3);
    await settle(theirs);
    expect(live(theirs)).toBe(3);
  });

  it('gives a slot back when a subscription completes, when its socket closes, and keeps none for one its resolver refused', async () => {
    await createUser(ds, { email: 'zoe@example.test', role: 'manager', campaignIds: [a] });
    const zoe = await signIn(lifeboat.url, 'zoe@example.test', PASSWORD);
    const first = await open(zoe);
    const subs = await openMany(first.client, 20);
    await first.connected;
    await settle(subs);
    expect(live(subs)).toBe(20);
    const extra = subscribe(first.client, campaignA);
    await until(() => extra.ended);
    expect(refusedForLimit(extra)).toBe(true);

    // Completing one frees its slot.
    subs[0].stop();
    let again = subscribe(first.client, campaignA);
    await settle([again]);
    // The complete and the new subscribe may be handled in either order: once the complete is, the slot is free.
    for (let attempt = 0; again.ended && attempt < 20; attempt++) {
      again = subscribe(first.client, campaignA);
      await settle([again]);
    }
    expect(live([again])).toBe(1);

    // Refused by their resolver (a campaign Zoe cannot see): each ends at once and holds nothing,
    // so one free slot is enough for them all, one after the other.
    subs[1].stop();
    for (let i = 0; i < 5; i++) {
      const unseen = subscribe(first.client, campaignB);
      await until(() => unseen.ended);
      expect(unseen.errors.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    }
    const last = subscribe(first.client, campaignA);
    await settle([last]);
    expect(live([last])).toBe(1);

    // A closed socket gives back all of its slots: another socket of the same user gets 20 again
    // (a first one is retried until the server has seen the close).
    await first.client.dispose();
    const next = await open(zoe);
    let probe = subscribe(next.client, campaignA);
    await settle([probe]);
    for (let attempt = 0; probe.ended && attempt < 20; attempt++) {
      probe = subscribe(next.client, campaignA);
      await settle([probe]);
    }
    expect(live([probe])).toBe(1);
    const more = await openMany(next.client, 19);
    await settle(more);
    expect(live(more)).toBe(19);
    const beyond = subscribe(next.client, campaignA);
    await until(() => beyond.ended);
    expect(refusedForLimit(beyond)).toBe(true);
  });

  it('caps an API key the same way, apart from the users', async () => {
    const admin = await createUser(ds, { email: 'root@example.test', role: 'admin' });
    const token = await signIn(lifeboat.url, admin.email, PASSWORD);
    const created = await graphql<{ createApiKey: { secret: string } }>(lifeboat.url, token, {
      query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      variables: { input: { name: 'board', scopes: ['read'], campaignId: campaignA } },
    });
    expect(created.errors).toBeUndefined();
    const key = await open(created.data!.createApiKey.secret);
    const subs = await openMany(key.client, 22);
    await until(() => subs.filter(refusedForLimit).length === 2);
    await settle(subs);
    expect(live(subs)).toBe(20);
  });
});
