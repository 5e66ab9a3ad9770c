import { DataSource } from 'typeorm';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { fromGlobalId, toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { explain, planNodes } from '../testing/explain';
import { BulkAssignmentService, UNASSIGNED_INDEX_WALKS } from './bulk-assignment.service';

const PREVIEW = `query($input: BulkAssignmentInput!) { bulkAssignmentPreview(input: $input) { total strategy shares { repId openAccounts count rep { email } } } }`;
const START = `mutation($input: BulkAssignmentInput!) { startBulkAssignment(input: $input) { bulkAssignment { id status total done shares { repId count } } } }`;
const PROGRESS = `query($id: ID!) { bulkAssignment(id: $id) { id status strategy total done assignedCount skippedCount requestedBy shares { repId openAccounts count } } }`;

interface Share {
  repId: string;
  openAccounts: number;
  count: number;
}

describe('bulk assignment: a filtered list handed out across reps (embedded or server PostgreSQL, jobs in process)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignDb: string;
  let campaign: string;
  let otherCampaign: string;
  const users: Record<string, { id: string; gid: string; token: string }> = {};

  const call = <T = any>(token: string, query: string, variables: Record<string, unknown>) => graphql<T>(lifeboat.url, token, { query, variables });
  const input = (extra: Record<string, unknown>) => ({ campaignId: campaign, strategy: 'round_robin', ...extra });
  const relay = () => lifeboat.app.get(OutboxRelay);

  async function waitFor(id: string): Promise<Record<string, any>> {
    for (let i = 0; i < 400; i++) {
      await relay().flush();
      const res = await call(users.manager.token, PROGRESS, { id });
      const p = res.data?.bulkAssignment;
      if (p && (p.status === 'completed' || p.status === 'failed')) {
        await relay().flush();
        return p;
      }
      await relay().retryNow();
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the hand-out did not finish');
  }

  /** Accounts of the campaign, named `<prefix> n`, with an open deal each. */
  async function accounts(prefix: string, n: number, segment: string, countries: string[], ownerId: string | null = null): Promise<void> {
    await ds.query(
      `WITH a AS (
         INSERT INTO account (campaign_id, name, normalized_name, segment, countries, owner_id, urgency)
         SELECT $1, $2 || ' ' || g, lower($2 || ' ' || g), $3, $4::char(2)[], $5, (g * 7) % 100 FROM generate_series(1, $6) g
         RETURNING id)
       INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) SELECT id, $1, 'identified', now() FROM a`,
      [campaignDb, prefix, segment, countries, ownerId, n],
    );
  }

  const fingerprint = async () =>
    (await ds.query(`SELECT md5(string_agg(id || ':' || coalesce(owner_id::text, '-') || ':' || version, ',' ORDER BY id)) AS h FROM account`))[0].h as string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('Failing Host', 'FR', 'insolvent', now() + interval '30 days') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Failing Host takeover') RETURNING id`, [rival.id]);
    const [o] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Other team') RETURNING id`, [rival.id]);
    campaignDb = c.id;
    campaign = toGlobalId('Campaign', c.id);
    otherCampaign = toGlobalId('Campaign', o.id);
    const people: Array<[string, 'manager' | 'rep', string]> = [
      ['manager', 'manager', c.id],
      ['ana', 'rep', c.id],
      ['ben', 'rep', c.id],
      ['cleo', 'rep', c.id],
      ['outsider', 'rep', o.id],
      ['otherManager', 'manager', o.id],
    ];
    for (const [name, role, campaignId] of people) {
      const u = await createUser(ds, { email: `${name.toLowerCase()}@example.test`, name, role, campaignIds: [campaignId] });
      users[name] = { id: u.id, gid: toGlobalId('User', u.id), token: await signIn(lifeboat.url, u.email, u.password) };
    }
    // Loads before any hand-out: Ana owns 4 open accounts, Ben 1, Cleo none.
    await accounts('Ana Existing', 4, 'hosting', ['DE'], users.ana.id);
    await accounts('Ben Existing', 1, 'hosting', ['DE'], users.ben.id);
    // The list to hand out: 23 unassigned smb_web customers in France; and others that must not move.
    await accounts('Web FR', 23, 'smb_web', ['FR']);
    await accounts('Web BE', 6, 'smb_web', ['BE']);
    await accounts('Hosting FR', 5, 'hosting', ['FR', 'BE']);
  }, 120_000);

  afterAll(() => lifeboat?.close());

  it('previews round-robin and by-load shares of the filtered list, with each rep’s load, and writes nothing', async () => {
    const before = await fingerprint();
    const filter = { unassigned: true, segment: 'smb_web', country: 'FR' };
    const reps = [users.ana.gid, users.ben.gid, users.cleo.gid];
    const rr = await call(users.manager.token, PREVIEW, { input: input({ filter, repIds: reps }) });
    expect(rr.errors).toBeUndefined();
    expect(rr.data.bulkAssignmentPreview).toEqual({
      total: 23,
      strategy: 'round_robin',
      shares: [
        { repId: users.ana.gid, openAccounts: 4, count: 8, rep: { email: 'ana@example.test' } },
        { repId: users.ben.gid, openAccounts: 1, count: 8, rep: { email: 'ben@example.test' } },
        { repId: users.cleo.gid, openAccounts: 0, count: 7, rep: { email: 'cleo@example.test' } },
      ],
    });
    const byLoad = await call(users.manager.token, PREVIEW, { input: input({ filter, repIds: reps, strategy: 'by_load' }) });
    // 4 + 1 + 0 open, 23 more: Cleo up to 1, then Ben and Cleo up to 4, then all three evenly (ties to the first rep named).
    const counts = (byLoad.data.bulkAssignmentPreview.shares as Share[]).map((s) => s.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(23);
    expect(counts).toEqual([6, 8, 9]);
    expect(await fingerprint()).toBe(before);
  });

  it('hands out round-robin: exactly the previewed counts, each account audited once, one notification per rep', async () => {
    const filter = { unassigned: true, segment: 'smb_web', country: 'FR' };
    const reps = [users.ana.gid, users.ben.gid, users.cleo.gid];
    const preview = (await call(users.manager.token, PREVIEW, { input: input({ filter, repIds: reps }) })).data.bulkAssignmentPreview;
    lifeboat.app.get(BulkAssignmentService).batchSize = 5;
    const started = await call(users.manager.token, START, { input: input({ filter, repIds: reps }) });
    expect(started.errors).toBeUndefined();
    expect(started.data.startBulkAssignment.bulkAssignment).toMatchObject({ status: 'queued', total: 23, done: 0 });
    const done = await waitFor(started.data.startBulkAssignment.bulkAssignment.id);
    expect(done).toMatchObject({ status: 'completed', strategy: 'round_robin', total: 23, done: 23, assignedCount: 23, skippedCount: 0, requestedBy: 'manager' });
    expect(done.shares.map((s: Share) => s.count)).toEqual(preview.shares.map((s: Share) => s.count));

    const owned: Array<{ owner_id: string; n: number }> = await ds.query(
      `SELECT owner_id, count(*)::int AS n FROM account WHERE name LIKE 'Web FR %' GROUP BY owner_id ORDER BY n DESC, owner_id`,
    );
    expect(Object.fromEntries(owned.map((r) => [r.owner_id, r.n]))).toEqual({ [users.ana.id]: 8, [users.ben.id]: 8, [users.cleo.id]: 7 });
    // Round-robin deals the most urgent first: the top three go to Ana, Ben, Cleo in turn.
    const top: Array<{ owner_id: string }> = await ds.query(`SELECT owner_id FROM account WHERE name LIKE 'Web FR %' ORDER BY urgency DESC, id LIMIT 3`);
    expect(top.map((r) => r.owner_id)).toEqual([users.ana.id, users.ben.id, users.cleo.id]);
    // Nothing else moved.
    expect((await ds.query(`SELECT count(*)::int AS n FROM account WHERE (name LIKE 'Web BE %' OR name LIKE 'Hosting FR %') AND owner_id IS NOT NULL`))[0].n).toBe(0);

    const audits: Array<{ entity_id: string; n: number; actor: string; changes: unknown }> = await ds.query(
      `SELECT e.entity_id, count(*)::int AS n, min(e.actor_label) AS actor, min(e.changes::text)::jsonb AS changes
       FROM audit_entry e JOIN account a ON a.id = e.entity_id WHERE a.name LIKE 'Web FR %' AND e.action = 'account.assigned' GROUP BY e.entity_id`,
    );
    expect(audits).toHaveLength(23);
    expect(audits.every((a) => a.n === 1 && a.actor === 'manager')).toBe(true);
    expect(audits[0].changes).toEqual([{ field: 'ownerId', before: null, after: expect.any(String) }]);

    const notes: Array<{ user_id: string; kind: string; title: string; body: string }> = await ds.query(
      `SELECT user_id, kind, title, body FROM notification WHERE kind = 'accounts_assigned' ORDER BY title`,
    );
    expect(notes).toHaveLength(3);
    expect(new Set(notes.map((n) => n.user_id))).toEqual(new Set([users.ana.id, users.ben.id, users.cleo.id]));
    expect(notes.map((n) => n.title).sort()).toEqual(['7 new accounts', '8 new accounts', '8 new accounts']);
    expect(notes[0].body).toMatch(/^manager assigned you \d accounts/);
  });

  it('leaves nothing behind in the indexes of unassigned accounts: the queue’s next read of them fetches no row for an account handed out', async () => {
    // Right after the hand-out above: its 23 accounts left both indexes of unassigned accounts; the
    // 11 others of the campaign (Web BE, Hosting FR) are still unassigned with an open deal.
    for (const sql of UNASSIGNED_INDEX_WALKS) {
      const { fetches, scans, count } = await ds.transaction(async (m) => {
        // Read through the index, as the queue reads them (never a bitmap scan).
        await m.query(`SET LOCAL enable_seqscan = off`);
        await m.query(`SET LOCAL enable_bitmapscan = off`);
        const nodes = planNodes(await explain(m, sql, [campaignDb], 'ANALYZE')).filter((n) => n['Node Type'] === 'Index Only Scan');
        const [{ n }] = await m.query(sql.replace('count(*)', 'count(*)::int AS n'), [campaignDb]);
        return { scans: nodes.length, fetches: nodes.reduce((sum, x) => sum + (x['Heap Fetches'] ?? 0), 0), count: n as number };
      });
      expect({ scans, count }).toEqual({ scans: 1, count: 11 });
      // At most one fetch per account still there (none once vacuumed): none for the 23 handed out.
      expect(fetches).toBeLessThanOrEqual(count);
    }
  });

  it('hands out by load: fewest open accounts first, exactly as previewed', async () => {
    await accounts('Batch Two', 12, 'colocation', ['NL']);
    const filter = { segment: 'colocation', unassigned: true };
    const reps = [users.ana.gid, users.ben.gid, users.cleo.gid];
    const preview = (await call(users.manager.token, PREVIEW, { input: input({ filter, repIds: reps, strategy: 'by_load' }) })).data.bulkAssignmentPreview;
    // Open accounts now: Ana 4 + 8, Ben 1 + 8, Cleo 7: Cleo up to 9, then Ben and Cleo together up to 12, then all three.
    expect(preview.shares.map((s: Share) => [s.openAccounts, s.count])).toEqual([
      [12, 2],
      [9, 4],
      [7, 6],
    ]);
    const started = await call(users.manager.token, START, { input: input({ filter, repIds: reps, strategy: 'by_load' }) });
    const done = await waitFor(started.data.startBulkAssignment.bulkAssignment.id);
    expect(done).toMatchObject({ status: 'completed', assignedCount: 12 });
    const owned: Array<{ owner_id: string; n: number }> = await ds.query(`SELECT owner_id, count(*)::int AS n FROM account WHERE name LIKE 'Batch Two %' GROUP BY owner_id`);
    expect(Object.fromEntries(owned.map((r) => [r.owner_id, r.n]))).toEqual({ [users.ana.id]: 2, [users.ben.id]: 4, [users.cleo.id]: 6 });
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const before = await fingerprint();
    const [{ n: assignmentsBefore }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_assignment`);
    const cases: Array<{ token: string; input: Record<string, unknown>; code: string; field?: string }> = [
      { token: users.manager.token, input: input({ filter: { search: 'no such customer' }, repIds: [users.ana.gid] }), code: 'BAD_USER_INPUT', field: 'input.filter' },
      { token: users.manager.token, input: input({ repIds: [users.ana.gid, users.outsider.gid] }), code: 'BAD_USER_INPUT', field: 'input.repIds[1]' },
      { token: users.manager.token, input: input({ repIds: [users.ana.gid, users.ana.gid] }), code: 'BAD_USER_INPUT', field: 'input.repIds[1]' },
      { token: users.manager.token, input: input({ repIds: [] }), code: 'BAD_USER_INPUT' },
      { token: users.manager.token, input: input({ repIds: [users.ana.gid], filter: { country: 'XQ' } }), code: 'BAD_USER_INPUT' },
      // Another campaign's manager aims at this campaign; a rep of it tries; a manager aims at another campaign.
      { token: users.otherManager.token, input: input({ repIds: [users.ana.gid] }), code: 'NOT_FOUND' },
      { token: users.ana.token, input: input({ repIds: [users.ana.gid] }), code: 'FORBIDDEN' },
      { token: users.manager.token, input: { campaignId: otherCampaign, strategy: 'round_robin', repIds: [users.outsider.gid] }, code: 'NOT_FOUND' },
    ];
    for (const c of cases) {
      for (const query of [START, PREVIEW]) {
        if (query === PREVIEW && c.field === 'input.filter') continue; // an empty preview is an answer: total 0
        const res = await call(c.token, query, { input: c.input });
        const what = `${query.slice(0, 30)} ${JSON.stringify(c.input)}`;
        expect({ what, code: res.errors?.[0]?.extensions?.code }).toEqual({ what, code: c.code });
        if (c.field) expect(res.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: c.field })]);
      }
    }
    const empty = await call(users.manager.token, PREVIEW, { input: input({ filter: { search: 'no such customer' }, repIds: [users.ana.gid] }) });
    expect(empty.data.bulkAssignmentPreview).toMatchObject({ total: 0, shares: [{ count: 0 }] });
    await relay().flush();
    expect(await fingerprint()).toBe(before);
    expect((await ds.query(`SELECT count(*)::int AS n FROM bulk_assignment`))[0].n).toBe(assignmentsBefore);
  });

  it('interrupted between batches (the process dies mid-batch), finishes exactly once when resumed: no account twice, none skipped', async () => {
    await accounts('Resume', 17, 'isp_wholesale', ['GB']);
    const service = lifeboat.app.get(BulkAssignmentService);
    service.batchSize = 4;
    const original = service.runBatch.bind(service);
    let calls = 0;
    // The second batch does its writes, then the process "dies" before its commit: everything of it rolls back.
    const spy = jest.spyOn(service, 'runBatch').mockImplementation(async (manager, id, from) => {
      calls += 1;
      const result = await original(manager, id, from);
      if (calls === 2) throw new Error('worker killed');
      return result;
    });
    try {
      const filter = { segment: 'isp_wholesale' };
      const reps = [users.ben.gid, users.cleo.gid];
      const preview = (await call(users.manager.token, PREVIEW, { input: input({ filter, repIds: reps }) })).data.bulkAssignmentPreview;
      const started = await call(users.manager.token, START, { input: input({ filter, repIds: reps }) });
      const id = started.data.startBulkAssignment.bulkAssignment.id as string;
      const dbId = Buffer.from(id, 'base64url').toString().split(':')[1];
      const done = await waitFor(id);
      expect(calls).toBeGreaterThan(5); // 5 batches, one of them twice
      expect(done).toMatchObject({ status: 'completed', total: 17, done: 17, assignedCount: 17, skippedCount: 0 });
      expect(done.shares.map((s: Share) => s.count)).toEqual(preview.shares.map((s: Share) => s.count));
      const rows: Array<{ version: number; audits: number; owner_id: string }> = await ds.query(
        `SELECT a.version, a.owner_id, (SELECT count(*)::int FROM audit_entry e WHERE e.entity_id = a.id AND e.action = 'account.assigned') AS audits
         FROM account a WHERE a.name LIKE 'Resume %'`,
      );
      expect(rows).toHaveLength(17);
      expect(rows.every((r) => r.version === 2 && r.audits === 1)).toBe(true);
      expect(rows.filter((r) => r.owner_id === users.ben.id)).toHaveLength(9);
      // A batch run again (a duplicate job, a retried one) changes nothing.
      const again = await ds.transaction((m) => original(m, dbId, 4));
      expect(again).toEqual({ skipped: 'finished' });
      const notes = await ds.query(`SELECT user_id FROM notification WHERE kind = 'accounts_assigned' AND body LIKE '%' AND created_at > now() - interval '1 minute'`);
      expect(notes.filter((n: { user_id: string }) => n.user_id === users.ben.id).length).toBeGreaterThan(0);
      const perRep: Array<{ n: number }> = await ds.query(
        `SELECT count(*)::int AS n FROM notification WHERE dedupe_key = $1 GROUP BY user_id`,
        [`bulk-assigned:${dbId}`],
      );
      expect(perRep.map((r) => r.n)).toEqual([1, 1]);
      // Each rep is told how many they got: a batch run twice is counted once.
      const titles = await ds.query(`SELECT user_id, title FROM notification WHERE dedupe_key = $1`, [`bulk-assigned:${dbId}`]);
      expect(Object.fromEntries(titles.map((t: { user_id: string; title: string }) => [t.user_id, t.title]))).toEqual({
        [users.ben.id]: '9 new accounts',
        [users.cleo.id]: '8 new accounts',
      });
    } finally {
      spy.mockRestore();
      service.batchSize = 5;
    }
  });

  it('freezes its plan in parts that jobs expand into positions, one part a job, before the first batch; a part expanded twice is written once', async () => {
    await accounts('Parts', 11, 'colocation', ['GR']);
    const service = lifeboat.app.get(BulkAssignmentService);
    const partSize = service.planPartSize;
    service.planPartSize = 4;
    await relay().flush();
    // The plan jobs of this hand-out only (those of the tests before finished earlier).
    const since = new Date();
    const original = service.expand.bind(service);
    let duplicate: Record<string, unknown> | null = null;
    // The second part's job is delivered twice.
    const spy = jest.spyOn(service, 'expand').mockImplementation(async (manager, id, part) => {
      const result = await original(manager, id, part);
      if (part === 1 && !duplicate) duplicate = await original(manager, id, part);
      return result;
    });
    try {
      const started = await call(users.manager.token, START, { input: input({ filter: { country: 'GR' }, repIds: [users.ana.gid, users.ben.gid] }) });
      expect(started.errors).toBeUndefined();
      const id = started.data.startBulkAssignment.bulkAssignment.id as string;
      const dbId = fromGlobalId(id).id;
      expect(await waitFor(id)).toMatchObject({ status: 'completed', total: 11, done: 11, assignedCount: 11, skippedCount: 0 });
      const runs: Array<{ result: unknown }> = await ds.query(
        `SELECT result FROM job_run WHERE job_name = 'accounts.bulk-assign-plan' AND status = 'completed' AND finished_at >= $1 ORDER BY finished_at`,
        [since],
      );
      expect(runs.map((r) => r.result)).toEqual([
        { part: 0, positions: 4, partsLeft: 2 },
        { part: 1, positions: 4, partsLeft: 1 },
        { part: 2, positions: 3, partsLeft: 0 },
      ]);
      expect(duplicate).toEqual({ skipped: 'part 1 expanded already' });
      // Every position once, most urgent first (as the start counted them), and no part left.
      const items: Array<{ position: number; urgency: number; id: string }> = await ds.query(
        `SELECT i.position, a.urgency, a.id FROM bulk_assignment_item i JOIN account a ON a.id = i.account_id WHERE i.assignment_id = $1 ORDER BY i.position`,
        [dbId],
      );
      expect(items.map((i) => i.position)).toEqual([...Array(11).keys()]);
      const byUrgency = [...items].sort((x, y) => y.urgency - x.urgency || (x.id < y.id ? -1 : 1));
      expect(items.map((i) => i.id)).toEqual(byUrgency.map((i) => i.id));
      expect((await ds.query(`SELECT count(*)::int AS n FROM bulk_assignment_plan_part WHERE assignment_id = $1`, [dbId]))[0].n).toBe(0);
    } finally {
      spy.mockRestore();
      service.planPartSize = partSize;
    }
  });

  it('skips an account changed since the plan was made and counts one already with its planned owner as unchanged', async () => {
    await accounts('Raced', 6, 'isp_wholesale', ['LU']);
    const service = lifeboat.app.get(BulkAssignmentService);
    service.batchSize = 4;
    const original = service.runBatch.bind(service);
    let raced: { claimed: string; already: string } | null = null;
    // Before the first batch: a rep claims the first account of the plan; someone gives the second its planned owner.
    const spy = jest.spyOn(service, 'runBatch').mockImplementation(async (manager, id, from) => {
      if (!raced) {
        const items: Array<{ account_id: string; owner_id: string }> = await manager.query(
          `SELECT account_id, owner_id FROM bulk_assignment_item WHERE assignment_id = $1 ORDER BY position LIMIT 2`,
          [id],
        );
        const other = items[0].owner_id === users.ben.id ? users.cleo.id : users.ben.id;
        await manager.query(`UPDATE account SET owner_id = $2, version = version + 1 WHERE id = $1`, [items[0].account_id, other]);
        await manager.query(`UPDATE account SET owner_id = $2, version = version + 1 WHERE id = $1`, [items[1].account_id, items[1].owner_id]);
        raced = { claimed: items[0].account_id, already: items[1].account_id };
      }
      return original(manager, id, from);
    });
    try {
      const started = await call(users.manager.token, START, { input: input({ filter: { country: 'LU' }, repIds: [users.ben.gid, users.cleo.gid] }) });
      const done = await waitFor(started.data.startBulkAssignment.bulkAssignment.id);
      expect(done).toMatchObject({ status: 'completed', total: 6, done: 6, assignedCount: 4, skippedCount: 1 });
      const outcomes: Array<{ account_id: string; outcome: string }> = await ds.query(
        `SELECT account_id, outcome FROM bulk_assignment_item WHERE assignment_id = $1 ORDER BY position`,
        [fromGlobalId(started.data.startBulkAssignment.bulkAssignment.id).id],
      );
      expect(outcomes.map((o) => o.outcome)).toEqual(['skipped', 'unchanged', 'assigned', 'assigned', 'assigned', 'assigned']);
      expect(outcomes[0].account_id).toBe(raced!.claimed);
      // Neither raced account got an audit entry of the hand-out.
      const audits = await ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'account.assigned' AND entity_id = ANY($1::uuid[])`, [[raced!.claimed, raced!.already]]);
      expect(audits[0].n).toBe(0);
    } finally {
      spy.mockRestore();
      service.batchSize = 5;
    }
  });

  it('publishes its progress live to the bulkAssignmentProgress subscription, batch by batch, to the end; each deal’s new owner once, from one event per batch', async () => {
    await accounts('Live', 7, 'hosting', ['PT']);
    const liveDeals: Array<{ id: string; account_id: string }> = await ds.query(
      `SELECT o.id, o.account_id FROM opportunity o JOIN account a ON a.id = o.account_id WHERE a.name LIKE 'Live %' ORDER BY o.id`,
    );
    const relayer = relay();
    // Hold the jobs until the subscription is live (the relay hands them over after each commit).
    const held = jest.spyOn(relayer, 'kick').mockImplementation(() => undefined);
    const client = createClient({
      url: lifeboat.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${users.manager.token}` },
      retryAttempts: 0,
    });
    try {
      lifeboat.app.get(BulkAssignmentService).batchSize = 3;
      const started = await call(users.manager.token, START, { input: input({ filter: { country: 'PT' }, repIds: [users.ana.gid, users.ben.gid] }) });
      const id = started.data.startBulkAssignment.bulkAssignment.id as string;
      const received: Array<{ status: string; done: number; total: number }> = [];
      const changes: Array<{ opportunityId: string; accountId: string; event: string }> = [];
      client.subscribe(
        { query: `subscription($c: ID!) { opportunityChanged(campaignId: $c) { opportunityId accountId event } }`, variables: { c: campaign } },
        {
          next: (value) => {
            const c = (value.data as { opportunityChanged: { opportunityId: string; accountId: string; event: string } } | undefined)?.opportunityChanged;
            if (c) changes.push(c);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      const subscribed = new Promise<void>((resolve, reject) => {
        client.on('connected', () => setTimeout(resolve, 300));
        client.subscribe(
          { query: `subscription($id: ID!) { bulkAssignmentProgress(bulkAssignmentId: $id) { bulkAssignmentId status done total } }`, variables: { id } },
          {
            next: (value) => {
              const p = (value.data as { bulkAssignmentProgress: { bulkAssignmentId: string; status: string; done: number; total: number } } | undefined)?.bulkAssignmentProgress;
              if (p) {
                expect(p.bulkAssignmentId).toBe(id);
                received.push({ status: p.status, done: p.done, total: p.total });
              }
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await subscribed;
      held.mockRestore();
      await waitFor(id);
      for (let i = 0; i < 100 && received.length < 4; i++) await new Promise((r) => setTimeout(r, 20));
      // The last batch, then its finishing step (statistics and visibility of the accounts) completes it.
      expect(received).toEqual([
        { status: 'running', done: 3, total: 7 },
        { status: 'running', done: 6, total: 7 },
        { status: 'running', done: 7, total: 7 },
        { status: 'completed', done: 7, total: 7 },
      ]);
      // Each deal's owner change reaches opportunityChanged once, as a claim's would…
      for (let i = 0; i < 100 && changes.length < 7; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      const gid = (type: 'Opportunity' | 'Account', dbId: string) => toGlobalId(type, dbId);
      expect([...changes].sort((x, y) => x.opportunityId.localeCompare(y.opportunityId))).toEqual(
        liveDeals.map((d) => ({ opportunityId: gid('Opportunity', d.id), accountId: gid('Account', d.account_id), event: 'opportunity.owner_changed' })).sort((x, y) => x.opportunityId.localeCompare(y.opportunityId)),
      );
      // …announced by one outbox event per batch, not one per deal.
      const ids = liveDeals.map((d) => d.id);
      const perDeal = await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'opportunity.changed' AND payload->>'opportunityId' = ANY($1::text[])`, [ids]);
      expect(perDeal[0].n).toBe(0);
      const batches: Array<{ deals: Array<[string, string, string, number]> }> = await ds.query(
        `SELECT payload->'deals' AS deals FROM outbox_event WHERE type = 'opportunity.owners_changed' AND payload->>'assignmentId' = $1 ORDER BY created_at`,
        [fromGlobalId(id).id],
      );
      expect(batches.map((b) => b.deals.length)).toEqual([3, 3, 1]);
      expect(batches.flatMap((b) => b.deals.map((d) => d[0])).sort()).toEqual(ids);
    } finally {
      held.mockRestore();
      await client.dispose();
      lifeboat.app.get(BulkAssignmentService).batchSize = 5;
    }
  });

  it('refreshes the planner’s statistics of the tables a hand-out, an import and an urgency recomputation wrote, after they commit', async () => {
    const stats = async (table: string) =>
      (await ds.query(`SELECT last_analyze, n_mod_since_analyze::int AS n FROM pg_stat_user_tables WHERE relname = $1`, [table]))[0] as
        | { last_analyze: Date | null; n: number }
        | undefined;
    const since = new Date(Date.now() - 1000);
    await accounts('Stats', 9, 'enterprise_vpn', ['IT']);
    const started = await call(users.manager.token, START, { input: input({ filter: { segment: 'enterprise_vpn' }, repIds: [users.cleo.gid] }) });
    await waitFor(started.data.startBulkAssignment.bulkAssignment.id);
    const ledger: Array<{ result: { analyzed: string[] } }> = await ds.query(
      `SELECT result FROM job_run WHERE job_name = 'maintenance.analyze' AND status = 'completed' AND finished_at >= $1`,
      [since],
    );
    expect(ledger.map((r) => r.result.analyzed)).toContainEqual(['audit_entry', 'bulk_assignment_item']);
    // `account`, which the reps' queues read, is analysed (vacuumed on a server) by the hand-out's finishing step, before it completes (no maintenance job does it).
    expect(ledger.filter((r) => r.result.analyzed.includes('account'))).toEqual([]);
    const account = await stats('account');
    if (account && account.last_analyze !== null) {
      // PostgreSQL (and PGlite when it keeps statistics): analysed after the hand-out's last write.
      // (n_mod_since_analyze is not asserted: PostgreSQL counts modifications lazily, up to a second later.)
      expect(new Date(account.last_analyze).getTime()).toBeGreaterThanOrEqual(since.getTime());
    } else {
      expect(process.env['LIFEBOAT_TEST_DB']).not.toBe('server');
    }

    const importSince = new Date();
    const imported = await call(users.manager.token, `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id } } }`, {
      input: { campaignId: campaign, preset: 'lifeboat', csv: 'name,segment,countries,monthlySpend,contactName\nStats Import SA,hosting,FR,100,Jo\nStats Import 2,hosting,FR,200,Al\n' },
    });
    expect(imported.errors).toBeUndefined();
    for (let i = 0; i < 200; i++) {
      await relay().flush();
      const [row] = await ds.query(`SELECT status FROM account_import WHERE created_at >= $1`, [importSince]);
      if (row?.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await relay().flush();
    const importLedger: Array<{ result: { analyzed: string[] } }> = await ds.query(
      `SELECT result FROM job_run WHERE job_name = 'maintenance.analyze' AND status = 'completed' AND finished_at >= $1`,
      [importSince],
    );
    expect(importLedger.map((r) => r.result.analyzed)).toContainEqual(['account', 'contact', 'rival_service', 'opportunity', 'stage_transition', 'account_import_error']);
    const contact = await stats('contact');
    if (process.env['LIFEBOAT_TEST_DB'] === 'server') {
      expect(new Date(contact!.last_analyze!).getTime()).toBeGreaterThanOrEqual(importSince.getTime() - 1000);
    }

    // An urgency recomputation over the campaign (after a distress event) too.
    const eventSince = new Date();
    const [rival] = await ds.query(`SELECT rival_id FROM campaign WHERE id = $1`, [campaignDb]);
    const recorded = await call(users.manager.token, `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { distressEvent { id } } }`, {
      input: { rivalId: toGlobalId('Rival', rival.rival_id), kind: 'court_hearing', occurredAt: new Date().toISOString(), severity: 4, summary: 'Hearing on Thursday.' },
    });
    expect(recorded.errors).toBeUndefined();
    await relay().flush();
    await relay().flush();
    const recomputeLedger: Array<{ result: { analyzed: string[] } }> = await ds.query(
      `SELECT result FROM job_run WHERE job_name = 'maintenance.analyze' AND status = 'completed' AND finished_at >= $1`,
      [eventSince],
    );
    expect(recomputeLedger.map((r) => r.result.analyzed)).toContainEqual(['account', 'opportunity']);
  });
});
