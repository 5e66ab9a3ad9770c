import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'pg-protocol';
import type { Worker } from 'node:worker_threads';
import { QueryFailedError } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/app-config';
import { startTestServer } from '../testing/test-app';
import { openDatabase } from './open-database';
import { PGliteThread } from './pglite-thread';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 16, point 3: the embedded database (PGlite) runs each statement synchronously, so it has a
 * thread of its own; a long statement must not hold the api's event loop. No timing assertions:
 * what is checked is the order of what happens.
 */
describe('the database does not hold the api while a statement runs', () => {
  let lifeboat: RunningLifeboat & { url: string };

  beforeAll(async () => {
    lifeboat = await startTestServer();
  });

  afterAll(async () => {
    await lifeboat?.close();
  });

  it('answers /health while a slow statement runs', async () => {
    let slowDone = false;
    const slow = lifeboat.db.dataSource.query('SELECT pg_sleep(5)').then(() => (slowDone = true));
    // On the api's thread, this timer (and the request) could only run once the statement ended.
    await sleep(300);
    const res = await fetch(`${lifeboat.url}/health`);
    const answeredBeforeTheStatementEnded = !slowDone;
    expect({ status: res.status, answeredBeforeTheStatementEnded }).toEqual({ status: 200, answeredBeforeTheStatementEnded: true });
    await slow;
  });

  it('keeps the database errors node-postgres gives (code, constraint), inside and outside transactions', async () => {
    const ds = lifeboat.db.dataSource;
    await ds.query(`CREATE TABLE thread_probe (id int PRIMARY KEY, label text NOT NULL)`);
    await ds.query(`INSERT INTO thread_probe VALUES (1, 'one')`);
    const duplicate = await ds.query(`INSERT INTO thread_probe VALUES (1, 'again')`).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(QueryFailedError);
    expect(duplicate).toMatchObject({ code: '23505', constraint: 'thread_probe_pkey', table: 'thread_probe' });
    // A transaction that fails rolls back as a whole, and the connection serves the next statement.
    const failed = await ds
      .transaction(async (m) => {
        await m.query(`INSERT INTO thread_probe VALUES (2, 'two')`);
        await m.query(`INSERT INTO thread_probe VALUES (3, NULL)`);
      })
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: '23502' });
    const rows = await ds.query(`SELECT id, label FROM thread_probe ORDER BY id`);
    expect(rows).toEqual([{ id: 1, label: 'one' }]);
    await ds.query(`DROP TABLE thread_probe`);
  });
});

describe('PGliteThread', () => {
  const lines: string[] = [];
  let thread: PGliteThread;

  beforeAll(async () => {
    thread = new PGliteThread('memory://', (line) => lines.push(line));
    await thread.waitReady;
  });

  afterAll(async () => {
    await thread?.close();
  });

  it('answers with the backend messages, parsed', async () => {
    const messages = await thread.execProtocolStream(serialize.query('SELECT 41 + 1 AS answer'));
    expect(messages.map((m) => m.name)).toEqual(['rowDescription', 'dataRow', 'commandComplete', 'readyForQuery']);
    expect(messages[1]).toMatchObject({ fields: ['42'] });
    expect(lines).toEqual([]);
  });

  it('fails the statements in hand, and every later one, with a clear error when its thread dies', async () => {
    const pending = thread.execProtocolStream(serialize.query('SELECT pg_sleep(5)')).catch((error: Error) => error);
    await sleep(200);
    // What a crash of the thread looks like from the api (an out-of-memory abort, a bug in PGlite).
    await (thread as unknown as { worker: Worker }).worker.terminate();
    const error = await pending;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/embedded database's thread stopped/);
    await expect(thread.execProtocolStream(serialize.query('SELECT 1'))).rejects.toThrow(/embedded database's thread stopped/);
    expect(lines).toEqual([expect.stringMatching(/^The embedded database's thread stopped \(exit code 1\): every statement fails until Lifeboat is restarted\.$/)]);
  });
});

describe('opening the embedded database', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lifeboat-pglite-thread-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says which folder it could not open, and what to check, when PGlite cannot open it', async () => {
    // A data folder of another PostgreSQL version: PGlite refuses it.
    const dataDir = join(dir, 'foreign');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'PG_VERSION'), '9\n');
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_DEMO: 'false', LIFEBOAT_WEB_DIR: '/nonexistent' });
    const error = await openDatabase(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Cannot open the embedded database in ${dataDir} \\(.+\\): check LIFEBOAT_DATA_DIR points to a writable folder that no other Lifeboat process is using\\.$`),
    );
  });
});
