import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { JobScheduler } from '../jobs/job-scheduler.service';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { signWebhook } from '../webhooks/webhook-signature';
import { RivalFeedsService } from './rival-feeds.service';

/*
 * Issue #22, acceptance: a rival's feeds served by a local fixture server (its port allowed on
 * loopback for this test only), good and hostile, polled by the `feeds.poll` job; signed signals
 * posted to a webhook feed.
 */

const MINUTE = 60_000;

interface Fixture {
  server: Server;
  port: number;
  base: string;
  /** Requests per path, with their conditional headers. */
  seen: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }>;
  /** Incidents the status page lists; RSS items; whether the RSS has its later item. */
  incidentResolved: boolean;
  rssLater: boolean;
  slowTimers: NodeJS.Timeout[];
}

const RSS_MODIFIED_1 = 'Mon, 07 Dec 2026 08:00:00 GMT';
const RSS_MODIFIED_2 = 'Mon, 07 Dec 2026 09:00:00 GMT';

function statuspage(f: Fixture): string {
  return JSON.stringify({
    page: { id: 'kpnq', name: 'KPNQwest Status' },
    incidents: [
      {
        id: 'inc-major-1',
        name: 'Pan-European VPN backbone down',
        status: f.incidentResolved ? 'resolved' : 'investigating',
        impact: 'critical',
        created_at: '2026-12-06T22:05:00.000Z',
        started_at: '2026-12-06T22:00:00.000Z',
        resolved_at: f.incidentResolved ? '2026-12-07T03:30:00.000Z' : null,
        shortlink: 'https://stspg.io/kpnq1',
        components: [{ name: 'VPN' }, { name: 'IP transit' }],
        incident_updates: [{ body: 'We are investigating a loss of connectivity &amp; routing.' }],
      },
      {
        id: 'inc-minor-2',
        name: 'Slow DNS answers in Amsterdam',
        status: 'resolved',
        impact: 'minor',
        created_at: '2026-12-05T10:00:00.000Z',
        started_at: '2026-12-05T10:00:00.000Z',
        resolved_at: '2026-12-05T11:00:00.000Z',
        shortlink: 'https://stspg.io/kpnq2',
        components: [{ name: 'DNS' }],
        incident_updates: [],
      },
    ],
  });
}

