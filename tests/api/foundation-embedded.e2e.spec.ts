import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { gql, LifeboatProcess, signInAs, startLifeboatProcess } from '../support/lifeboat-process';

const RIVALS = `query Rivals($first: Int, $after: String) {
  rivals(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name health shutdownExpectedAt version distressEvents { kind summary } } }
  }
}`;

const RECORD = `mutation Record($input: RecordDistressEventInput!) {
  recordDistressEvent(input: $input) {
    distressEvent { id kind severity summary rival { name } }
    rival { id health shutdownExpectedAt version }
  }
}`;

/** `npm start` with no settings: embedded PostgreSQL under a data folder, jobs in process, the demo. */
describe('Lifeboat on the embedded defaults (no DATABASE_URL, no REDIS_URL)', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-e2e-'));
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    // The demo's admin sees every campaign's rival.
    await signInAs(lifeboat.url, 'admin@lifeboat.demo');
  });

  afterAll(async () => {
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports its database and queue on /health', async () => {
    const response = await fetch(`${lifeboat.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      role: 'all',
      database: { kind: 'embedded', status: 'up' },
      queue: { kind: 'in-process', status: 'up' },
    });
  });

  it('serves the web app at / and for its client-side routes', async () => {
    for (const path of ['/', '/rivals/anything']) {
      const response = await fetch(`${lifeboat.url}${path}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    }
  });

  it('answers { __typename } and lists the demo rivals in a stable order', async () => {
    const typename = await gql(lifeboat.url, '{ __typename }');
    expect(typename).toEqual({ status: 200, data: { __typename: 'Query' } });

    const { data } = await gql<{ rivals: { totalCount: number; edges: Array<{ node: { name: string; health: string } }> } }>(
      lifeboat.url,
      RIVALS,
      { first: 10 },
    );
    expect(data?.rivals.totalCount).toBe(2);
    expect(data?.rivals.edges.map((e) => [e.node.name, e.node.health])).toEqual([
      ['AMEN', 'distressed'],
      ['KPNQwest', 'liquidating'],
    ]);
  });

  it('pages with cursors, without gaps or repeats', async () => {
    const first = await gql<{ rivals: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      lifeboat.url,
      RIVALS,
      { first: 1 },
    );
    expect(first.data?.rivals.pageInfo.hasNextPage).toBe(true);
    const second = await gql<{ rivals: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean } } }>(
      lifeboat.url,
      RIVALS,
      { first: 1, after: first.data?.rivals.pageInfo.endCursor },
    );
    expect([...(first.data?.rivals.edges ?? []), ...(second.data?.rivals.edges ?? [])].map((e) => e.node.name)).toEqual(['AMEN', 'KPNQwest']);
    expect(second.data?.rivals.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page larger than 200 and a forged cursor with BAD_USER_INPUT naming the argument', async () => {
    const tooMany = await gql(lifeboat.url, RIVALS, { first: 201 });
    expect(tooMany.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first', reason: 'first must be at most 200' }],
    });
    const forged = await gql(lifeboat.url, RIVALS, { first: 1, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });

  it('records a distress event: AMEN liquidated, its shutdown set, the recompute job run after commit', async () => {
    const { data } = await gql<{ rivals: { edges: Array<{ node: { id: string; name: string; version: number } }> } }>(lifeboat.url, RIVALS, {
      first: 10,
    });
    const amen = data!.rivals.edges.find((e) => e.node.name === 'AMEN')!.node;
    const result = await gql<{ recordDistressEvent: { rival: { health: string; shutdownExpectedAt: string; version: number } } }>(
      lifeboat.url,
      RECORD,
      {
        input: {
          rivalId: amen.id,
          kind: 'liquidation_ordered',
          occurredAt: '2026-11-23T10:00:00.000Z',
          severity: 5,
          summary: 'The commercial court orders the liquidation of AMEN.',
          shutdownAt: '2026-12-04T18:00:00.000Z',
          expectedVersion: amen.version,
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDistressEvent.rival).toEqual({
      id: amen.id,
      health: 'liquidating',
      shutdownExpectedAt: '2026-12-04T18:00:00.000Z',
      version: amen.version + 1,
    });

    const stale = await gql(lifeboat.url, RECORD, {
      input: { rivalId: amen.id, kind: 'press_report', occurredAt: '2026-11-23T11:00:00Z', severity: 2, summary: 'x', expectedVersion: amen.version },
    });
    expect(stale.errors?.[0].extensions?.['code']).toBe('CONFLICT');

    const invalid = await gql(lifeboat.url, RECORD, {
      input: { rivalId: amen.id, kind: 'strike', occurredAt: '2026-11-23T11:00:00Z', severity: 9, summary: '' },
    });
    expect(invalid.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.severity', reason: 'severity must be between 1 and 5' },
        { field: 'input.summary', reason: 'summary must be 1 to 2000 characters' },
      ],
    });

    const unknown = await gql(lifeboat.url, RECORD, {
      input: { rivalId: 'Uml2YWw6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw', kind: 'strike', occurredAt: '2026-11-23T11:00:00Z', severity: 3, summary: 'x' },
    });
    expect(unknown.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  it('keeps its data when stopped and started again, and the job ledger shows the job ran once', async () => {
    expect(await lifeboat.stop()).toBe(0);
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    await signInAs(lifeboat.url, 'admin@lifeboat.demo');
    const { data } = await gql<{ rivals: { edges: Array<{ node: { name: string; health: string; distressEvents: Array<{ kind: string }> } }> } }>(
      lifeboat.url,
      RIVALS,
      { first: 10 },
    );
    const amen = data!.rivals.edges.find((e) => e.node.name === 'AMEN')!.node;
    expect(amen.health).toBe('liquidating');
    expect(amen.distressEvents.map((e) => e.kind)).toContain('liquidation_ordered');
    expect(data!.rivals.edges).toHaveLength(2); // the demo was not loaded a second time
    expect(await lifeboat.stop()).toBe(0);

    const pglite = await PGlite.create(dataDir);
    try {
      const runs = await pglite.query<{ job_name: string; status: string; processed_by: string }>(
        `SELECT job_name, status, processed_by FROM job_run WHERE job_name = 'urgency.recompute-for-rival'`,
      );
      expect(runs.rows).toHaveLength(1);
      expect(runs.rows[0]).toMatchObject({ job_name: 'urgency.recompute-for-rival', status: 'completed' });
      expect(runs.rows[0].processed_by).toMatch(/^all@/);
      const pending = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`);
      expect(pending.rows[0].n).toBe(0);
    } finally {
      await pglite.close();
    }
  });
});
