import { SnapshotCache } from './snapshot-cache';

/** A computation the test finishes when it wants, counting how many were started. */
function computations() {
  const started: Array<{ resolve(value: string): void; reject(error: Error): void }> = [];
  const compute = () =>
    new Promise<string>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { started, compute };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('SnapshotCache', () => {
  let clock: number;
  const cache = (maxAgeMs = 30_000, extra: Partial<ConstructorParameters<typeof SnapshotCache<string>>[0]> = {}) =>
    new SnapshotCache<string>({ maxAgeMs, now: () => clock, ...extra });

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('computes once for concurrent readers, then serves the kept value while it is fresh', async () => {
    const c = cache();
    const { started, compute } = computations();
    const a = c.get('k', 'camp', compute);
    const b = c.get('k', 'camp', compute);
    expect(started).toHaveLength(1);
    started[0].resolve('v1');
    await expect(Promise.all([a, b])).resolves.toEqual(['v1', 'v1']);
    clock += 9_999; // under a third of 30 s
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1');
    expect(started).toHaveLength(1);
  });

  it('serves an ageing value at once and refreshes it in the background, once', async () => {
    const c = cache();
    const { started, compute } = computations();
    const first = c.get('k', 'camp', compute);
    started[0].resolve('v1');
    await first;
    clock += 10_000;
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1');
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1');
    expect(started).toHaveLength(2); // one background refresh, not one per reader
    started[1].resolve('v2');
    await flush();
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v2');
    expect(started).toHaveLength(2); // v2 counts as fresh from when its computation started
  });

  it('makes readers wait for a new value once the kept one is too old', async () => {
    const c = cache();
    const { started, compute } = computations();
    const first = c.get('k', 'camp', compute);
    started[0].resolve('v1');
    await first;
    clock += 30_000;
    let answered: string | null = null;
    const late = c.get('k', 'camp', compute).then((v) => (answered = v));
    await flush();
    expect(answered).toBeNull();
    started[1].resolve('v2');
    await late;
    expect(answered).toBe('v2');
  });

  it('stops serving a campaign’s values after a change, and does not reuse a computation that started before it', async () => {
    const c = cache();
    const { started, compute } = computations();
    const first = c.get('k', 'camp', compute);
    started[0].resolve('v1');
    await first;
    const other = c.get('other', 'camp-2', compute);
    started[1].resolve('w1');
    await other;

    const before = c.get('k', 'camp', () => compute()); // fresh: no computation
    await expect(before).resolves.toBe('v1');
    clock += 15_000; // ageing: starts a background refresh (started[2]) before the change
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1');
    expect(started).toHaveLength(3);
    c.invalidateCampaign('camp');
    const after = c.get('k', 'camp', compute);
    expect(started).toHaveLength(4); // the background one predates the change: not joined
    started[2].resolve('v-before-change');
    started[3].resolve('v-after-change');
    await expect(after).resolves.toBe('v-after-change');
    await flush();
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v-after-change');
    // Another campaign's value is still served at once (an invalidated one would wait for a computation).
    await expect(Promise.race([c.get('other', 'camp-2', compute), flush().then(() => 'waiting')])).resolves.toBe('w1');
  });

  it('keeps the newest of two computations whatever order they finish in', async () => {
    const c = cache();
    const { started, compute } = computations();
    const first = c.get('k', 'camp', compute);
    c.invalidateCampaign('camp');
    const second = c.get('k', 'camp', compute);
    started[1].resolve('newer');
    started[0].resolve('older');
    await expect(first).resolves.toBe('older');
    await expect(second).resolves.toBe('newer');
    await expect(c.get('k', 'camp', compute)).resolves.toBe('newer');
  });

  it('keeps no failure: its readers get the error, the next reader computes again', async () => {
    const c = cache();
    const { started, compute } = computations();
    const a = c.get('k', 'camp', compute);
    const b = c.get('k', 'camp', compute);
    started[0].reject(new Error('statement timeout'));
    await expect(a).rejects.toThrow('statement timeout');
    await expect(b).rejects.toThrow('statement timeout');
    const again = c.get('k', 'camp', compute);
    expect(started).toHaveLength(2);
    started[1].resolve('v1');
    await expect(again).resolves.toBe('v1');
  });

  it('reports a failed background refresh and keeps serving the value it has until it is too old', async () => {
    const failures: string[] = [];
    const c = cache(30_000, { onBackgroundError: (key, error) => failures.push(`${key}: ${(error as Error).message}`) });
    const { started, compute } = computations();
    const first = c.get('k', 'camp', compute);
    started[0].resolve('v1');
    await first;
    clock += 20_000;
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1');
    started[1].reject(new Error('connection lost'));
    await flush();
    expect(failures).toEqual(['k: connection lost']);
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1'); // and a new background try
    expect(started).toHaveLength(3);
  });

  it('keeps at most `capacity` keys, dropping the least recently read', async () => {
    const c = cache(30_000, { capacity: 2 });
    let n = 0;
    const compute = async () => `v${++n}`;
    await c.get('a', 'camp', compute);
    await c.get('b', 'camp', compute);
    await c.get('a', 'camp', compute); // a is now the most recently read
    await c.get('c', 'camp', compute); // b goes
    expect(c.size).toBe(2);
    expect(n).toBe(3);
    await expect(c.get('a', 'camp', compute)).resolves.toBe('v1');
    await expect(c.get('b', 'camp', compute)).resolves.toBe('v4');
  });

  it('computes every read when turned off (max age 0)', async () => {
    const c = cache(0);
    let n = 0;
    const compute = async () => `v${++n}`;
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v1');
    await expect(c.get('k', 'camp', compute)).resolves.toBe('v2');
    expect(c.size).toBe(0);
  });
});
