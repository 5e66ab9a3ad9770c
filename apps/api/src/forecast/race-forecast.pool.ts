import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RacePolicy, RacePolicyResult, RaceTally } from '@lifeboat/domain';
import {
  COMPARED_POLICIES,
  COMPARISON_RUNS,
  FORECAST_POLICY,
  FORECAST_RUNS,
  joinComparison,
  joinForecast,
  runForecastJob,
  type ForecastJob,
  type ForecastJobResult,
  type PolicySummary,
  type RaceBase,
  type StaffingAdvice,
} from './race-forecast.compute';

/** The compiled worker next to this file (apps/api/build.mjs compiles it to dist like every source). */
const WORKER_FILE = join(__dirname, 'race-forecast.worker.js');

type Reply = { id: number; ok: true; result: ForecastJobResult } | { id: number; ok: false; message: string };

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (r: ForecastJobResult) => void; reject: (e: Error) => void } | null;
}

/**
 * Where the forecast's simulations run: off the request thread, in up to two worker threads (the
 * jobs of one forecast run side by side), so the api keeps answering while a campaign of thousands
 * of deals is raced. Threads start on first use, stay for the next forecast and do not keep the
 * process alive. Run from the TypeScript sources (tests, ts-node) there is no compiled worker: the
 * jobs then run on the calling thread, one after the other — the same code and the same numbers.
 */
export class ForecastPool {
  readonly threads: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ job: ForecastJob; resolve: (r: ForecastJobResult) => void; reject: (e: Error) => void }> = [];
  private nextId = 1;
  private closed = false;

  constructor(threads = Math.min(2, availableParallelism()), private readonly workerFile = WORKER_FILE) {
    this.threads = __filename.endsWith('.js') && existsSync(workerFile) ? Math.max(0, threads) : 0;
  }

  run(job: ForecastJob): Promise<ForecastJobResult> {
    if (this.closed) return Promise.reject(new Error('The forecast pool is closed.'));
    if (this.threads === 0) {
      // Inline, after the caller's current step (so that jobs started together still start in order).
      return new Promise((resolve, reject) => setImmediate(() => {
        try {
          resolve(runForecastJob(job));
        } catch (error) {
          reject(error as Error);
        }
      }));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new Error('The forecast pool is closed.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.threads) slot = this.spawn();
      if (!slot) return;
      const next = this.waiting.shift()!;
      const id = this.nextId++;
      slot.busy = { id, resolve: next.resolve, reject: next.reject };
      slot.worker.ref();
      slot.worker.postMessage({ id, job: next.job });
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerFile), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (reply: Reply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      slot.busy = null;
      slot.worker.unref();
      if (reply.ok) busy.resolve(reply.result);
      else busy.reject(new Error(reply.message));
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.busy?.reject(error);
      slot.busy = null;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`A forecast thread stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }
}

let raceKeys = 0;

/**
 * A campaign's three jobs through the pool (what `raceForecast` computes; tools/forecast-timing.mjs
 * times this), cut into slices of runs the threads share: the queue's FORECAST_RUNS runs (its first
 * COMPARISON_RUNS are also the comparison's queue: the same runs), the simple rules' runs, the staffing
 * search; the longest first. Each thread prepares the race once for its slices (`raceRuns`). Joined,
 * the slices give exactly the numbers of `forecastQueue` and `comparePolicies`.
 */
export async function runForecastJobs(
  pool: ForecastPool,
  base: RaceBase,
  targetShare: number,
): Promise<{ forecast: RacePolicyResult; comparison: PolicySummary[]; staffing: StaffingAdvice }> {
  const raceKey = `${process.pid}:${++raceKeys}`;
  const queue = [FORECAST_POLICY];
  const rules = COMPARED_POLICIES.filter((p) => p !== FORECAST_POLICY);
  const rest = FORECAST_RUNS - COMPARISON_RUNS;
  const slice = (policies: readonly RacePolicy[], firstRun: number, runs: number) =>
    pool.run({ kind: 'raceRuns', base, raceKey, policies, firstRun, runs }).then((job) => (job as { kind: 'raceRuns'; result: RaceTally }).result);
  const queueLater = [slice(queue, COMPARISON_RUNS, Math.ceil(rest / 2)), slice(queue, COMPARISON_RUNS + Math.ceil(rest / 2), Math.floor(rest / 2))];
  const ruleSlices = [slice(rules.slice(0, 2), 0, COMPARISON_RUNS), slice(rules.slice(2), 0, COMPARISON_RUNS)];
  const queueFirst = slice(queue, 0, COMPARISON_RUNS);
  const staffing = pool.run({ kind: 'staffing', base, targetShare }).then((job) => (job as { kind: 'staffing'; result: StaffingAdvice }).result);
  const [first, later, ruled, advice] = await Promise.all([queueFirst, Promise.all(queueLater), Promise.all(ruleSlices), staffing]);
  return {
    forecast: joinForecast(base, [first, ...later]),
    comparison: joinComparison(base, [first], ruled),
    staffing: advice,
  };
}
