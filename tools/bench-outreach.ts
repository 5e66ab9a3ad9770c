/**
 * Outreach (issue #21 part 3) to 100,000 contacts on a PostgreSQL server, delivered to a local SMTP
 * server (smtp-server, in this process), optionally with the sending worker killed (SIGKILL) mid-send.
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_BASEURL=../.. TS_NODE_TRANSPILE_ONLY=1 \
 *     node -r ts-node/register -r tsconfig-paths/register tools/bench-outreach.ts \
 *     [--contacts 100000] [--rate 400] [--connections 10] [--kill-after 20000] \
 *     [--url postgres://postgres@127.0.0.1:5432/postgres] [--keep] [--queue-only]
 *
 * Makes a throwaway database on the server (dropped at the end), loads `contacts` accounts with one
 * sourced contact each into one campaign (plain INSERT … SELECT, then ANALYZE), and starts the SMTP
 * sink here. The Lifeboat worker runs in a child process (this script with --child: the app booted
 * without HTTP, jobs in process, OUTREACH_RATE_PER_SECOND=rate, OUTREACH_SMTP_CONNECTIONS): it
 * queues the outreach through OutreachService.queue as an admin (timed: `queueSeconds`, the goal
 * ≤ 10 s) and sends it. With --kill-after N the child is killed with SIGKILL once the sink has N
 * mails, and a new child is started: it finds the dead sender's batch once its lease expires
 * (batch time + 60 s) and finishes the outreach, sending again — with the same Message-ID — the
 * mails the dead sender had handed to the server without recording the answer. The sink counts
 * mails by Message-ID. Prints one JSON line: contacts, queueSeconds, sendSeconds (first mail to the
 * last, the restart's wait included), mailsPerSecond (before any kill), killedAt, inFlightAtKill
 * (the dead sender's rows handed over and unrecorded, read right after the kill), received (raw
 * receptions), distinct (distinct Message-IDs: the goal is = contacts), duplicates (receptions of
 * a Message-ID already received: the goal is ≤ inFlightAtKill; a receiving server such as Gmail
 * drops them), missing (recipients whose Message-ID never arrived: the goal is 0),
 * resentAfterInterruption, and the outreach's own counts by status. --queue-only stops
 * once the outreach is queued (the queuing figure alone).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../apps/api/src/config/app-config';
import { startLifeboat } from '../apps/api/src/bootstrap';
import { OutreachService } from '../apps/api/src/outreach/outreach.service';
import { toGlobalId } from '../apps/api/src/common/graphql/global-id';
import { FULL_ACCESS, type Actor } from '../apps/api/src/common/access/actor';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The worker: boots the app on the bench database; with --queue, queues the outreach first and prints its time. */
async function child(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: arg('db', ''),
    LIFEBOAT_DEMO: 'false',
    LIFEBOAT_WEB_DIR: '/nonexistent',
    LIFEBOAT_ROLE: 'all',
    SMTP_URL: `smtp://127.0.0.1:${arg('smtp-port', '0')}`,
    MAIL_FROM: 'Bench <bench@lifeboat.example>',
    LIFEBOAT_PUBLIC_URL: 'https://bench.lifeboat.example',
    OUTREACH_RATE_PER_SECOND: arg('rate', '400'),
    OUTREACH_SMTP_CONNECTIONS: arg('connections', '10'),
  });
  const lifeboat = await startLifeboat(config, { listen: false });
  if (process.argv.includes('--queue')) {
    const ds = lifeboat.db.dataSource;
    const [campaign] = await ds.query(`SELECT id FROM campaign WHERE name = 'Bench'`);
    const [user] = await ds.query(`SELECT id FROM app_user WHERE email = 'bench@example.test'`);
    const actor: Actor = { kind: 'user', userId: user.id, role: 'admin', name: 'Bench', email: 'bench@example.test', sessionId: null };
    const started = performance.now();
    const result = await lifeboat.app.get(OutreachService).queue(actor, FULL_ACCESS, {
      campaignId: toGlobalId('Campaign', campaign.id),
      filter: {},
      language: 'fr',
      subject: 'Avant le {{shutdownDate}}, {{accountName}}',
      body: 'Bonjour {{contactName}},\n{{rivalName}} s’arrête le {{shutdownDate}}. Parlons de votre migration.',
    });
    process.stdout.write(`${JSON.stringify({ queued: result.counts.recipients, queueSeconds: round((performance.now() - started) / 1000), outreachId: result.outreach?.id })}\n`);
  }
  // Runs until killed (the parent stops it once the outreach completed).
  await new Promise(() => undefined);
}

