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

  it('delivers every change of a deal, whoever makes it: its terms, its owner, a move, a loss, a proposal sent and accepted, a write by SQL', async () => {
    const [a] = await ds.query(`SELECT id FROM campaign WHERE name = 'A'`);
    const rep = await createUser(ds, { email: 'rita@example.test', role: 'rep', campaignIds: [a.id] });
    const newDeal = async (name: string) => {
      const [account] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, lower($2), 'hosting') RETURNING id, version`, [
        a.id,
        name,
      ]);
      const [deal] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`, [
        account.id,
        a.id,
      ]);
      return { accountId: toGlobalId('Account', account.id), accountVersion: account.version as number, dealId: toGlobalId('Opportunity', deal.id), dbId: deal.id as string };
    };
    const mine = open(manager);
    const theirs = open(outsider);
    const connected = Promise.all([mine, theirs].map((c) => new Promise<void>((resolve) => c.on('connected', () => resolve()))));
    const seen = watch(mine, campaignA);
    const other = watch(theirs, campaignB);
    const refreshes: string[] = [];
    mine.subscribe<{ dashboardRefresh: { reason: string } }>(
      { query: `subscription($c: ID!) { dashboardRefresh(campaignId: $c) { reason } }`, variables: { c: campaignA } },
      { next: (v) => v.data && refreshes.push(v.data.dashboardRefresh.reason), error: () => undefined, complete: () => undefined },
    );
    await connected;
    await new Promise((r) => setTimeout(r, 300));
    const call = async (query: string, input: Record<string, unknown>) => {
      const res = await graphql<Record<string, Record<string, { version: number }>>>(lifeboat.url, manager, { query, variables: { input } });
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    /** Runs a change, then waits for what it announces (in any order within one transaction). */
    const expectAnnounced = async (change: () => Promise<unknown>, expected: Array<Partial<Change>>) => {
      const from = seen.received.length;
      await change();
      await until(() => seen.received.length >= from + expected.length);
      await new Promise((r) => setTimeout(r, 100));
      const got = seen.received.slice(from).map(({ stage, previousStage, event }) => ({ stage, previousStage, event }));
      const sort = (xs: Array<Partial<Change>>) => [...xs].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      expect(sort(got)).toEqual(sort(expected));
    };
    const UPDATE = `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { version } } }`;
    const ASSIGN = `mutation($input: AssignAccountInput!) { assignAccount(input: $input) { account { version } } }`;

    const deal = await newDeal('Opodo');
    const updated = (stage: string) => ({ stage, previousStage: null, event: 'opportunity.updated' });
    // Its probability alone (the change that reached nobody), then its values and note.
    await expectAnnounced(() => call(UPDATE, { opportunityId: deal.dealId, expectedVersion: 1, probability: 40 }), [updated('identified')]);
    await expectAnnounced(() => call(UPDATE, { opportunityId: deal.dealId, expectedVersion: 2, monthlyValue: 120000, note: 'Wants a pilot' }), [updated('identified')]);
    expect(refreshes).toContain('opportunity.changed');
    // Its owner: assigned, then unassigned.
    await expectAnnounced(() => call(ASSIGN, { accountId: deal.accountId, expectedVersion: deal.accountVersion, ownerId: toGlobalId('User', rep.id) }), [
      { stage: 'identified', previousStage: null, event: 'opportunity.owner_changed' },
    ]);
    // A move, and a loss: one announcement each.
    await expectAnnounced(() => call(MOVE, { opportunityId: deal.dealId, expectedVersion: 3, stage: 'contacted' }), [
      { stage: 'contacted', previousStage: 'identified', event: 'opportunity.moved' },
    ]);
    await expectAnnounced(() => call(MOVE, { opportunityId: deal.dealId, expectedVersion: 4, stage: 'lost', lostReason: 'price' }), [
      { stage: 'lost', previousStage: 'contacted', event: 'opportunity.lost' },
    ]);
    // A write no service made (SQL): announced all the same.
    await expectAnnounced(() => ds.query(`UPDATE opportunity SET note = 'by hand', version = version + 1 WHERE id = $1`, [deal.dbId]), [updated('lost')]);

    // A proposal sent moves the deal (identified → contacted → proposal_sent) and gives it the offer's value; accepted, it is won.
    const offer = await newDeal('Euronext');
    const drafted = await call(`mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`, {
      opportunityId: offer.dealId,
      lines: [{ serviceKind: 'vpn', quantity: 2, monthlyUnitPrice: 50000 }],
    });
    const proposal = drafted['draftProposal']['proposal'] as unknown as { id: string; version: number };
    const submitted = await call(`mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { version } } }`, {
      proposalId: proposal.id,
      expectedVersion: proposal.version,
    });
    let acceptancePath = '';
    await expectAnnounced(
      async () => {
        const sent = await call(`mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath proposal { version } } }`, {
          proposalId: proposal.id,
          expectedVersion: submitted['submitProposal']['proposal'].version,
        });
        acceptancePath = (sent['sendProposal'] as unknown as { acceptancePath: string }).acceptancePath;
      },
      [
        { stage: 'contacted', previousStage: 'identified', event: 'opportunity.moved' },
        { stage: 'proposal_sent', previousStage: 'contacted', event: 'opportunity.moved' },
        updated('proposal_sent'),
      ],
    );
    await expectAnnounced(
      async () => {
        const accepted = await graphql(lifeboat.url, null, {
          query: `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { offer { status } } }`,
          variables: { input: { token: acceptancePath.replace('/accept/', ''), signerName: 'Jeanne Martin', signerTitle: 'CIO', signerEmail: 'jeanne@customer.example', consent: true } },
        });
        expect(accepted.errors).toBeUndefined();
      },
      [{ stage: 'won', previousStage: 'proposal_sent', event: 'opportunity.won' }],
    );
    expect(seen.received.every((c) => c.campaignId === campaignA)).toBe(true);
    expect(seen.errors).toEqual([]);
    expect(other.received).toEqual([]);
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
