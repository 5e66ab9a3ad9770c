import { randomBytes } from 'node:crypto';
import { describeWith } from '../support/services';
import { freePort, LifeboatProcess, startLifeboatProcess } from '../support/lifeboat-process';
import { createTestDatabase } from '../support/test-database';
import { createCampaign, createUser, globalId, gqlAs, inParallel, RedisProcess, signIn, Sink, startRedis, startSink, until } from './integrations.support';

const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id stage } } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;
const CHANGES = 1000;

/**
 * The outbox when Redis is away: every change commits (its events wait in PostgreSQL), and once
 * Redis is back every event reaches the webhook receiver exactly once.
 */
describeWith(['postgres'], 'Redis away: changes succeed, and every event reaches a webhook exactly once after it returns', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let redis: RedisProcess | undefined;
  let api: LifeboatProcess | undefined;
  let sink: Sink | undefined;

  afterAll(async () => {
    await api?.stop();
    await redis?.kill();
    await sink?.close();
    await db?.drop();
  });

  it(`takes ${CHANGES} deal moves while Redis is down and delivers each once when it is back`, async () => {
    db = await createTestDatabase();
    const port = await freePort();
    redis = await startRedis(port);
    sink = await startSink();
    api = await startLifeboatProcess({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      LIFEBOAT_ROLE: 'all',
      LIFEBOAT_QUEUE_PREFIX: `e2e-away-${randomBytes(4).toString('hex')}`,
      // The receiver listens on 127.0.0.1: its port is the one loopback port webhooks may reach.
      LIFEBOAT_ALLOW_LOOPBACK_PORTS: String(sink.port),
    });
    const { campaignId } = await createCampaign(db.query, 'Takeover');
    // One deal per move, each identified, plus one moved before the outage.
    const { rows: deals } = await db.query(
      `WITH a AS (
         INSERT INTO account (campaign_id, name, normalized_name, segment)
         SELECT $1, 'Customer ' || g, 'customer ' || g, 'hosting' FROM generate_series(0, $2) g RETURNING id
       )
       INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) SELECT id, $1, 'identified', now() FROM a RETURNING id`,
      [campaignId, CHANGES],
    );
    const dealIds: string[] = deals.map((d: { id: string }) => globalId('Opportunity', d.id));
    // Two admins share the changes: each stays within its 600 operations a minute.
    await createUser(db.query, 'ada@example.test', 'admin');
    await createUser(db.query, 'bea@example.test', 'admin');
    const tokens = [await signIn(api.url, 'ada@example.test'), await signIn(api.url, 'bea@example.test')];
    const hook = await gqlAs(api.url, tokens[0], CREATE_WEBHOOK, { input: { url: sink.url, events: ['opportunity_moved'] } });
    expect(hook.errors).toBeUndefined();
    const move = (token: string, opportunityId: string) =>
      gqlAs<{ moveOpportunity: { opportunity: { id: string; stage: string } } }>(api!.url, token, MOVE, {
        input: { opportunityId, expectedVersion: 1, stage: 'contacted' },
      });

    // With Redis up, the path works end to end.
    const first = await move(tokens[0], dealIds[CHANGES]);
    expect(first.errors).toBeUndefined();
    await until(async () => sink!.received.length === 1, 30_000, 'the first delivery');

    await redis.kill();
    const results = await inParallel(
      Array.from({ length: CHANGES }, (_, i) => i),
      8,
      (i) => move(tokens[i % 2], dealIds[i]),
    );
    const failures = results.filter((r) => r.errors || !r.data);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(results.every((r) => r.data!.moveOpportunity.opportunity.stage === 'contacted')).toBe(true);
    const ids = new Set([first, ...results].map((r) => r.data!.moveOpportunity.opportunity.id));
    expect(ids.size).toBe(CHANGES + 1);
    const pending = await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`);
    expect(pending.rows[0].n).toBeGreaterThanOrEqual(CHANGES);

    // The relay's hand-overs back off (up to a minute each) while Redis is away; when it reconnects
    // the relay brings every waiting event forward itself (nothing here resets the back-off).
    redis = await startRedis(port);
    await until(async () => new Set(sink!.received.map((r) => r.eventId)).size >= CHANGES + 1, 150_000, 'every event delivered');
    // Every waiting event is handed over too: the per-deal announcements (opportunity.changed, one per
    // move) go in their own lane after the others, so they may still be on their way when the last
    // webhook arrives (under load, 343 of 1,000 were).
    await until(
      async () => (await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`)).rows[0].n === 0,
      120_000,
      'every waiting event handed over',
    );
    // Anything late (a duplicate) would arrive now.
    await new Promise((r) => setTimeout(r, 3000));

    const received = sink.received;
    expect(received.length).toBe(CHANGES + 1);
    expect(new Set(received.map((r) => r.deliveryId)).size).toBe(CHANGES + 1);
    expect(new Set(received.map((r) => r.eventId)).size).toBe(CHANGES + 1);
    expect(new Set(received.map((r) => r.body.data.opportunityId))).toEqual(ids);
    const { rows } = await db.query(`SELECT status, count(*)::int AS n FROM webhook_delivery GROUP BY status`);
    expect(rows).toEqual([{ status: 'succeeded', n: CHANGES + 1 }]);
  }, 300_000);
});