function rss(f: Fixture): string {
  const later = f.rssLater
    ? `<item><title>KPNQwest : le tribunal prononce la liquidation</title><link>https://news.example/kpnq-liquidation</link><guid>news-3</guid><pubDate>Mon, 07 Dec 2026 08:30:00 GMT</pubDate></item>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Telecom news</title><link>https://news.example/</link>
${later}
<item><title>KPNQwest misses bond payment &amp; declares payment default</title><link>https://news.example/kpnq-default</link><guid isPermaLink="false">news-1</guid><pubDate>Sun, 06 Dec 2026 09:00:00 GMT</pubDate><description><![CDATA[<p>Creditors meet on <b>Thursday</b>.</p>]]></description></item>
<item><title>KPNQwest appoints a new CFO</title><link>https://news.example/kpnq-cfo</link><pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hosting watch</title><id>urn:watch</id><updated>2026-12-06T12:00:00Z</updated>
<entry><title>Grève chez KPNQwest France</title><id>urn:watch:strike</id><link rel="alternate" href="https://watch.example/strike"/><published>2026-12-06T12:00:00Z</published><summary>Le support est saturé.</summary></entry>
<entry><title type="text">Claranet to acquire part of the network</title><id>urn:watch:buy</id><link href="https://watch.example/buy"/><updated>2026-12-04T12:00:00Z</updated></entry>
</feed>`;

function billionLaughs(): string {
  let doc = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">';
  let prev = 'lol';
  for (let i = 1; i <= 9; i++) {
    doc += `<!ENTITY lol${i} "${`&${prev};`.repeat(10)}">`;
    prev = `lol${i}`;
  }
  return `${doc}]><rss version="2.0"><channel><item><title>&${prev};</title><guid>bomb</guid></item></channel></rss>`;
}

async function startFixture(): Promise<Fixture> {
  const f = { seen: [], incidentResolved: false, rssLater: false, slowTimers: [] } as unknown as Fixture;
  f.server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    f.seen.push({ path, ifNoneMatch: req.headers['if-none-match'] as string | undefined, ifModifiedSince: req.headers['if-modified-since'] as string | undefined });
    if (path === '/status/api/v2/incidents.json') {
      const etag = `"sp-${f.incidentResolved ? 2 : 1}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/json', etag }).end(statuspage(f));
    }
    if (path === '/news.rss') {
      const modified = f.rssLater ? RSS_MODIFIED_2 : RSS_MODIFIED_1;
      if (req.headers['if-modified-since'] === modified) return void res.writeHead(304, { 'last-modified': modified }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': modified }).end(rss(f));
    }
    if (path === '/watch.atom') return void res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
    if (path === '/huge.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const item = `<item><title>${'x'.repeat(1000)}</title><guid>g</guid></item>`;
      for (let i = 0; i < 400; i++) res.write(item);
      return void res.end('</channel></rss>');
    }
    if (path === '/slow.rss') {
      f.slowTimers.push(setTimeout(() => res.writeHead(200).end(rss(f)), 5000));
      return;
    }
    if (path === '/moved.rss') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (path === '/bomb.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(billionLaughs());
    if (path === '/broken/api/v2/incidents.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"incidents": [ {"id": ');
    if (path === '/broken.atom') return void res.writeHead(200, { 'content-type': 'application/atom+xml' }).end('<feed><entry><title>unclosed</feed>');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => f.server.listen(0, '127.0.0.1', r));
  f.port = (f.server.address() as AddressInfo).port;
  f.base = `http://127.0.0.1:${f.port}`;
  return f;
}

const FEED_FIELDS = `id kind name url signalPath active autoRecord autoRecordMinSeverity pollIntervalSeconds lastPolledAt lastSuccessAt lastError lastErrorAt consecutiveFailures failing nextPollAt version`;
const SUGGESTION_FIELDS = `id kind severity title summary sourceUrl publishedAt status feedName feedKind decidedBy
  incident { incidentId name status impact startedAt resolvedAt components shortlink }`;
const ADD = `mutation($input: AddRivalFeedInput!) { addRivalFeed(input: $input) { secret feed { ${FEED_FIELDS} } } }`;
const RIVAL = `query($id: ID!) { node(id: $id) { ... on Rival { health feeds { ${FEED_FIELDS} } suggestedEvents(first: 200) { ${SUGGESTION_FIELDS} } distressEvents { id kind severity sourceUrl summary } } } }`;

interface FeedView {
  id: string;
  lastPolledAt: string | null;
  name: string;
  lastError: string | null;
  failing: boolean;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  signalPath: string | null;
  version: number;
  nextPollAt: string | null;
}
interface SuggestionView {
  id: string;
  kind: string;
  severity: number;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  status: string;
  feedName: string | null;
  decidedBy: string | null;
  incident: { incidentId: string; impact: string; startedAt: string; resolvedAt: string | null; components: string[]; status: string } | null;
}
interface RivalView {
  health: string;
  feeds: FeedView[];
  suggestedEvents: SuggestionView[];
  distressEvents: Array<{ id: string; kind: string; severity: number; sourceUrl: string | null; summary: string }>;
}

describe('rival feeds: status page, RSS and Atom polled; signed signals (issue #22)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let fixture: Fixture;
  let admin: string;
  let manon: string;
  let alice: string;
  let marc: string;
  let rival: string;
  let clock = Date.now();

  const gql = <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) => graphql<T>(lifeboat.url, token, { query, variables });
  const view = async (): Promise<RivalView> => {
    const res = await gql<{ node: RivalView }>(manon, RIVAL, { id: rival });
    expect(res.errors).toBeUndefined();
    return res.data!.node;
  };
  /** One `feeds.poll` tick, 10 minutes after the last one (every feed that answered is due again). */
  const tick = async () => {
    clock += 10 * MINUTE;
    await lifeboat.app.get(JobScheduler).runTick('feeds.poll', new Date(clock));
    await lifeboat.app.get(RivalFeedsService).settled();
  };
  const add = async (input: Record<string, unknown>, token = manon) => gql<{ addRivalFeed: { secret: string | null; feed: FeedView } }>(token, ADD, { input: { rivalId: rival, ...input } });

  beforeAll(async () => {
    fixture = await startFixture();
    lifeboat = await startTestServer({ LIFEBOAT_ALLOW_LOOPBACK_PORTS: String(fixture.port) });
    lifeboat.app.get(RivalFeedsService).limits = { timeoutMs: 1500, maxBytes: 200_000 };
    ds = lifeboat.db.dataSource;
    const [r] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'insolvent') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [r.id]);
    const [r2] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    const [c2] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN takeover') RETURNING id`, [r2.id]);
    rival = toGlobalId('Rival', r.id);
    await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [c.id] });
    await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [c.id] });
    await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [c2.id] });
    const pw = 'correct horse battery staple';
    [admin, manon, alice, marc] = await Promise.all(['admin', 'manon', 'alice', 'marc'].map((u) => signIn(lifeboat.url, `${u}@example.test`, pw)));
  });

  afterAll(async () => {
    for (const t of fixture.slowTimers) clearTimeout(t);
    fixture.server.closeAllConnections();
    fixture.server.close();
    await lifeboat.close();
  });

  it('only an admin or a manager of a campaign against the rival adds feeds; the URL is checked', async () => {
    expect((await add({ kind: 'rss', name: 'News', url: `${fixture.base}/news.rss` }, alice)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await add({ kind: 'rss', name: 'News', url: `${fixture.base}/news.rss` }, marc)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ftp = await add({ kind: 'rss', name: 'News', url: 'ftp://news.example/feed' });
    expect(ftp.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url', reason: expect.stringMatching(/http or https/) }] });
    const inside = await add({ kind: 'atom', name: 'Intranet', url: 'http://10.1.2.3/feed.atom' });
    expect(inside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url', reason: 'points to a private or local address' }] });
    // Loopback on a port that is not allowed (this very api) is refused too.
    const self = await add({ kind: 'rss', name: 'Self', url: `${lifeboat.url}/graphql` });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await add({ kind: 'statuspage', name: 'Status' });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url' }] });
    expect(await ds.query(`SELECT count(*)::int AS n FROM rival_feed`)).toEqual([{ n: 0 }]);
  });

  it('each good feed yields its suggestions once over repeated polls (304 included); bad feeds fail on their own, visibly', async () => {
    const good = [
      { kind: 'statuspage', name: 'KPNQwest status', url: `${fixture.base}/status` },
      { kind: 'rss', name: 'Telecom news', url: `${fixture.base}/news.rss` },
      { kind: 'atom', name: 'Hosting watch', url: `${fixture.base}/watch.atom` },
    ];
    const bad = [
      { kind: 'rss', name: 'Huge', url: `${fixture.base}/huge.rss` },
      { kind: 'rss', name: 'Slow', url: `${fixture.base}/slow.rss` },
      { kind: 'rss', name: 'Moved', url: `${fixture.base}/moved.rss` },
      { kind: 'rss', name: 'Bomb', url: `${fixture.base}/bomb.rss` },
      { kind: 'statuspage', name: 'Broken JSON', url: `${fixture.base}/broken` },
      { kind: 'atom', name: 'Broken XML', url: `${fixture.base}/broken.atom` },
    ];
    // The bad ones first: they are polled before the good ones and must not stop them.
    for (const input of [...bad, ...good]) expect((await add(input)).errors).toBeUndefined();

    const started = Date.now();
    await tick();
    expect(Date.now() - started).toBeLessThan(10_000);
    let v = await view();
    const byName = (name: string) => v.feeds.find((f) => f.name === name)!;
    expect(v.suggestedEvents.map((s) => [s.feedName, s.kind, s.severity, s.title]).sort()).toEqual(
      [
        ['Hosting watch', 'acquisition_announced', 2, 'Claranet to acquire part of the network'],
        ['Hosting watch', 'strike', 3, 'Grève chez KPNQwest France'],
        ['KPNQwest status', 'outage', 2, 'Slow DNS answers in Amsterdam'],
        ['KPNQwest status', 'outage', 4, 'Pan-European VPN backbone down'],
        ['Telecom news', 'payment_default', 4, 'KPNQwest misses bond payment & declares payment default'],
        ['Telecom news', 'press_report', 1, 'KPNQwest appoints a new CFO'],
      ].sort(),
    );
    expect(v.suggestedEvents.every((s) => s.status === 'pending')).toBe(true);
    const outage = v.suggestedEvents.find((s) => s.title === 'Pan-European VPN backbone down')!;
    expect(outage).toMatchObject({
      sourceUrl: 'https://stspg.io/kpnq1',
      publishedAt: '2026-12-06T22:00:00.000Z',
      incident: { incidentId: 'inc-major-1', impact: 'critical', status: 'investigating', startedAt: '2026-12-06T22:00:00.000Z', resolvedAt: null, components: ['VPN', 'IP transit'] },
    });
    const payment = v.suggestedEvents.find((s) => s.kind === 'payment_default')!;
    expect(payment).toMatchObject({ sourceUrl: 'https://news.example/kpnq-default', summary: 'Creditors meet on Thursday .', publishedAt: '2026-12-06T09:00:00.000Z' });
    for (const name of ['KPNQwest status', 'Telecom news', 'Hosting watch']) expect(byName(name)).toMatchObject({ failing: false, consecutiveFailures: 0, lastError: null });
    expect(byName('Huge')).toMatchObject({ failing: true, consecutiveFailures: 1, lastError: expect.stringMatching(/larger than 200 kB/) });
    expect(byName('Slow')).toMatchObject({ failing: true, lastError: expect.stringMatching(/No answer within 1.5 s/) });
    expect(byName('Moved')).toMatchObject({ failing: true, lastError: expect.stringMatching(/HTTP 302: redirects are not followed/) });
    expect(byName('Bomb')).toMatchObject({ failing: true, lastError: expect.stringMatching(/declares XML entities/) });
    expect(byName('Broken JSON')).toMatchObject({ failing: true, lastError: expect.stringMatching(/not answer valid JSON/) });
    expect(byName('Broken XML')).toMatchObject({ failing: true, lastError: expect.stringMatching(/not well-formed XML/) });
    // Backoff: a failing feed waits twice its interval; a good one its interval.
    const wait = (f: FeedView) => new Date(f.nextPollAt!).getTime() - new Date(f.lastPolledAt!).getTime();
    expect(wait(byName('Huge'))).toBeGreaterThanOrEqual(600_000);
    expect(wait(byName('Telecom news'))).toBeLessThan(600_000);

    // Second poll: the status page and the RSS answer 304 to the validators they gave; Atom repeats itself.
    fixture.seen.length = 0;
    await tick();
    expect(fixture.seen.find((s) => s.path === '/status/api/v2/incidents.json')).toMatchObject({ ifNoneMatch: '"sp-1"' });
    expect(fixture.seen.find((s) => s.path === '/news.rss')).toMatchObject({ ifModifiedSince: RSS_MODIFIED_1 });
    v = await view();
    expect(v.suggestedEvents).toHaveLength(6);
    expect(byName('Telecom news')).toMatchObject({ failing: false, lastError: null });
    expect(byName('Huge').consecutiveFailures).toBe(2);

    // Third poll: a new news item and the incident resolved: one new suggestion; the incident's data follows.
    fixture.rssLater = true;
    fixture.incidentResolved = true;
    await tick();
    await tick();
    v = await view();
    expect(v.suggestedEvents).toHaveLength(7);
    expect(v.suggestedEvents.filter((s) => s.kind === 'liquidation_ordered').map((s) => s.title)).toEqual(['KPNQwest : le tribunal prononce la liquidation']);
    expect(v.suggestedEvents.find((s) => s.title === 'Pan-European VPN backbone down')!.incident).toMatchObject({ status: 'resolved', resolvedAt: '2026-12-07T03:30:00.000Z' });
    // Pending first, then the newest.
    expect(v.suggestedEvents[0].title).toBe('KPNQwest : le tribunal prononce la liquidation');
  });

  it('a manager confirms a suggestion in one click (recorded as a distress event) or dismisses it; a decided one is CONFLICT', async () => {
    const v = await view();
    const outage = v.suggestedEvents.find((s) => s.title === 'Pan-European VPN backbone down')!;
    const CONFIRM = `mutation($input: ConfirmSuggestedEventInput!) { confirmSuggestedEvent(input: $input) { suggestion { status decidedBy } distressEvent { id kind severity sourceUrl } rival { id } } }`;
    expect((await gql(alice, CONFIRM, { input: { id: outage.id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(marc, CONFIRM, { input: { id: outage.id } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const done = await gql<{ confirmSuggestedEvent: { suggestion: { status: string; decidedBy: string }; distressEvent: { kind: string; severity: number; sourceUrl: string } } }>(manon, CONFIRM, {
      input: { id: outage.id },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.confirmSuggestedEvent).toMatchObject({
      suggestion: { status: 'confirmed', decidedBy: 'manon' },
      distressEvent: { kind: 'outage', severity: 4, sourceUrl: 'https://stspg.io/kpnq1' },
    });
    expect((await gql(manon, CONFIRM, { input: { id: outage.id } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    // The confirmed incident is an outage of the rival too (evidence against its SLA): critical → major,
    // its components' services, from its start to its resolution; once, by the incident's id.
    const outages = () =>
      ds.query(`SELECT o.impact, o.services, o.started_at, o.ended_at, o.source_url, o.external_id LIKE '%:inc-major-1' AS by_incident FROM outage o WHERE o.rival_id = (SELECT id FROM rival WHERE name = 'KPNQwest')`);
    expect(await outages()).toEqual([
      {
        impact: 'major',
        services: ['vpn', 'ip_transit'],
        started_at: new Date('2026-12-06T22:00:00.000Z'),
        ended_at: new Date('2026-12-07T03:30:00.000Z'),
        source_url: 'https://stspg.io/kpnq1',
        by_incident: true,
      },
    ]);
    // The page reopens the incident, then resolves it again: the outage follows each poll, still one.
    fixture.incidentResolved = false;
    await tick();
    expect((await outages()).map((o: { ended_at: Date | null }) => o.ended_at)).toEqual([null]);
    fixture.incidentResolved = true;
    await tick();
    expect((await outages()).map((o: { ended_at: Date | null }) => o.ended_at)).toEqual([new Date('2026-12-07T03:30:00.000Z')]);
    // The liquidation, confirmed, changes the rival's health through the domain rules.
    const liquidation = v.suggestedEvents.find((s) => s.kind === 'liquidation_ordered')!;
    expect((await gql(admin, CONFIRM, { input: { id: liquidation.id } })).errors).toBeUndefined();
    const after = await view();
    expect(after.health).toBe('liquidating');
    expect(after.distressEvents.map((e) => e.kind).sort()).toEqual(['liquidation_ordered', 'outage']);
    await lifeboat.app.get(OutboxRelay).flush();
    expect(await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'distress_event.recorded'`)).toEqual([{ n: 2 }]);

    const DISMISS = `mutation($input: SuggestedEventIdInput!) { dismissSuggestedEvent(input: $input) { suggestion { status decidedBy } } }`;
    const cfo = v.suggestedEvents.find((s) => s.kind === 'press_report')!;
    expect((await gql(alice, DISMISS, { input: { id: cfo.id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql<{ dismissSuggestedEvent: unknown }>(manon, DISMISS, { input: { id: cfo.id } })).data?.dismissSuggestedEvent).toEqual({
      suggestion: { status: 'dismissed', decidedBy: 'manon' },
    });
    const audit = await ds.query(`SELECT action FROM audit_entry WHERE action LIKE 'suggested_event.%' OR action LIKE 'rival_feed.%' ORDER BY action`);
    expect(new Set(audit.map((a: { action: string }) => a.action))).toEqual(new Set(['rival_feed.added', 'suggested_event.confirmed', 'suggested_event.dismissed']));
  });

  it('a feed is paused, edited and removed; a paused feed is not polled', async () => {
    const UPDATE = `mutation($input: UpdateRivalFeedInput!) { updateRivalFeed(input: $input) { feed { ${FEED_FIELDS} } } }`;
    const huge = (await view()).feeds.find((f) => f.name === 'Huge')!;
    expect((await gql(alice, UPDATE, { input: { id: huge.id, expectedVersion: huge.version, active: false } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const paused = await gql<{ updateRivalFeed: { feed: FeedView & { active: boolean } } }>(manon, UPDATE, { input: { id: huge.id, expectedVersion: huge.version, active: false, name: 'Huge (paused)' } });
    expect(paused.errors).toBeUndefined();
    expect(paused.data?.updateRivalFeed.feed).toMatchObject({ active: false, name: 'Huge (paused)', nextPollAt: null });
    expect((await gql(manon, UPDATE, { input: { id: huge.id, expectedVersion: huge.version, active: true } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await gql(manon, UPDATE, { input: { id: huge.id, expectedVersion: huge.version + 1, url: 'http://192.168.0.1/x' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url' }] });
    fixture.seen.length = 0;
    await tick();
    expect(fixture.seen.some((s) => s.path === '/huge.rss')).toBe(false);
    const REMOVE = `mutation($input: RivalFeedIdInput!) { removeRivalFeed(input: $input) { removedFeedId } }`;
    expect((await gql(manon, REMOVE, { input: { id: huge.id } })).data).toEqual({ removeRivalFeed: { removedFeedId: huge.id } });
    expect((await view()).feeds.some((f) => f.id === huge.id)).toBe(false);
  });

  it('a tick only claims the due feeds: the fetches run after its transaction, so the database answers while a slow feed is fetched', async () => {
    // Only the slow feed is due (it answers after 5 s; its deadline here is 1.5 s).
    await ds.query(`UPDATE rival_feed SET next_poll_at = $1 WHERE name <> 'Slow' AND active`, [new Date(clock + 365 * 24 * 60 * MINUTE)]);
    clock += 10 * MINUTE;
    // (due before the tick's minute starts: a tick runs at its minute's first instant)
    await ds.query(`UPDATE rival_feed SET next_poll_at = $1 WHERE name = 'Slow'`, [new Date(clock - MINUTE)]);
    const before = (await ds.query(`SELECT last_error_at FROM rival_feed WHERE name = 'Slow'`))[0].last_error_at as Date;
    await lifeboat.app.get(JobScheduler).runTick('feeds.poll', new Date(clock));
    let applied = false;
    const settled = lifeboat.app.get(RivalFeedsService).settled().then(() => (applied = true));
    // The tick is over, the fetch is not: the claim is committed and seen from outside, and the database answers.
    const [claimed] = await ds.query(`SELECT next_poll_at > $1 AS leased, last_error_at FROM rival_feed WHERE name = 'Slow'`, [new Date(clock)]);
    expect(claimed).toEqual({ leased: true, last_error_at: before });
    expect(applied).toBe(false);
    await settled;
    const [after] = await ds.query(`SELECT last_error, last_error_at FROM rival_feed WHERE name = 'Slow'`);
    expect(after.last_error).toMatch(/No answer within 1.5 s/);
    expect(new Date(after.last_error_at).getTime()).toBeGreaterThan(before.getTime());
  });

  describe('signed inbound signals', () => {
    let feedId: string;
    let path: string;
    let secret: string;
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${lifeboat.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const signed = (body: string, at = Math.floor(Date.now() / 1000), key = secret) => ({ 'lifeboat-timestamp': String(at), 'lifeboat-signature': signWebhook(key, at, body) });

    beforeAll(async () => {
      const created = await add({ kind: 'webhook', name: 'Press watch' });
      expect(created.errors).toBeUndefined();
      secret = created.data!.addRivalFeed.secret!;
      feedId = created.data!.addRivalFeed.feed.id;
      path = created.data!.addRivalFeed.feed.signalPath!;
      expect(secret).toMatch(/^sigsec_/);
      expect(path).toMatch(/^\/signals\/[0-9a-f-]{36}$/);
    });

    it('a good signature is accepted once; a replay of the same id is deduplicated', async () => {
      const body = JSON.stringify({ id: 'sig-1', title: 'Hearing on Thursday may order liquidation', url: 'https://court.example/kpnq', occurredAt: '2026-12-07T07:00:00Z', kind: 'court_hearing', severity: 4 });
      const first = await post(body, signed(body));
      expect(first.status).toBe(202);
      expect(await first.json()).toMatchObject({ status: 'accepted', suggestionId: expect.any(String) });
      const again = await post(body, signed(body));
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ status: 'duplicate', suggestionId: null });
      const mine = (await view()).suggestedEvents.filter((s) => s.feedName === 'Press watch');
      expect(mine.map((s) => [s.kind, s.severity, s.sourceUrl, s.publishedAt])).toEqual([['court_hearing', 4, 'https://court.example/kpnq', '2026-12-07T07:00:00.000Z']]);
    });

    it('a bad or stale signature is 401 and adds nothing; an invalid body is 400 with the field', async () => {
      const body = JSON.stringify({ id: 'sig-2', title: 'Forged' });
      expect((await post(body, signed(body, undefined, 'sigsec_wrong'))).status).toBe(401);
      expect((await post(body, {})).status).toBe(401);
      expect((await post(body, signed(body, Math.floor(Date.now() / 1000) - 6 * 60))).status).toBe(401);
      const tampered = signed(body);
      expect((await post(body.replace('Forged', 'Forged!'), tampered)).status).toBe(401);
      const invalid = JSON.stringify({ id: 'sig-3', title: 'x', severity: 9 });
      const res = await post(invalid, signed(invalid));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'severity' }] } });
      expect((await view()).suggestedEvents.filter((s) => s.feedName === 'Press watch')).toHaveLength(1);
    });

    it('a feed with the auto-record rule records a signal at or above its severity at once', async () => {
      const UPDATE = `mutation($input: UpdateRivalFeedInput!) { updateRivalFeed(input: $input) { feed { autoRecord autoRecordMinSeverity } } }`;
      const feed = (await view()).feeds.find((f) => f.id === feedId)!;
      expect((await gql(manon, UPDATE, { input: { id: feedId, expectedVersion: feed.version, autoRecord: true, autoRecordMinSeverity: 3 } })).errors).toBeUndefined();
      const strong = JSON.stringify({ id: 'sig-4', title: 'Staff walk out: strike at KPNQwest' });
      const weak = JSON.stringify({ id: 'sig-5', title: 'KPNQwest opens a new office' });
      expect((await post(strong, signed(strong))).status).toBe(202);
      expect((await post(weak, signed(weak))).status).toBe(202);
      const v = await view();
      expect(v.suggestedEvents.find((s) => s.title.startsWith('Staff walk out'))).toMatchObject({ status: 'confirmed', kind: 'strike', decidedBy: 'Lifeboat (feed Press watch)' });
      expect(v.suggestedEvents.find((s) => s.title.startsWith('KPNQwest opens'))).toMatchObject({ status: 'pending', kind: 'press_report' });
      expect(v.distressEvents.some((e) => e.kind === 'strike')).toBe(true);
    });
  });
});
