/**
 * Bulk assignment (a hand-out) of 100,000 accounts to 10 reps on a PostgreSQL server, against one
 * plain UPDATE of the same owners.
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_BASEURL=../.. TS_NODE_TRANSPILE_ONLY=1 \
 *     node -r ts-node/register -r tsconfig-paths/register tools/bench-bulk-assign.ts \
 *     [--accounts 100000] [--reps 10] [--strategy by_load] [--url postgres://postgres@127.0.0.1:5432/postgres] [--keep]
 *
 * Makes a throwaway database on the server (dropped at the end), loads `accounts` unassigned
 * accounts with an open deal each into one campaign of `reps` reps (plain INSERT … SELECT, then
 * ANALYZE), boots the app in this process (jobs in process, no HTTP port) and times
 * BulkAssignmentService.start (what `startBulkAssignment` calls) as an admin until the hand-out is
 * completed: the plan frozen, every batch's owners, audit entries and progress committed, one
 * notification per rep. The yardstick: one UPDATE giving the same accounts the same owners (no
 * audit, no batches, no plan). Prints one JSON line: accounts, seconds, accountsPerSecond,
 * startSeconds (the mutation's own time), updateSeconds, ratio.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../apps/api/src/config/app-config';
import { startLifeboat } from '../apps/api/src/bootstrap';
import { BulkAssignmentService } from '../apps/api/src/distribution/bulk-assignment.service';
import { toGlobalId } from '../apps/api/src/common/graphql/global-id';
import { FULL_ACCESS, type Actor } from '../apps/api/src/common/access/actor';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const accounts = Number(arg('accounts', '100000'));
  const repCount = Number(arg('reps', '10'));
  const strategy = arg('strategy', 'by_load') as 'round_robin' | 'by_load';
  const serverUrl = arg('url', process.env['LIFEBOAT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `lifeboat_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let lifeboat: Awaited<ReturnType<typeof startLifeboat>> | undefined;
  try {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: url.toString(), LIFEBOAT_DEMO: 'false', LIFEBOAT_WEB_DIR: '/nonexistent' });
    lifeboat = await startLifeboat(config, { listen: false });
    const ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('Bench Rival', 'FR', 'distressed', now() + interval '20 days') RETURNING id`);
    const [campaign] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Bench') RETURNING id`, [rival.id]);
    const [user] = await ds.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('bench@example.test', 'Bench', 'admin', 'x') RETURNING id`);
    const reps: string[] = [];
    for (let i = 0; i < repCount; i++) {
      const [rep] = await ds.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, 'rep', 'x') RETURNING id`, [`rep${i}@example.test`, `Rep ${i}`]);
      await ds.query(`INSERT INTO campaign_member (campaign_id, user_id, team_role) VALUES ($1, $2, 'rep')`, [campaign.id, rep.id]);
      reps.push(rep.id);
    }
    await ds.query(
      `WITH a AS (
         INSERT INTO account (campaign_id, name, normalized_name, segment, countries, monthly_spend, urgency)
         SELECT $1, 'Customer ' || g, 'customer ' || g, 'smb_web', '{FR}', 100 + g % 9000, (g * 7919) % 101 FROM generate_series(1, $2) g
         RETURNING id)
       INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) SELECT id, $1, 'identified', now() FROM a`,
      [campaign.id, accounts],
    );
    await ds.query(`ANALYZE`);
    const actor: Actor = { kind: 'user', userId: user.id, role: 'admin', name: 'Bench', email: 'bench@example.test', sessionId: null };

    const started = performance.now();
    const record = await lifeboat.app.get(BulkAssignmentService).start(actor, FULL_ACCESS, {
      campaignId: toGlobalId('Campaign', campaign.id),
      filter: { unassigned: true },
      repIds: reps.map((r) => toGlobalId('User', r)),
      strategy,
    });
    const startSeconds = (performance.now() - started) / 1000;
    let status: string = record.status;
    for (let i = 0; i < 48_000 && status !== 'completed' && status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      [{ status }] = await ds.query(`SELECT status FROM bulk_assignment WHERE id = $1`, [record.id]);
      const [broken] = await ds.query(`SELECT last_error FROM job_run WHERE status = 'failed' LIMIT 1`);
      if (broken) throw new Error(`a hand-out job failed: ${broken.last_error}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM account WHERE campaign_id = $1 AND owner_id IS NOT NULL)::int AS owned,
              (SELECT count(*) FROM audit_entry WHERE campaign_id = $1 AND action = 'account.assigned')::int AS audited,
              (SELECT count(DISTINCT owner_id) FROM account WHERE campaign_id = $1)::int AS reps`,
      [campaign.id],
    );
    if (status !== 'completed' || counts.owned !== accounts || counts.audited !== accounts) throw new Error(`hand-out ${status}: ${JSON.stringify(counts)}`);

    // The yardstick: the same owners again in one UPDATE (round-robin over the same order), nothing else.
    const updateStarted = performance.now();
    await ds.query(
      `UPDATE account a SET owner_id = ($2::uuid[])[(x.n % $3) + 1], version = a.version + 1, updated_at = now()
       FROM (SELECT id, row_number() OVER (ORDER BY urgency DESC, id) - 1 AS n FROM account WHERE campaign_id = $1) x WHERE a.id = x.id`,
      [campaign.id, reps, reps.length],
    );
    const updateSeconds = (performance.now() - updateStarted) / 1000;
    console.log(
      JSON.stringify({ accounts, reps: repCount, strategy, seconds: round(seconds), accountsPerSecond: Math.round(accounts / seconds), startSeconds: round(startSeconds), updateSeconds: round(updateSeconds), ratio: round(seconds / updateSeconds), counts }),
    );
  } finally {
    await lifeboat?.close().catch(() => undefined);
    if (process.argv.includes('--keep')) console.error(`kept database ${url.toString()}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