async function main(): Promise<void> {
  const contacts = Number(arg('contacts', '100000'));
  const killAfter = Number(arg('kill-after', '0'));
  const serverUrl = arg('url', process.env['LIFEBOAT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `lifeboat_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const received = new Map<string, number>();
  let total = 0;
  let firstAt = 0;
  let lastAt = 0;
  let killedAt: { mails: number; seconds: number } | null = null;
  let inFlightAtKill: number | null = null;
  const smtpPort = await freePort();
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      // Only the header block is kept, for its Message-ID.
      let head = '';
      let inBody = false;
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        if (inBody) return;
        head += chunk;
        const end = head.indexOf('\r\n\r\n');
        if (end >= 0) {
          head = head.slice(0, end);
          inBody = true;
        }
      });
      stream.on('end', () => {
        const now = performance.now();
        if (!firstAt) firstAt = now;
        lastAt = now;
        total++;
        const messageId = /^message-id:\s*(<[^>]+>)/im.exec(head.replace(/\r\n[ \t]+/g, ' '))?.[1] ?? `(none ${total})`;
        received.set(messageId, (received.get(messageId) ?? 0) + 1);
        callback();
      });
    },
  });
  // A killed worker's connections reset: expected, not a failure of the run.
  sink.on('error', () => undefined);
  await new Promise<void>((resolve) => sink.listen(smtpPort, '127.0.0.1', () => resolve()));
  const children: ChildProcess[] = [];
  const startChild = (queue: boolean) => {
    const c = spawn(process.execPath, [...process.execArgv, __filename, '--child', '--db', url.toString(), '--smtp-port', String(smtpPort), '--rate', arg('rate', '400'), '--connections', arg('connections', '10'), ...(queue ? ['--queue'] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    children.push(c);
    return c;
  };
  const db = new Client({ connectionString: url.toString() });
  try {
    // The schema: a first worker runs the migrations and stops.
    const migrate = startChild(false);
    for (let i = 0; i < 1200; i++) {
      await sleep(100);
      const [{ n }] = (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [name])).rows;
      if (n > 0) {
        await db.connect().catch(() => undefined);
        const ok = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'outreach_message'`).catch(() => ({ rows: [] }));
        if (ok.rows.length) break;
      }
    }
    await sleep(2000);
    migrate.kill('SIGKILL');
    const [rival] = (await db.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('Bench Rival', 'FR', 'distressed', now() + interval '20 days') RETURNING id`)).rows;
    const [campaign] = (await db.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Bench') RETURNING id`, [rival.id])).rows;
    await db.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('bench@example.test', 'Bench', 'admin', 'x')`);
    const [source] = (await db.query(`INSERT INTO lead_source (campaign_id, kind, actor_label, lawful_basis) VALUES ($1, 'manual', 'Bench', 'legitimate_interests') RETURNING id`, [campaign.id])).rows;
    await db.query(
      `WITH a AS (
         INSERT INTO account (campaign_id, name, normalized_name, segment, countries, monthly_spend, urgency, source_id)
         SELECT $1, 'Customer ' || g, 'customer ' || g, 'smb_web', '{FR}', 100 + g % 9000, (g * 7919) % 101, $3 FROM generate_series(1, $2) g
         RETURNING id, name)
       INSERT INTO contact (account_id, name, email, source_id) SELECT id, 'Contact of ' || name, 'c' || replace(name, 'Customer ', '') || '@bench.example', $3 FROM a`,
      [campaign.id, contacts, source.id],
    );
    await db.query(`ANALYZE`);

    const worker = startChild(true);
    let queueInfo: { queued: number; queueSeconds: number; outreachId: string } | null = null;
    worker.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.startsWith('{')) queueInfo = JSON.parse(line);
    });
    const outreachDbId = async () => (await db.query(`SELECT id FROM outreach LIMIT 1`)).rows[0]?.id as string | undefined;
    let status = 'sending';
    for (let i = 0; i < 60 * 60 * 10; i++) {
      await sleep(100);
      if (queueInfo && process.argv.includes('--queue-only')) break;
      if (killAfter > 0 && !killedAt && total >= killAfter) {
        worker.kill('SIGKILL');
        killedAt = { mails: total, seconds: round((performance.now() - firstAt) / 1000) };
        await sleep(500);
        // The dead sender's rows handed to the server and not recorded: the mails in flight at the kill.
        const id = await outreachDbId();
        inFlightAtKill = id
          ? Number((await db.query(`SELECT count(*)::int AS n FROM outreach_message WHERE outreach_id = $1 AND status = 'sending' AND handed_at IS NOT NULL`, [id])).rows[0].n)
          : 0;
        startChild(false);
      }
      const id = await outreachDbId();
      if (!id) continue;
      status = (await db.query(`SELECT status FROM outreach WHERE id = $1`, [id])).rows[0].status;
      if (status !== 'sending') break;
    }
    await sleep(1000);
    const id = await outreachDbId();
    const counts = (await db.query(`SELECT status, count(*)::int AS n FROM outreach_message WHERE outreach_id = $1 GROUP BY status ORDER BY status`, [id])).rows;
    // Each recipient's Message-ID, as the sender derives it from the row (the same on every attempt).
    const expected = (await db.query(`SELECT id::text AS id FROM outreach_message WHERE outreach_id = $1`, [id])).rows.map((r) => `<outreach.${r.id}.${id}@lifeboat.example>`);
    const duplicates = [...received.values()].filter((n) => n > 1).reduce((a, n) => a + n - 1, 0);
    const missing = expected.filter((m) => !received.has(m)).length;
    const resent = Number((await db.query(`SELECT count(*)::int AS n FROM outreach_message WHERE outreach_id = $1 AND interrupted_at IS NOT NULL`, [id])).rows[0].n);
    const sendSeconds = round((lastAt - firstAt) / 1000);
    const before = killedAt ?? { mails: total, seconds: sendSeconds };
    console.log(
      JSON.stringify({
        contacts,
        status,
        ...(queueInfo ?? {}),
        sendSeconds,
        mailsPerSecond: Math.round(before.mails / Math.max(before.seconds, 0.001)),
        killedAt,
        inFlightAtKill,
        received: total,
        distinct: received.size,
        duplicates,
        missing,
        resentAfterInterruption: resent,
        outreach: Object.fromEntries(counts.map((c) => [c.status, c.n])),
      }),
    );
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await db.end().catch(() => undefined);
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    if (process.argv.includes('--keep')) console.error(`kept database ${url.toString()}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (require.main === module) {
  (process.argv.includes('--child') ? child() : main()).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
