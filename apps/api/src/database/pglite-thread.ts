import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackendMessage } from 'pg-protocol/dist/messages';
import { Parser } from 'pg-protocol/dist/parser';

/** The worker's entry, plain JavaScript next to this file (in the sources and, copied by apps/api/build.mjs, in dist/). */
const WORKER_FILE = join(__dirname, 'pglite-worker.cjs');

/** How long close() waits for PGlite to close itself before the thread is stopped (a statement may still be running). */
const CLOSE_TIMEOUT_MS = 2000;

/** Frontend messages that answer nothing until a Sync or Flush: Parse, Bind, Describe, Execute, Close. */
const HELD = new Set(['P', 'B', 'D', 'E', 'C'].map((c) => c.charCodeAt(0)));

type FromWorker =
  | { type: 'ready' }
  | { type: 'open-failed'; message: string }
  | { type: 'reply'; id: number; bytes: ArrayBuffer }
  | { type: 'exec-failed'; id: number; message: string }
  | { type: 'closed' };

/**
 * The embedded database (PGlite) in a thread of its own, seen from the api's thread. PGlite runs
 * each statement synchronously: on the api's thread one heavy statement held /health, every other
 * request and SIGTERM until it ended (and PGlite ignores statement_timeout). Here the api only posts
 * the frontend protocol bytes to the worker (pglite-worker.cjs) and parses the reply with
 * node-postgres's own parser (pg-protocol), so errors arrive as real `DatabaseError`s with their
 * code, detail and constraint.
 *
 * It has the surface `createPgConfig()` of '@electric-sql/pglite/node-postgres' uses (`waitReady`,
 * `execProtocolStream`), so TypeORM reaches it through PGlite's node-postgres adapter as before.
 * If the thread dies, pending and later statements fail with an error (never hang) and one line is
 * written to stderr.
 */
export class PGliteThread {
  /** Settles once PGlite is open in the thread; rejects with PGlite's reason when it cannot open. */
  readonly waitReady: Promise<void>;
  private readonly worker: Worker;
  private readonly parser = new Parser();
  private readonly pending = new Map<number, { resolve: (messages: BackendMessage[]) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  /** Steps of an extended query waiting for the message that ends them. */
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** Set once the thread has stopped: every statement fails with it. */
  private stopped: Error | null = null;
  private closing = false;
  private onClosed: (() => void) | null = null;

  constructor(dataDir: string, private readonly report: (line: string) => void = (line) => process.stderr.write(`lifeboat: ${line}\n`)) {
    this.worker = new Worker(WORKER_FILE, { workerData: { dataDir } });
    let crash: Error | null = null;
    this.waitReady = new Promise<void>((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            resolve();
            break;
          case 'open-failed':
            reject(new Error(message.message));
            break;
          case 'reply':
            this.settle(message.id)?.resolve(this.parse(message.bytes));
            break;
          case 'exec-failed':
            this.settle(message.id)?.reject(new Error(`The embedded database failed: ${message.message}`));
            break;
          case 'closed':
            this.onClosed?.();
            break;
        }
      });
      this.worker.on('error', (error) => {
        crash = error;
      });
      this.worker.on('exit', (code) => {
        const reason = this.closing
          ? new Error('The embedded database was closed')
          : new Error(`The embedded database's thread stopped (${crash ? crash.message.split('\n')[0] : `exit code ${code}`})`);
        this.stopped = reason;
        reject(reason);
        for (const { reject: fail } of this.pending.values()) fail(reason);
        this.pending.clear();
        if (!this.closing) this.report(`${reason.message}: every statement fails until Lifeboat is restarted.`);
        this.onClosed?.();
      });
    });
    // Whoever opens the thread awaits waitReady; a rejection nobody awaited is not a crash of the api.
    this.waitReady.catch(() => undefined);
  }

  /**
   * Runs frontend protocol messages; resolves with the backend messages of the reply, errors
   * included (as node-postgres's adapter wants them). The adapter hands over one message at a
   * time: the steps of an extended query (Parse, Bind, Describe, Execute, Close) are held and go
   * with the Sync (or Flush, Query…) that ends them, one round trip to the thread instead of five,
   * as they would go over a socket; their replies come with that message's.
   */
  execProtocolStream(bytes: Uint8Array): Promise<BackendMessage[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (HELD.has(bytes[0])) {
      this.held.push(Uint8Array.from(bytes));
      this.heldBytes += bytes.byteLength;
      return Promise.resolve([]);
    }
    const id = this.nextId++;
    // A copy of its own: the bytes may be a view on a shared buffer (Node's Buffer pool), which must not be transferred.
    const copy = new Uint8Array(this.heldBytes + bytes.byteLength);
    let at = 0;
    for (const part of this.held) {
      copy.set(part, at);
      at += part.byteLength;
    }
    copy.set(bytes, at);
    this.held = [];
    this.heldBytes = 0;
    return new Promise<BackendMessage[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'exec', id, bytes: copy.buffer }, [copy.buffer]);
    });
  }

  /** Closes PGlite (after the statement in hand, for at most CLOSE_TIMEOUT_MS), then stops the thread. */
  async close(): Promise<void> {
    if (this.stopped) return;
    this.closing = true;
    const closed = new Promise<void>((resolve) => (this.onClosed = resolve));
    this.worker.postMessage({ type: 'close' });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)))]);
    clearTimeout(timer);
    await this.worker.terminate();
  }

  private settle(id: number) {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    return waiting;
  }

  private parse(bytes: ArrayBuffer): BackendMessage[] {
    const messages: BackendMessage[] = [];
    this.parser.parse(Buffer.from(bytes), (message) => messages.push(message));
    return messages;
  }
}
