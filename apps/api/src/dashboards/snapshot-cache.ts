/**
 * Computed dashboards kept for a short while, per key (a campaign and a period), in one api process.
 *
 * A campaign's dashboard is computed from every deal, transition and activity it holds: about a
 * second of PostgreSQL time for the biggest campaign of the benchmark's data set. Managers keep it
 * open (the web polls it every 30 s) and look at it together, so the same figures are asked for
 * again and again while little changes. The rules, with `maxAgeMs` (LIFEBOAT_DASHBOARD_CACHE_SECONDS):
 *
 * - **Fresh** (computed less than a third of `maxAgeMs` ago, nothing changed since): served as is.
 * - **Ageing** (up to `maxAgeMs`, nothing changed since): served as is, and one computation starts
 *   in the background, so the next caller gets newer figures without waiting for them.
 * - **Changed, too old or absent**: the caller waits for a computation that started after the last
 *   change. Callers who ask meanwhile share it: one computation per key at a time, however many
 *   managers are looking (single flight).
 *
 * "Changed" is what `invalidateCampaign` says: the api calls it on each `dashboardRefresh` message,
 * which the outbox relay publishes, from whichever process made the change, after each committed
 * change to the campaign (deals, imports, distress events, settings). So figures are never older
 * than `maxAgeMs`, and a change shows on the next read once its event has been relayed (about a
 * second). Each served dashboard carries its `asOf`: the moment its snapshot was taken.
 *
 * Failed computations are not kept: their callers get the error, the next caller tries again.
 * `maxAgeMs = 0` turns the cache off (every read computes).
 */
export class SnapshotCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Orders computations and changes: a value is current when its computation started after the last change. */
  private seq = 0;

  constructor(
    private readonly options: {
      maxAgeMs: number;
      /** How many keys are kept; the least recently read goes first. */
      capacity?: number;
      now?: () => number;
      /** Told when a background refresh fails (its callers were already served). */
      onBackgroundError?: (key: string, error: unknown) => void;
    },
  ) {}

  get enabled(): boolean {
    return this.options.maxAgeMs > 0;
  }

  /** The value for `key`, computed by `compute` when needed (see the class comment). */
  get(key: string, campaignId: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const now = this.now();
    let entry = this.entries.get(key);
    if (entry) {
      // Least recently read first: reinsert on each read.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      entry = { campaignId, value: null, valueSeq: 0, computedAt: 0, changedSeq: 0, inflight: null };
      this.entries.set(key, entry);
      this.evict();
    }
    if (entry.value !== null && entry.valueSeq > entry.changedSeq) {
      const age = now - entry.computedAt;
      if (age < this.options.maxAgeMs / 3) return Promise.resolve(entry.value);
      if (age < this.options.maxAgeMs) {
        if (!entry.inflight) {
          this.start(key, entry, compute).catch((error: unknown) => this.options.onBackgroundError?.(key, error));
        }
        return Promise.resolve(entry.value);
      }
    }
    if (entry.inflight && entry.inflight.seq > entry.changedSeq) return entry.inflight.promise;
    return this.start(key, entry, compute);
  }

  /** Something changed in the campaign: its kept figures are no longer served. */
  invalidateCampaign(campaignId: string): void {
    if (!this.enabled) return;
    const seq = ++this.seq;
    for (const entry of this.entries.values()) if (entry.campaignId === campaignId) entry.changedSeq = seq;
  }

  /** How many keys are kept (for tests and health). */
  get size(): number {
    return this.entries.size;
  }

  private start(key: string, entry: Entry<T>, compute: () => Promise<T>): Promise<T> {
    const seq = ++this.seq;
    const startedAt = this.now();
    const promise = (async () => {
      try {
        const value = await compute();
        // A later computation may have finished first: keep the newest.
        if (seq > entry.valueSeq) {
          entry.value = value;
          entry.valueSeq = seq;
          entry.computedAt = startedAt;
        }
        return value;
      } finally {
        if (entry.inflight?.seq === seq) entry.inflight = null;
      }
    })();
    entry.inflight = { seq, promise };
    return promise;
  }

  private evict(): void {
    const capacity = this.options.capacity ?? 200;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= capacity) break;
      this.entries.delete(key);
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

interface Entry<T> {
  campaignId: string;
  value: T | null;
  /** The sequence number of the computation that produced `value`. */
  valueSeq: number;
  /** When that computation started: the age of `value` counts from then. */
  computedAt: number;
  /** The sequence number of the campaign's last change. */
  changedSeq: number;
  inflight: { seq: number; promise: Promise<T> } | null;
}
