import type { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestApp } from '../testing/test-app';
import { AnalyzeHandler } from './analyze.handler';

/**
 * The statistics job after a bulk write. On the embedded database (one connection, which the job's
 * transaction holds) it must leave room for requests: other work runs between two tables, and the
 * sample is small. Measured with a 20,000-row import: /health waited 450–540 ms behind one ANALYZE
 * of the account table before, 140 ms at most after (BENCHMARKS.md).
 */
describe('maintenance.analyze', () => {
  let lifeboat: RunningLifeboat;
  let ds: DataSource;

  beforeAll(async () => {
    lifeboat = await startTestApp({ LIFEBOAT_DEMO: 'true' });
    ds = lifeboat.db.dataSource;
    // 3,000 accounts with distinct spends: a full sample would keep 101 histogram bounds of it.
    await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend)
       SELECT (SELECT id FROM campaign ORDER BY name LIMIT 1), 'Probe ' || g, 'probe ' || g, 'smb_web', g * 7 FROM generate_series(1, 3000) g`,
    );
  });

  afterAll(async () => {
    await lifeboat?.close();
  });

  const run = (tables: string[]) =>
    ds.transaction((manager) => lifeboat.app.get(AnalyzeHandler).handle({ tables: tables as never, reason: 'test' }, { manager, jobId: 'test', attempt: 1, afterCommit: () => undefined }));

  it('analyzes only the tables it knows, letting timers run between two of them', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await run(['account', 'opportunity', 'stage_transition', 'app_user; DROP TABLE account']);
    clearInterval(timer);
    expect(result).toMatchObject({ analyzed: ['account', 'opportunity', 'stage_transition'] });
    expect(ticks).toBeGreaterThanOrEqual(2);
  });

  it('keeps a smaller sample on the embedded database, the default on a server', async () => {
    await run(['account']);
    const [row] = await ds.query(
      `SELECT array_length(histogram_bounds::text::text[], 1) AS bounds FROM pg_stats WHERE tablename = 'account' AND attname = 'monthly_spend'`,
    );
    // default_statistics_target 20 keeps at most 21 histogram bounds; the default (100) keeps 101.
    expect(Number(row.bounds)).toBe(lifeboat.db.kind === 'embedded' ? 21 : 101);
  });
});
