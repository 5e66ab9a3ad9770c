/**
 * The benchmark's yardsticks, served over bare Node `http` so that they are measured by the same
 * harness (autocannon, same connections, same duration) as the api. Started by bench.ts as its own
 * process with DATABASE_URL and PORT; prints "ready <port>" when it listens.
 *
 *   GET /me                       → the same JSON `{ me { id } }` returns, from memory (no I/O).
 *   GET /queue?u=<user>&c=<ids>   → the rows of myQueue(first: 50) by raw SQL through `pg`: the
 *                                   statement of PipelineRepository.findQueueAndCount (the page
 *                                   and the count in one, built by the repository itself; the count
 *                                   alone after it only when the page is empty, as the repository
 *                                   does) and the campaigns and rivals of those rows (what the
 *                                   loader fetches).
 *   GET /dashboard?c=<campaign>   → the pipeline dashboard's statements, called directly: the
 *                                   app's DashboardsRepository (its own SQL, in its REPEATABLE READ
 *                                   READ ONLY snapshot) on a TypeORM DataSource, no Nest, no GraphQL.
 * Pools: 10 connections, as the api's.
 */
import 'reflect-metadata';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';

const url = process.env['DATABASE_URL'] as string;
const port = Number(process.env['PORT'] ?? 0);
const pool = new Pool({ connectionString: url, max: 10 });
pool.on('error', () => undefined);

// The work queue's statements are PipelineRepository's own (findQueueAndCount, countQueue), captured as
// the repository builds them (SQL text and parameters) and then run through bare `pg`: the yardstick
// always measures the SQL the api runs, without TypeORM, Nest or GraphQL.
const RIVALS_SQL = `SELECT c.id AS campaign_id, c.settings, r.id, r.name, r.shutdown_expected_at,
  (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'goesDarkAt', s.goes_dark_at, 'probabilityPercent', s.probability_percent)), '[]') FROM shutdown_scenario s WHERE s.rival_id = r.id) AS scenarios
  FROM campaign c JOIN rival r ON r.id = c.rival_id WHERE c.id = ANY($1::uuid[])`;
type Statement = { sql: string; params: unknown[] };
/** The api's cap on the queue's count (opportunity.model.ts QUEUE_COUNT_CAP). */
const QUEUE_COUNT_CAP = 1_000;
type QueueRepository = {
  findQueueAndCount(scope: unknown, opts: { userId: string; limit: number }, cap: number): Promise<unknown>;
  countQueue(scope: unknown, userId: string, cap: number): Promise<unknown>;
};
let queueRepository: QueueRepository | null = null;
let captured: Statement | null = null;
const CAPTURED = Symbol('captured');

async function statementOf(build: (repo: QueueRepository) => Promise<unknown>): Promise<Statement> {
  if (!queueRepository) {
    const { PipelineRepository } = await import('../../apps/api/src/pipeline/pipeline.repository');
    const capture = { manager: { query: async (sql: string, params: unknown[]) => ((captured = { sql, params }), Promise.reject(CAPTURED)) } };
    queueRepository = new PipelineRepository(capture as never) as unknown as QueueRepository;
  }
  captured = null;
  await build(queueRepository).catch((e) => {
    if (e !== CAPTURED) throw e;
  });
  const statement = captured as Statement | null;
  if (!statement) throw new Error('the repository sent no statement');
  return statement;
}

async function queue(userId: string, campaignIds: string[], first: number) {
  const scope = { all: false, campaignIds, managedCampaignIds: [] };
  const find = await statementOf((repo) => repo.findQueueAndCount(scope, { userId, limit: first }, QUEUE_COUNT_CAP));
  const found = await pool.query(find.sql, find.params);
  let total = found.rows[0]?.queue_total;
  if (total === undefined) {
    const count = await statementOf((repo) => repo.countQueue(scope, userId, QUEUE_COUNT_CAP));
    total = (await pool.query(count.sql, count.params)).rows[0].n;
  }
  const rows = found.rows.slice(0, first);
  const rivals = await pool.query(RIVALS_SQL, [[...new Set(rows.map((r) => r.campaign_id))]]);
  return { totalCount: Math.min(QUEUE_COUNT_CAP, Number(total)), hasNextPage: found.rows.length > first, rows, rivals: rivals.rows };
}

type Dashboard = (campaignId: string) => Promise<unknown>;
let dashboard: Dashboard | null = null;
let dashboardProblem = '';

async function loadDashboard(): Promise<void> {
  try {
    const { DataSource } = await import('typeorm');
    const { serverDataSourceOptions } = await import('../../apps/api/src/database/open-database');
    const { ENTITIES } = await import('../../apps/api/src/entities');
    const { DashboardsRepository } = await import('../../apps/api/src/dashboards/dashboards.repository');
    const { resolveCampaignSettings } = await import('@lifeboat/domain');
    const ds = new DataSource(serverDataSourceOptions(url, ENTITIES));
    await ds.initialize();
    const repo = new DashboardsRepository(ds);
    const all = { all: true, campaignIds: [], managedCampaignIds: [] } as unknown as Parameters<typeof repo.campaignWithRival>[1];
    dashboard = async (campaignId: string) => {
      const asOf = new Date();
      return repo.inSnapshot(async (manager) => {
        const ctx = await repo.campaignWithRival(manager, all, campaignId, asOf);
        if (!ctx) throw new Error('no such campaign');
        const settings = resolveCampaignSettings(ctx.campaign.settings);
        const figures = await repo.figures(manager, {
          campaignId,
          from: ctx.campaign.createdAt,
          to: asOf,
          asOf,
          timeZone: settings.timeZone,
          shutdownExpectedAt: ctx.rival.shutdownExpectedAt,
        });
        return { campaign: ctx.campaign.id, figures };
      });
    };
  } catch (error) {
    dashboardProblem = `the dashboard repository could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const u = new URL(req.url ?? '/', 'http://x');
  const fail = (error: unknown) => send(res, 500, { error: error instanceof Error ? error.message : String(error) });
  if (u.pathname === '/me') {
    send(res, 200, { data: { me: { id: u.searchParams.get('id') ?? 'VXNlcjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA' } } });
  } else if (u.pathname === '/queue') {
    queue(u.searchParams.get('u') as string, (u.searchParams.get('c') ?? '').split(','), Number(u.searchParams.get('first') ?? 50)).then((r) => send(res, 200, r), fail);
  } else if (u.pathname === '/dashboard') {
    if (!dashboard) return send(res, 501, { error: dashboardProblem || 'not loaded' });
    dashboard(u.searchParams.get('c') as string).then((r) => send(res, 200, r), fail);
  } else {
    send(res, 404, { error: 'not found' });
  }
});

if (require.main === module) {
  loadDashboard().then(() => {
    server.keepAliveTimeout = 65_000;
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      console.log(`ready ${typeof address === 'object' && address ? address.port : port}${dashboardProblem ? ` (${dashboardProblem})` : ''}`);
    });
  });
  process.on('SIGTERM', () => {
    server.close();
    void pool.end();
    setTimeout(() => process.exit(0), 200);
  });
}
