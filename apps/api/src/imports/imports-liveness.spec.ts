import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { importChunkRows } from './imports.service';

/**
 * Issue 17, finding 6: an import in embedded mode (PGlite in a thread of the api process, jobs in process)
 * leaves room for other requests, and its progress reaches `importProgress` subscribers as it goes.
 * No timing assertions: the order of what happens is what is checked.
 */
const WATCH = `subscription($importId: ID!) { importProgress(importId: $importId) { importId status rowsDone totalRows } }`;
const STATUS = `query($id: ID!) { accountImport(id: $id) { status rowsDone } }`;
/** At least four batches of the import's size on the database the specs run on (ticks, and requests answered between them). */
const ROWS = Math.max(20_000, 4 * importChunkRows(process.env['LIFEBOAT_TEST_DB'] === 'server' ? 'server' : 'embedded'));

interface Tick {
  importId: string;
  status: string;
  rowsDone: number;
  totalRows: number;
}

describe('imports leave room for other requests (embedded PostgreSQL, jobs in process)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaign: string;
  let manager: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rival.id]);
    campaign = toGlobalId('Campaign', c.id);
    await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [c.id] });
    manager = await signIn(lifeboat.url, 'marc@example.test', 'correct horse battery staple');
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await lifeboat.close();
  });

  it('/health answers while a transaction holds the embedded database (it does not wait behind an import)', async () => {
    if (lifeboat.db.kind !== 'embedded') return;
    let answered: { status: number; body: { database: { status: string } } } | null = null;
    // The only connection of the embedded database is busy until /health has answered (or 5 s have passed).
    await ds.transaction(async (m) => {
      await m.query('SELECT 1');
      const health = fetch(`${lifeboat.url}/health`).then(async (r) => ({ status: r.status, body: await r.json() }));
      answered = await Promise.race([health, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    });
    expect(answered).toMatchObject({ status: 200, body: { database: { status: 'up' } } });
  });

  it(`delivers importProgress ticks before the last one, and answers /health and GraphQL between the batches of a ${ROWS}-row import`, async () => {
    let csv = 'name,segment,countries,monthlySpend,externalRef\n';
    for (let i = 0; i < ROWS; i++) csv += `Client ${i},smb_web,FR,${i % 500},LIVE-${i}\n`;
    // Submitted over HTTP (the GraphQL body limit is 1 MB).
    const submitted = await fetch(`${lifeboat.url}/imports/${campaign}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${manager}` },
      body: csv,
    });
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as { id: string };

    const client = createClient({
      url: lifeboat.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${manager}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const ticks: Tick[] = [];
    // What happened, in order: each tick, and each /health and GraphQL answer.
    const timeline: string[] = [];
    let probing = true;
    const answers: Array<Promise<void>> = [];
    const probes = (async () => {
      while (probing) {
        answers.push(fetch(`${lifeboat.url}/health`).then((r) => void timeline.push(`health ${r.status}`)));
        answers.push(
          graphql<{ accountImport: { status: string } }>(lifeboat.url, manager, { query: STATUS, variables: { id } }).then((r) =>
            void timeline.push(`query ${r.data?.accountImport?.status ?? JSON.stringify(r.errors)}`),
          ),
        );
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await new Promise<void>((resolve, reject) => {
      client.subscribe<{ importProgress: Tick }>(
        { query: WATCH, variables: { importId: id } },
        {
          next: (value) => {
            if (value.errors) reject(new Error(JSON.stringify(value.errors)));
            const tick = value.data?.importProgress;
            if (!tick) return;
            ticks.push(tick);
            timeline.push(`tick ${tick.status}`);
            if (tick.status === 'completed' || tick.status === 'failed') resolve();
          },
          error: reject,
          complete: () => resolve(),
        },
      );
      setTimeout(() => reject(new Error(`no final tick after 120 s (ticks: ${JSON.stringify(ticks)})`)), 120_000).unref();
    });
    probing = false;
    await probes;
    await Promise.all(answers);

    const last = ticks[ticks.length - 1];
    expect(last).toMatchObject({ importId: id, status: 'completed', rowsDone: ROWS, totalRows: ROWS });
    // At least one tick before the last, each further along than the one before.
    const running = ticks.filter((t) => t.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].rowsDone).toBeGreaterThan(ticks[i - 1].rowsDone);
    // Between the first tick and the last, /health and GraphQL queries got answers: the import did not hold the process.
    const first = timeline.indexOf('tick running');
    const end = timeline.indexOf('tick completed');
    const between = timeline.slice(first, end);
    expect(between.filter((e) => e === 'health 200').length).toBeGreaterThan(0);
    expect(between.filter((e) => e === 'query running').length).toBeGreaterThan(0);
    expect(timeline.filter((e) => e.startsWith('health') && e !== 'health 200')).toEqual([]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM account WHERE external_ref LIKE 'LIVE-%'`))[0].n).toBe(ROWS);
  }, 180_000);
});
