import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';
import { createCampaign, createDeal, createUser, globalId, gqlAs, signIn, until } from './integrations.support';

const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id stage version } } }`;
const WATCH = `subscription($campaignId: ID!) { opportunityChanged(campaignId: $campaignId) { opportunityId campaignId stage previousStage event } }`;

/** Live subscriptions across processes: the worker publishes on Redis, every api process serves its subscribers. */
describeWith(['postgres', 'redis'], 'subscriptions across api processes (PostgreSQL server, Redis, a separate worker)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const processes: LifeboatProcess[] = [];
  let client: Client | undefined;

  afterAll(async () => {
    await client?.dispose();
    for (const p of processes) await p.stop();
    await db?.drop();
  });

  it('a subscriber on api process A sees a deal moved through api process B', async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, LIFEBOAT_QUEUE_PREFIX: `e2e-subs-${randomBytes(4).toString('hex')}` };
    // The first process runs the migrations; the others start on the migrated database.
    const a = await startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'api' });
    processes.push(a);
    const [b, worker] = await Promise.all([startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'api' }), startLifeboatProcess({ ...env, LIFEBOAT_ROLE: 'worker' })]);
    processes.push(b, worker);

    const { campaignId } = await createCampaign(db.query, 'Takeover');
    const deal = globalId('Opportunity', await createDeal(db.query, campaignId, 'Acme'));
    await createUser(db.query, 'mia@example.test', 'manager', [campaignId]);
    const onA = await signIn(a.url, 'mia@example.test');
    const onB = await signIn(b.url, 'mia@example.test');

    const received: any[] = [];
    const errors: unknown[] = [];
    client = createClient({
      url: a.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${onA}` },
      retryAttempts: 0,
    });
    const connected = new Promise<void>((r) => client!.on('connected', () => r()));
    client.subscribe(
      { query: WATCH, variables: { campaignId: globalId('Campaign', campaignId) } },
      { next: (v) => (v.data ? received.push(v.data['opportunityChanged']) : errors.push(v.errors)), error: (e) => errors.push(e), complete: () => undefined },
    );
    await connected;
    await new Promise((r) => setTimeout(r, 500));

    const moved = await gqlAs(b.url, onB, MOVE, { input: { opportunityId: deal, expectedVersion: 1, stage: 'contacted' } });
    expect(moved.errors).toBeUndefined();
    await until(async () => received.length > 0, 30_000, 'the change reaches the subscriber on A');
    expect(received).toEqual([
      { opportunityId: deal, campaignId: globalId('Campaign', campaignId), stage: 'contacted', previousStage: 'identified', event: 'opportunity.moved' },
    ]);
    expect(errors).toEqual([]);
    // Published by the worker, not by either api process.
    const { rows } = await db.query(`SELECT processed_by FROM job_run WHERE job_name = 'realtime.publish' AND status = 'completed'`);
    expect(rows.map((r: { processed_by: string }) => r.processed_by)).toContain(`worker@${require('node:os').hostname()}:${worker.child.pid}`);
  });
});
