import { createServer } from 'node:net';
import { RunningLifeboat } from '../bootstrap';
import { startTestApp } from '../testing/test-app';
import { graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { JobScheduler } from '../jobs/job-scheduler.service';
import { RivalFeedsService } from './rival-feeds.service';
import { demoIncidents, demoNews } from './demo-feeds';

const MINUTE = 60_000;

describe('the demo’s status page and news feed publish over time (issue #22, point 4)', () => {
  const start = Date.parse('2026-12-07T08:00:00Z');

  it('the status page adds an incident after 2 minutes and resolves it later', () => {
    expect(demoIncidents(start, start).map((i) => i.id)).toEqual(['demo-inc-ams']);
    const later = demoIncidents(start, start + 3 * MINUTE);
    expect(later.map((i) => [i.id, i.status])).toEqual([
      ['demo-inc-vpn', 'investigating'],
      ['demo-inc-ams', 'resolved'],
    ]);
    expect(demoIncidents(start, start + 40 * MINUTE).find((i) => i.id === 'demo-inc-vpn')).toMatchObject({ status: 'resolved', resolved_at: '2026-12-07T08:32:00.000Z' });
  });

  it('the news feed grows one item every few minutes, newest first', () => {
    expect(demoNews(start, start).body).not.toContain('<item>');
    const { body, modified } = demoNews(start, start + 6 * MINUTE);
    expect(body.match(/<guid[^>]*>([^<]+)</g)?.map((g) => g.replace(/<[^>]+>/g, '').replace('<', ''))).toEqual(['demo-news-audience', 'demo-news-staff']);
    expect(modified).toBe(start + 5 * MINUTE);
  });
});

describe('the demo’s feeds, served and polled by the api itself', () => {
  let lifeboat: RunningLifeboat;
  let url: string;

  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    lifeboat = await startTestApp({ LIFEBOAT_DEMO: 'true', PORT: String(port) });
    await lifeboat.http!.listen(port, '127.0.0.1');
    url = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    await lifeboat?.close();
  });

  it('KPNQwest has the demo feeds; a poll suggests the status page’s incident; a user’s feed may not reach the api’s port', async () => {
    const ds = lifeboat.db.dataSource;
    const [kpn] = await ds.query(`SELECT id FROM rival WHERE name = 'KPNQwest'`);
    const feeds = await ds.query(`SELECT kind, url, local_demo FROM rival_feed WHERE rival_id = $1 ORDER BY kind`, [kpn.id]);
    expect(feeds).toEqual([
      { kind: 'rss', url: `${url}/demo-feeds/kpnqwest/news.rss`, local_demo: true },
      { kind: 'statuspage', url: `${url}/demo-feeds/kpnqwest`, local_demo: true },
    ]);
    await lifeboat.app.get(JobScheduler).runTick('feeds.poll', new Date(Date.now() + MINUTE));
    await lifeboat.app.get(RivalFeedsService).settled();
    const polled = await ds.query(`SELECT name, consecutive_failures, last_error FROM rival_feed WHERE rival_id = $1 ORDER BY name`, [kpn.id]);
    expect(polled.map((f: { consecutive_failures: number; last_error: string | null }) => [f.consecutive_failures, f.last_error])).toEqual([
      [0, null],
      [0, null],
    ]);
    const suggested = await ds.query(`SELECT title, kind, severity FROM suggested_distress_event WHERE rival_id = $1`, [kpn.id]);
    expect(suggested).toContainEqual({ title: 'Degraded performance on Amsterdam hosting', kind: 'outage', severity: 2 });

    const manon = await signIn(url, 'manon@lifeboat.demo', 'lifeboat');
    const res = await graphql(url, manon, {
      query: `mutation($input: AddRivalFeedInput!) { addRivalFeed(input: $input) { feed { id } } }`,
      variables: { input: { rivalId: toGlobalId('Rival', kpn.id), kind: 'rss', name: 'Sneaky', url: `${url}/demo-feeds/kpnqwest/news.rss` } },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url', reason: 'points to a private or local address' }] });
  }, 60_000);
});
