import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { fromGlobalId, toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { verifyWebhookSignature } from './webhook-signature';
import { GuardedHttp, type ResolvedAddress } from '../common/http/guarded-http';
import { failOnce } from '../testing/fail-once';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

interface Sink {
  url: string;
  port: number;
  received: Received[];
  server: Server;
  /** What it answers. */
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** How long it takes to answer, once it has the request (ms). */
  delayMs?: number;
}

/**
 * A receiver on 127.0.0.1 that answers `status` and records what it got. Started before the app:
 * its port is one of the loopback ports the app may reach (LIFEBOAT_ALLOW_LOOPBACK_PORTS).
 */
async function startSink(body = 'thanks'): Promise<Sink> {
  const sink = { received: [] as Received[], status: 200, body } as Sink;
  sink.server = createServer((req, res) => {
    let got = '';
    req.on('data', (d) => (got += d));
    req.on('end', () => {
      sink.received.push({ headers: req.headers, body: got });
      setTimeout(() => res.writeHead(sink.status, { 'content-type': 'text/plain', ...sink.headers }).end(sink.body), sink.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => sink.server.listen(0, '127.0.0.1', r));
  sink.port = (sink.server.address() as AddressInfo).port;
  sink.url = `http://127.0.0.1:${sink.port}/hook`;
  return sink;
}

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id events active version } } }`;
const RECORD = `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { distressEvent { id } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id) { id event status attempts lastResponseCode lastResponseExcerpt lastError } }`;
const UPDATE = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { url version } } }`;

describe('webhooks (embedded PostgreSQL, jobs in process, a local HTTP sink)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let admin: string;
  let rival: string;
  let campaign: string;

  const relay = () => lifeboat.app.get(OutboxRelay).flush();
  const record = (summary: string) =>
    graphql(lifeboat.url, admin, {
      query: RECORD,
      variables: { input: { rivalId: rival, kind: 'press_report', occurredAt: new Date().toISOString(), severity: 2, summary } },
    });
  async function until<T>(probe: () => Promise<T | null | undefined | false>): Promise<T> {
    for (let i = 0; i < 200; i++) {
      await relay();
      const value = await probe();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition not met');
  }

  // One receiver per test (each test's webhooks stay its own); `internal` plays a local service
  // that must never be reached: its port is not among the allowed ones.
  const sinks: Record<'signed' | 'retry' | 'node' | 'events' | 'guard' | 'slow', Sink> = {} as never;
  let internal: Sink;

  beforeAll(async () => {
    for (const name of ['signed', 'retry', 'node', 'events', 'guard', 'slow'] as const) sinks[name] = await startSink();
    internal = await startSink('{"secret":"the internal service answered"}');
    lifeboat = await startTestServer({ LIFEBOAT_ALLOW_LOOPBACK_PORTS: Object.values(sinks).map((k) => k.port).join(',') });
    ds = lifeboat.db.dataSource;
    const [r] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'insolvent') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [r.id]);
    rival = toGlobalId('Rival', r.id);
    campaign = toGlobalId('Campaign', c.id);
    await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [c.id] });
    admin = await signIn(lifeboat.url, 'admin@example.test', 'correct horse battery staple');
  });

  afterAll(async () => {
    await lifeboat.close();
    for (const sink of [...Object.values(sinks), internal]) sink.server.close();
  });

  it('is for admins only', async () => {
    const manon = await signIn(lifeboat.url, 'manon@example.test', 'correct horse battery staple');
    const res = await graphql(lifeboat.url, manon, { query: CREATE, variables: { input: { url: 'http://127.0.0.1:9/x', events: ['distress_event_recorded'] } } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('POSTs each event once, signed (Lifeboat-Signature v1=HMAC of "<timestamp>.<body>")', async () => {
    const sink = sinks.signed;
    const created = await graphql<{ createWebhook: { secret: string; webhook: { id: string } } }>(lifeboat.url, admin, {
      query: CREATE,
      variables: { input: { url: sink.url, events: ['distress_event_recorded'], campaignId: campaign } },
    });
    expect(created.errors).toBeUndefined();
    const { secret, webhook } = created.data!.createWebhook;
    expect(secret).toMatch(/^whsec_/);
    for (let i = 0; i < 5; i++) expect((await record(`report ${i}`)).errors).toBeUndefined();
    await until(async () => sink.received.length >= 5);
    await new Promise((r) => setTimeout(r, 300));
    await relay();
    expect(sink.received).toHaveLength(5);
    for (const got of sink.received) {
      expect(got.headers['lifeboat-event']).toBe('distress_event.recorded');
      expect(verifyWebhookSignature(secret, String(got.headers['lifeboat-timestamp']), got.body, String(got.headers['lifeboat-signature']))).toBe(true);
      const body = JSON.parse(got.body);
      expect(body).toMatchObject({ event: 'distress_event.recorded', campaignId: campaign, data: { rivalId: rival } });
      expect(body.id).toBe(got.headers['lifeboat-delivery']);
    }
    expect(new Set(sink.received.map((r) => r.headers['lifeboat-delivery'])).size).toBe(5);
    const deliveries = await graphql<{ webhookDeliveries: Array<{ status: string; attempts: number; lastResponseCode: number }> }>(lifeboat.url, admin, {
      query: DELIVERIES,
      variables: { id: webhook.id },
    });
    expect(deliveries.data?.webhookDeliveries.map((d) => [d.status, d.attempts, d.lastResponseCode])).toEqual(Array(5).fill(['succeeded', 1, 200]));
    await graphql(lifeboat.url, admin, { query: `mutation($input: WebhookIdInput!) { deleteWebhook(input: $input) { deletedId } }`, variables: { input: { id: webhook.id } } });
  });

  it('retries a failing receiver with back-off, dead-letters after 8 attempts, and replays by hand', async () => {
    const sink = sinks.retry;
    sink.status = 500;
    const created = await graphql<{ createWebhook: { webhook: { id: string } } }>(lifeboat.url, admin, {
      query: CREATE,
      variables: { input: { url: sink.url, events: ['distress_event_recorded'] } },
    });
    const hook = created.data!.createWebhook.webhook.id;
    await record('will fail');
    const fetchDeliveries = async () =>
      (await graphql<{ webhookDeliveries: Array<{ id: string; status: string; attempts: number; lastError: string }> }>(lifeboat.url, admin, { query: DELIVERIES, variables: { id: hook } })).data!
        .webhookDeliveries;
    for (let attempt = 1; attempt <= 8; attempt++) {
      await until(async () => sink.received.length >= attempt);
      // The back-off is minutes long: bring the queued retry forward.
      await until(async () => (await fetchDeliveries())[0]?.attempts === attempt);
      await ds.query(`UPDATE outbox_event SET next_attempt_at = now() WHERE dispatched_at IS NULL`);
    }
    const [dead] = await fetchDeliveries();
    expect(dead).toMatchObject({ status: 'dead', attempts: 8, lastError: 'HTTP 500' });
    await new Promise((r) => setTimeout(r, 200));
    await relay();
    expect(sink.received).toHaveLength(8);
    sink.status = 204;
    const replay = await graphql(lifeboat.url, admin, {
      query: `mutation($input: WebhookIdInput!) { replayWebhookDelivery(input: $input) { delivery { status } } }`,
      variables: { input: { id: dead.id } },
    });
    expect(replay.errors).toBeUndefined();
    await until(async () => (await fetchDeliveries())[0]?.status === 'succeeded');
    expect(sink.received).toHaveLength(9);
  });

  it('holds no transaction while a receiver takes its time, and tries again when an answer could not be recorded', async () => {
    const sink = sinks.slow;
    sink.delayMs = 1_500;
    const created = await graphql<{ createWebhook: { webhook: { id: string } } }>(lifeboat.url, admin, {
      query: CREATE,
      variables: { input: { url: sink.url, events: ['distress_event_recorded'] } },
    });
    const hook = created.data!.createWebhook.webhook.id;
    const fetchDeliveries = async () =>
      (await graphql<{ webhookDeliveries: Array<{ id: string; status: string; attempts: number }> }>(lifeboat.url, admin, { query: DELIVERIES, variables: { id: hook } })).data!
        .webhookDeliveries;
    // The answer of its first attempt cannot be recorded (the database refuses it once).
    const fault = await failOnce(ds, 'webhook_fault', 'webhook_delivery', `NEW.status = 'succeeded' AND NEW.webhook_id = '${fromGlobalId(hook).id}'`, 'injected: the answer is not recorded');
    try {
      await record('slow receiver');
      const passes = relay();
      for (let i = 0; i < 100 && sink.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(sink.received).toHaveLength(1);
      // The receiver holds its answer for 1.5 s: meanwhile the database answers at once (on the
      // embedded database, a transaction open around the request held its one connection).
      const before = Date.now();
      await ds.query(`SELECT 1`);
      expect(Date.now() - before).toBeLessThan(750);
      await passes;
      const [lost] = await until(async () => {
        const list = await fetchDeliveries();
        return list.length > 0 && sink.received.length === 1 ? list : null;
      });
      expect(lost).toMatchObject({ status: 'pending', attempts: 0 });
      // What stands in for the attempt is queued for when it has had all its time: brought forward here.
      const [standIn] = await ds.query(
        `SELECT payload, next_attempt_at > now() + interval '50 seconds' AS later FROM outbox_event WHERE type = 'webhook.delivery-due' AND dispatched_at IS NULL AND payload->>'deliveryId' = $1`,
        [fromGlobalId(lost.id).id],
      );
      expect(standIn).toMatchObject({ payload: { attempt: 2 }, later: true });
      await ds.query(`UPDATE outbox_event SET next_attempt_at = now() WHERE type = 'webhook.delivery-due' AND dispatched_at IS NULL`);
      await until(async () => (await fetchDeliveries())[0]?.status === 'succeeded');
      expect((await fetchDeliveries())[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
      expect(sink.received.map((r) => r.headers['lifeboat-delivery'])).toEqual([lost.id, lost.id]);
      // Nothing more is queued for it.
      expect((await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'webhook.delivery-due' AND dispatched_at IS NULL AND payload->>'deliveryId' = $1`, [fromGlobalId(lost.id).id]))[0].n).toBe(0);
    } finally {
      sink.delayMs = 0;
      await fault.remove();
    }
  });

  it('resolves node(id) for a webhook and its deliveries, for admins only', async () => {
    const sink = sinks.node;
    const created = await graphql<{ createWebhook: { webhook: { id: string } } }>(lifeboat.url, admin, {
      query: CREATE,
      variables: { input: { url: sink.url, events: ['distress_event_recorded'], campaignId: campaign } },
    });
    const hook = created.data!.createWebhook.webhook.id;
    await record('for node');
    await until(async () => sink.received.length >= 1);
    const deliveryId = String(sink.received[0].headers['lifeboat-delivery']);
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Webhook { url } ... on WebhookDelivery { status } } }`;
    const asAdmin = async (id: string) => (await graphql<{ node: unknown }>(lifeboat.url, admin, { query: NODE, variables: { id } })).data?.node;
    expect(await asAdmin(hook)).toEqual({ __typename: 'Webhook', id: hook, url: sink.url });
    await until(async () => ((await asAdmin(deliveryId)) as { status?: string } | null)?.status === 'succeeded');
    expect(await asAdmin(deliveryId)).toEqual({ __typename: 'WebhookDelivery', id: deliveryId, status: 'succeeded' });
    // A manager of the campaign does not administer webhooks: null, as for an id that does not exist.
    const manon = await signIn(lifeboat.url, 'manon@example.test', 'correct horse battery staple');
    for (const id of [hook, deliveryId]) {
      const res = await graphql<{ node: unknown }>(lifeboat.url, manon, { query: NODE, variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.node).toBeNull();
    }
  });

  it('announces a lost deal and a sent proposal: one event each, written in the change’s transaction, delivered once', async () => {
    const sink = sinks.events;
    const created = await graphql<{ createWebhook: { webhook: { id: string } } }>(lifeboat.url, admin, {
      query: CREATE,
      variables: { input: { url: sink.url, events: ['opportunity_lost', 'proposal_sent'], campaignId: campaign } },
    });
    expect(created.errors).toBeUndefined();
    const campaignDbId = fromGlobalId(campaign).id;
    let proposalDbId: string | null = null;
    const seedDeal = async (name: string) => {
      const [a] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, lower($2), 'enterprise_vpn') RETURNING id`, [
        campaignDbId,
        name,
      ]);
      const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage) VALUES ($1, $2, 'contacted') RETURNING id`, [a.id, campaignDbId]);
      return { accountId: a.id as string, dealId: o.id as string };
    };
    // Each event of a type for a deal, with whether it was written by the transaction that wrote the
    // audit entry of the change (now() is the transaction's start: equal instants, one transaction).
    const eventsOf = (type: string, dealId: string, action: string) =>
      ds.query(
        `SELECT e.id, e.payload, e.created_at = (SELECT max(a.at) FROM audit_entry a WHERE a.action = $3 AND a.entity_id = $4::uuid) AS same_tx
           FROM outbox_event e WHERE e.type = $1 AND e.payload->>'opportunityId' = $2 ORDER BY e.created_at`,
        [type, dealId, action, action === 'proposal.sent' ? proposalDbId : dealId],
      ) as Promise<Array<{ id: string; payload: Record<string, unknown>; same_tx: boolean }>>;

    // Lost: a refused move (no reason) and a stale one write no event; the move writes one.
    const lost = await seedDeal('Opodo');
    const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { stage version } } }`;
    const move = (expectedVersion: number, extra: Record<string, unknown>) =>
      graphql<{ moveOpportunity: { opportunity: { stage: string } } }>(lifeboat.url, admin, {
        query: MOVE,
        variables: { input: { opportunityId: toGlobalId('Opportunity', lost.dealId), expectedVersion, stage: 'lost', ...extra } },
      });
    expect((await move(1, {})).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await move(2, { lostReason: 'chose_competitor' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await eventsOf('opportunity.lost', lost.dealId, 'opportunity.moved')).toEqual([]);
    const moved = await move(1, { lostReason: 'chose_competitor', lostToBidder: 'Colt' });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveOpportunity.opportunity.stage).toBe('lost');
    const lostEvents = await eventsOf('opportunity.lost', lost.dealId, 'opportunity.moved');
    expect(lostEvents).toHaveLength(1);
    expect(lostEvents[0].same_tx).toBe(true);
    expect(lostEvents[0].payload).toEqual({
      opportunityId: lost.dealId,
      accountId: lost.accountId,
      campaignId: campaignDbId,
      lostReason: 'chose_competitor',
      lostToBidder: 'Colt',
    });
    // The move is announced as a move too, as every move is.
    expect(await eventsOf('opportunity.moved', lost.dealId, 'opportunity.moved')).toHaveLength(1);

    // Sent: sending a draft is refused and writes no event; sending the approved proposal writes one.
    const sent = await seedDeal('Euronext');
    const drafted = await graphql<{ draftProposal: { proposal: { id: string; version: number } } }>(lifeboat.url, admin, {
      query: `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`,
      variables: { input: { opportunityId: toGlobalId('Opportunity', sent.dealId), lines: [{ serviceKind: 'vpn', quantity: 4, monthlyUnitPrice: 90000 }] } },
    });
    expect(drafted.errors).toBeUndefined();
    const proposal = drafted.data!.draftProposal.proposal;
    proposalDbId = fromGlobalId(proposal.id).id;
    const byVersion = (query: string, expectedVersion: number) =>
      graphql<Record<string, { proposal: { version: number; validUntil?: string } }>>(lifeboat.url, admin, {
        query,
        variables: { input: { proposalId: proposal.id, expectedVersion } },
      });
    const SEND = `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { proposal { version validUntil } } }`;
    expect((await byVersion(SEND, proposal.version)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await eventsOf('proposal.sent', sent.dealId, 'proposal.sent')).toEqual([]);
    const submitted = await byVersion(`mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { version } } }`, proposal.version);
    expect(submitted.errors).toBeUndefined();
    const sending = await byVersion(SEND, submitted.data!['submitProposal'].proposal.version);
    expect(sending.errors).toBeUndefined();
    const validUntil = sending.data!['sendProposal'].proposal.validUntil as string;
    const sentEvents = await eventsOf('proposal.sent', sent.dealId, 'proposal.sent');
    expect(sentEvents).toHaveLength(1);
    expect(sentEvents[0].same_tx).toBe(true);
    expect(sentEvents[0].payload).toEqual({
      proposalId: proposalDbId,
      opportunityId: sent.dealId,
      accountId: sent.accountId,
      campaignId: campaignDbId,
      validUntil: new Date(validUntil).toISOString(),
    });

    // Each reaches the webhook once, with public ids; live subscribers are served too.
    await until(async () => sink.received.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    await relay();
    expect(sink.received.map((r) => r.headers['lifeboat-event']).sort()).toEqual(['opportunity.lost', 'proposal.sent']);
    const bodyOf = (event: string) => JSON.parse(sink.received.find((r) => r.headers['lifeboat-event'] === event)!.body);
    expect(bodyOf('opportunity.lost')).toMatchObject({
      event: 'opportunity.lost',
      eventId: lostEvents[0].id,
      campaignId: campaign,
      data: { opportunityId: toGlobalId('Opportunity', lost.dealId), accountId: toGlobalId('Account', lost.accountId), lostReason: 'chose_competitor', lostToBidder: 'Colt' },
    });
    expect(bodyOf('proposal.sent')).toMatchObject({
      event: 'proposal.sent',
      eventId: sentEvents[0].id,
      campaignId: campaign,
      data: { proposalId: proposal.id, opportunityId: toGlobalId('Opportunity', sent.dealId), validUntil: new Date(validUntil).toISOString() },
    });
    // Live subscribers of the deal are served by the `opportunity.changed` event the move wrote (one
    // source for every change of a deal); the sent proposal's event serves them too.
    const [changed] = await ds.query(
      `SELECT e.id FROM outbox_event e WHERE e.type = 'opportunity.changed' AND e.payload->>'opportunityId' = $1 AND e.payload->>'stage' = 'lost'`,
      [lost.dealId],
    );
    const runs = await ds.query(`SELECT job_id, status FROM job_run WHERE job_id = ANY($1::text[]) ORDER BY job_id`, [
      [`${lostEvents[0].id}--webhooks.fan-out`, `${changed.id}--realtime.publish`, `${sentEvents[0].id}--realtime.publish`, `${sentEvents[0].id}--webhooks.fan-out`],
    ]);
    expect(runs).toHaveLength(4);
    expect(runs.every((r: { status: string }) => r.status === 'completed')).toBe(true);
  });

  describe('no webhook reaches this machine or a private network (SSRF)', () => {
    // Host names as the tests' DNS answers them (the guarded client's resolver, replaced); other names resolve as usual.
    const dns = new Map<string, string[]>();
    beforeAll(() => {
      const guarded = lifeboat.app.get(GuardedHttp, { strict: false });
      const system = guarded.resolve.bind(guarded);
      jest.spyOn(guarded, 'resolve').mockImplementation(async (host: string): Promise<ResolvedAddress[]> => {
        const fake = dns.get(host);
        return fake ? fake.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })) : system(host);
      });
    });

    const refusedUrls = () => {
      const p = internal.port;
      dns.set('intranet.example.test', ['10.20.30.40']);
      dns.set('mixed.example.test', ['93.184.216.34', '127.0.0.1']);
      return [
        `http://127.0.0.1:${p}/hook`,
        `http://localhost:${p}/hook`,
        `http://2130706433:${p}/hook`,
        `http://127.1:${p}/hook`,
        `http://[::1]:${p}/hook`,
        `http://[::ffff:127.0.0.1]:${p}/hook`,
        `http://0.0.0.0:${p}/hook`,
        'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
        'http://10.0.0.5/hook',
        'https://172.16.0.1/hook',
        'http://192.168.1.10:8080/hook',
        'http://100.64.0.1/hook',
        'http://224.0.0.1/hook',
        'http://255.255.255.255/hook',
        'http://[fd00::1]/hook',
        'http://[fe80::1]/hook',
        'http://[64:ff9b::a9fe:a9fe]/hook',
        'http://[2002:7f00:1::1]/hook',
        'https://intranet.example.test/hook',
        'https://mixed.example.test/hook',
        // A loopback port that is not among the allowed ones.
        'http://127.0.0.1:9/hook',
      ];
    };

    it('refuses at creation and at update a URL that points to a private or local address, or is not plain http(s), naming url', async () => {
      const countHooks = async () => (await ds.query(`SELECT count(*)::int AS n FROM webhook`))[0].n as number;
      const before = await countHooks();
      for (const url of refusedUrls()) {
        const res = await graphql(lifeboat.url, admin, { query: CREATE, variables: { input: { url, events: ['distress_event_recorded'], campaignId: campaign } } });
        expect([url, res.errors?.[0].extensions]).toEqual([
          url,
          { code: 'BAD_USER_INPUT', fields: [{ field: 'input.url', reason: 'points to a private or local address' }] },
        ]);
        expect(res.errors?.[0].message).toBe('The webhook URL points to a private or local address.');
      }
      for (const url of ['ftp://hooks.example.com/x', 'file:///etc/passwd', 'gopher://hooks.example.com:70/_x', 'https://user:secret@hooks.example.com/hook']) {
        const res = await graphql(lifeboat.url, admin, { query: CREATE, variables: { input: { url, events: ['distress_event_recorded'], campaignId: campaign } } });
        expect([url, res.errors?.[0].extensions?.code, (res.errors?.[0].extensions?.fields as Array<{ field: string }>)?.[0]?.field]).toEqual([url, 'BAD_USER_INPUT', 'input.url']);
      }
      expect(await countHooks()).toBe(before);

      // An allowed receiver, then every refused URL as an update: refused, nothing changed.
      const created = await graphql<{ createWebhook: { webhook: { id: string; version: number } } }>(lifeboat.url, admin, {
        query: CREATE,
        variables: { input: { url: sinks.guard.url, events: ['opportunity_won'], campaignId: campaign } },
      });
      expect(created.errors).toBeUndefined();
      const { id, version } = created.data!.createWebhook.webhook;
      for (const url of refusedUrls()) {
        const res = await graphql(lifeboat.url, admin, { query: UPDATE, variables: { input: { id, expectedVersion: version, url } } });
        expect([url, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.fields]).toEqual([
          url,
          'BAD_USER_INPUT',
          [{ field: 'input.url', reason: 'points to a private or local address' }],
        ]);
      }
      const [row] = await ds.query(`SELECT url, version FROM webhook WHERE id = $1`, [fromGlobalId(id).id]);
      expect(row).toEqual({ url: sinks.guard.url, version });
      // A public name is accepted (http and https).
      dns.set('hooks.example.test', ['93.184.216.34']);
      const moved = await graphql<{ updateWebhook: { webhook: { url: string } } }>(lifeboat.url, admin, {
        query: UPDATE,
        variables: { input: { id, expectedVersion: version, url: 'https://hooks.example.test/lifeboat' } },
      });
      expect(moved.errors).toBeUndefined();
      await graphql(lifeboat.url, admin, { query: `mutation($input: WebhookIdInput!) { deleteWebhook(input: $input) { deletedId } }`, variables: { input: { id } } });
    });

    it('checks again at delivery, on the address the host resolves to then: nothing is sent inside, nothing of an answer is stored', async () => {
      const p = internal.port;
      dns.set('hooks.example.test', ['93.184.216.34']);
      const created = await graphql<{ createWebhook: { webhook: { id: string } } }>(lifeboat.url, admin, {
        query: CREATE,
        variables: { input: { url: `http://hooks.example.test:${p}/hook`, events: ['distress_event_recorded'], campaignId: campaign } },
      });
      expect(created.errors).toBeUndefined();
      const hook = created.data!.createWebhook.webhook.id;
      const deliveries = async () =>
        (
          await graphql<{ webhookDeliveries: Array<{ status: string; attempts: number; lastResponseCode: number | null; lastResponseExcerpt: string | null; lastError: string | null }> }>(
            lifeboat.url,
            admin,
            { query: DELIVERIES, variables: { id: hook } },
          )
        ).data!.webhookDeliveries;
      // The name now points inside (a rebind after the check at creation), or the row holds an
      // address saved before these checks existed: each delivery is refused before any request.
      const targets: Array<[string, () => void]> = [
        [`http://127.0.0.1:${p}/hook`, () => undefined],
        [`http://hooks.example.test:${p}/hook`, () => dns.set('hooks.example.test', ['127.0.0.1'])],
        [`http://hooks.example.test:${p}/hook`, () => dns.set('hooks.example.test', ['93.184.216.34', '::1'])],
        [`http://localhost:${p}/hook`, () => undefined],
        [`http://[::ffff:127.0.0.1]:${p}/hook`, () => undefined],
        ['http://169.254.169.254/latest/meta-data/', () => undefined],
      ];
      for (const [i, [url, rebind]] of targets.entries()) {
        rebind();
        await ds.query(`UPDATE webhook SET url = $1 WHERE id = $2`, [url, fromGlobalId(hook).id]);
        await record(`inside ${i}`);
        const latest = await until(async () => {
          const all = await deliveries();
          return all.length === i + 1 && all[0].attempts >= 1 ? all[0] : null;
        });
        expect([url, { ...latest, id: undefined, event: undefined }]).toEqual([
          url,
          {
            id: undefined,
            event: undefined,
            status: 'failed',
            attempts: 1,
            lastResponseCode: null,
            lastResponseExcerpt: null,
            lastError: 'The URL points to a private or local address; no request was sent.',
          },
        ]);
      }
      expect(internal.received).toEqual([]);
      await graphql(lifeboat.url, admin, { query: `mutation($input: WebhookIdInput!) { deleteWebhook(input: $input) { deletedId } }`, variables: { input: { id: hook } } });
    });

    it('follows no redirect: a 3xx answer is a failed attempt with its reason, and where it points is never called', async () => {
      const receiver = sinks.guard;
      receiver.received.length = 0;
      receiver.status = 307;
      receiver.headers = { location: `http://127.0.0.1:${internal.port}/steal` };
      receiver.body = '';
      try {
        const created = await graphql<{ createWebhook: { webhook: { id: string } } }>(lifeboat.url, admin, {
          query: CREATE,
          variables: { input: { url: receiver.url, events: ['distress_event_recorded'], campaignId: campaign } },
        });
        expect(created.errors).toBeUndefined();
        const hook = created.data!.createWebhook.webhook.id;
        await record('redirected');
        const [delivery] = await until(async () => {
          const all = (await graphql<{ webhookDeliveries: Array<Record<string, unknown>> }>(lifeboat.url, admin, { query: DELIVERIES, variables: { id: hook } })).data!
            .webhookDeliveries;
          return all[0]?.['attempts'] === 1 ? all : null;
        });
        expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastResponseCode: 307, lastError: 'HTTP 307: redirects are not followed; give the final URL' });
        expect(receiver.received).toHaveLength(1);
        expect(internal.received).toEqual([]);
        await graphql(lifeboat.url, admin, { query: `mutation($input: WebhookIdInput!) { deleteWebhook(input: $input) { deletedId } }`, variables: { input: { id: hook } } });
      } finally {
        receiver.status = 200;
        receiver.headers = undefined;
        receiver.body = 'thanks';
      }
    });
  });
});
