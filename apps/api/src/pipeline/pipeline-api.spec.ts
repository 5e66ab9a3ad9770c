import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn, TestUser } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { JobExecutor } from '../jobs/job-executor.service';
import { OutboxRelay } from '../jobs/outbox-relay.service';

const DAY = 24 * 3600 * 1000;

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) {
  account { id name version urgency urgencyFactors { key points reason } monthlySpend { amount currency } countries owner { id email }
            contacts { id name email } rivalServices { kind quantity monthlyCost { amount } } }
  opportunity { id stage dueAt overdue probability version }
} }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id name version monthlySpend { amount } contacts { id name title } } } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) {
  opportunity { id stage version dueAt firstContactAt closedAt lostReason probability } activity { kind body } } }`;
const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) { activity { id kind author { email } } account { lastContactAt urgency } } }`;
const ACCOUNTS = `query($first: Int, $after: String, $orderBy: AccountOrder, $campaignId: ID, $search: String, $unassigned: Boolean) {
  accounts(first: $first, after: $after, orderBy: $orderBy, campaignId: $campaignId, search: $search, unassigned: $unassigned) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name urgency } } } }`;

type Gql = <T = any>(token: string | null, query: string, variables?: Record<string, unknown>) => ReturnType<typeof graphql<T>>;

describe('the pipeline API: accounts, deals, activities, queue, audit (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let gql: Gql;
  let rivalId: string;
  let campaignA: string;
  let campaignB: string;
  const users: Record<string, TestUser> = {};
  const tokens: Record<string, string> = {};

  const create = async (who: string, input: Record<string, unknown>) => {
    const res = await gql(tokens[who], CREATE, { input: { campaignId: toGlobalId('Campaign', campaignA), segment: 'enterprise_vpn', monthlySpend: 100_000, ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createAccount;
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    gql = (token, query, variables) => graphql(lifeboat.url, token, { query, variables });
    [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 12 * DAY),
    ]);
    const [amen] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: campaignA }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rivalId]);
    [{ id: campaignB }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [amen.id]);
    users.admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    users.manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaignA] });
    users.alice = await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [campaignA] });
    users.bruno = await createUser(ds, { email: 'bruno@example.test', role: 'rep', campaignIds: [campaignA] });
    users.chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignB] });
    for (const [name, u] of Object.entries(users)) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  it('creates an account with contacts and rival services, its deal at identified with a due time, its urgency explained, and audits it', async () => {
    const created = await create('alice', {
      name: 'Euronext',
      countries: ['fr', 'NL', 'BE'],
      contacts: [{ name: 'Jeanne Martin', email: 'jeanne@euronext.example', decisionMaker: true }],
      rivalServices: [{ kind: 'vpn', quantity: 12, monthlyCost: 90_000 }],
    });
    expect(created.account).toMatchObject({
      name: 'Euronext',
      version: 1,
      monthlySpend: { amount: 100_000, currency: 'EUR' },
      countries: ['FR', 'NL', 'BE'],
      owner: { id: toGlobalId('User', users.alice.id), email: 'alice@example.test' },
      contacts: [{ name: 'Jeanne Martin', email: 'jeanne@euronext.example' }],
      rivalServices: [{ kind: 'vpn', quantity: 12, monthlyCost: { amount: 90_000 } }],
    });
    expect(created.account.urgency).toBeGreaterThan(50);
    expect(created.account.urgencyFactors.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['shutdown_within_14_days', 'no_backup_provider', 'multi_country']));
    expect(created.opportunity).toMatchObject({ stage: 'identified', overdue: false, probability: 10, version: 1 });
    expect(new Date(created.opportunity.dueAt).getTime()).toBeGreaterThan(Date.now());

    const trail = await gql(tokens.manon, `query($id: ID!) { auditTrail(entityId: $id) { totalCount edges { node { action actorType actorLabel entityType changes { field before after } } } } }`, {
      id: created.account.id,
    });
    expect(trail.errors).toBeUndefined();
    expect(trail.data.auditTrail.totalCount).toBe(1);
    const entry = trail.data.auditTrail.edges[0].node;
    expect(entry).toMatchObject({ action: 'account.created', actorType: 'user', actorLabel: 'alice', entityType: 'Account' });
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'name', before: null, after: 'Euronext' }]));
  });

  it('names the invalid fields: email, country, negative money, page size', async () => {
    const res = await gql(tokens.alice, CREATE, {
      input: { campaignId: toGlobalId('Campaign', campaignA), name: 'Bad', segment: 'hosting', monthlySpend: -1, countries: ['XX'], contacts: [{ name: 'A', email: 'nope' }] },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.monthlySpend', 'input.countries', 'input.contacts.0.email']));
    const tooMany = await gql(tokens.alice, ACCOUNTS, { first: 201 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a read-only API key read but not write (FORBIDDEN); a write key acts like a manager of its campaign', async () => {
    const KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
    const keyFor = async (scopes: string[]) => {
      const res = await gql(tokens.admin, KEY, { input: { name: `key ${scopes.join('+')}`, scopes, campaignId: toGlobalId('Campaign', campaignA) } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.createApiKey.secret as string;
    };
    const readKey = await keyFor(['read']);
    const writeKey = await keyFor(['read', 'write']);
    expect((await gql(readKey, ACCOUNTS, { first: 5 })).errors).toBeUndefined();
    const input = { campaignId: toGlobalId('Campaign', campaignA), name: 'Via integration', segment: 'hosting', monthlySpend: 0 };
    const refused = await gql(readKey, CREATE, { input });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await gql(writeKey, CREATE, { input: { ...input, ownerId: toGlobalId('User', users.bruno.id) } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createAccount.account.owner.email).toBe('bruno@example.test');
    const trail = await gql(tokens.manon, `query($id: ID!) { auditTrail(entityId: $id) { edges { node { actorType actorLabel } } } }`, { id: created.data.createAccount.account.id });
    expect(trail.data.auditTrail.edges[0].node).toEqual({ actorType: 'api_key', actorLabel: 'API key "key read+write"' });
  });

  it('lists campaigns (settings, team, counts) and deals, and fetches every node type — each within the caller’s scope', async () => {
    const CAMPAIGNS = `{ campaigns { totalCount edges { node { id name settings { timeZone stageDueBusinessDays { identified } } rival { name }
      team { teamRole user { email } } counts { accounts openOpportunities } } } } }`;
    const mine = await gql(tokens.chloe, CAMPAIGNS);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.campaigns.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['AMEN rescue']);
    const manon = await gql(tokens.manon, CAMPAIGNS);
    const a = manon.data.campaigns.edges[0].node;
    expect(a).toMatchObject({ name: 'KPNQwest takeover', settings: { timeZone: 'Europe/Paris', stageDueBusinessDays: { identified: 2 } }, rival: { name: 'KPNQwest' } });
    expect(a.team.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual(['alice@example.test', 'bruno@example.test', 'manon@example.test']);
    expect(a.counts.accounts).toBeGreaterThan(0);

    const { account, opportunity } = await create('alice', { name: 'Node Co', contacts: [{ name: 'Nina' }] });
    const logged = await gql(tokens.alice, LOG, { input: { accountId: account.id, kind: 'note', body: 'Met at a conference' } });
    const deals = await gql(tokens.manon, `{ opportunities(stage: identified, overdue: false, first: 50) { totalCount edges { node { id stage overdue account { name } } } } }`);
    expect(deals.errors).toBeUndefined();
    expect(deals.data.opportunities.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(opportunity.id);
    const chloeDeals = await gql(tokens.chloe, `{ opportunities { totalCount } }`);
    expect(chloeDeals.data.opportunities.totalCount).toBe(0);

    const ids = [account.id, account.contacts[0].id, opportunity.id, logged.data.logActivity.activity.id, toGlobalId('Campaign', campaignA)];
    const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;
    for (const id of ids) {
      expect((await gql(tokens.manon, NODE, { id })).data.node).toMatchObject({ id });
      expect((await gql(tokens.chloe, NODE, { id })).data.node).toBeNull();
    }
    const trail = await gql(tokens.manon, `query($id: ID!) { auditTrail(entityId: $id) { edges { node { id } } } }`, { id: account.id });
    const entryId = trail.data.auditTrail.edges[0].node.id;
    expect((await gql(tokens.manon, NODE, { id: entryId })).data.node).toMatchObject({ __typename: 'AuditEntry' });
    expect((await gql(tokens.chloe, NODE, { id: entryId })).data.node).toBeNull();
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const res = await gql(null, ACCOUNTS, {});
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps other campaigns invisible to a rep: lists, node, nested fields, and writes are NOT_FOUND', async () => {
    const { account } = await create('manon', { name: 'Hidden from Chloe' });
    const list = await gql(tokens.chloe, ACCOUNTS, { first: 200 });
    expect(list.errors).toBeUndefined();
    expect(list.data.accounts.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(account.id);
    expect(list.data.accounts.totalCount).toBe(0);
    const node = await gql(tokens.chloe, `query($id: ID!) { node(id: $id) { id } }`, { id: account.id });
    expect(node.data.node).toBeNull();
    const contact = await gql(tokens.chloe, `query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Campaign', campaignA) });
    expect(contact.data.node).toBeNull();
    const write = await gql(tokens.chloe, UPDATE, { input: { id: account.id, expectedVersion: 1, name: 'Mine now' } });
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const trail = await gql(tokens.chloe, `query($id: ID!) { auditTrail(entityId: $id) { totalCount } }`, { id: account.id });
    expect(trail.data.auditTrail.totalCount).toBe(0);
  });

  it('lets only one of two concurrent updates with the same expectedVersion win; the other gets CONFLICT', async () => {
    const { account } = await create('alice', { name: 'Opodo' });
    const [a, b] = await Promise.all([
      gql(tokens.alice, UPDATE, { input: { id: account.id, expectedVersion: 1, monthlySpend: 200_000 } }),
      gql(tokens.manon, UPDATE, { input: { id: account.id, expectedVersion: 1, monthlySpend: 300_000 } }),
    ]);
    expect([a, b].map((r) => r.errors?.[0]?.message ?? 'ok')).toContain('ok');
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = [a, b].find((r) => !r.errors)!;
    expect(winner.data.updateAccount.account.version).toBe(2);
  });

  it('edits, adds and removes contacts; a rep cannot change a colleague’s account (FORBIDDEN)', async () => {
    const { account } = await create('alice', { name: 'Lycos Europe', contacts: [{ name: 'Old' }, { name: 'Gone' }] });
    const [old, gone] = account.contacts;
    const res = await gql(tokens.alice, UPDATE, {
      input: { id: account.id, expectedVersion: 1, contacts: [{ id: old.id, name: 'Old', title: 'CIO' }, { name: 'New' }], removeContactIds: [gone.id] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateAccount.account.contacts.map((c: { name: string; title: string | null }) => [c.name, c.title]).sort()).toEqual([
      ['New', null],
      ['Old', 'CIO'],
    ]);
    const forbidden = await gql(tokens.bruno, UPDATE, { input: { id: account.id, expectedVersion: 2, name: 'Bruno’s' } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves a deal by the pipeline rules, with history, activity and event', async () => {
    const { account, opportunity } = await create('alice', { name: 'AOL Europe' });
    const skip = await gql(tokens.alice, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 1, stage: 'proposal_sent' } });
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.stage' }] });

    const moved = await gql(tokens.alice, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 1, stage: 'contacted' } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveOpportunity.opportunity).toMatchObject({ stage: 'contacted', version: 2, probability: 25 });
    expect(moved.data.moveOpportunity.opportunity.firstContactAt).not.toBeNull();
    expect(moved.data.moveOpportunity.activity).toMatchObject({ kind: 'stage_change' });

    const stale = await gql(tokens.alice, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 1, stage: 'proposal_sent' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bruno = await gql(tokens.bruno, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 2, stage: 'proposal_sent' } });
    expect(bruno.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const noReason = await gql(tokens.alice, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 2, stage: 'lost' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lostReason' }] });
    const lost = await gql(tokens.alice, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 2, stage: 'lost', lostReason: 'price' } });
    expect(lost.data.moveOpportunity.opportunity).toMatchObject({ stage: 'lost', lostReason: 'price', dueAt: null });
    expect(lost.data.moveOpportunity.opportunity.closedAt).not.toBeNull();

    const repReopens = await gql(tokens.alice, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 3, stage: 'identified' } });
    expect(repReopens.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const managerReopens = await gql(tokens.manon, MOVE, { input: { opportunityId: opportunity.id, expectedVersion: 3, stage: 'identified' } });
    expect(managerReopens.data.moveOpportunity.opportunity).toMatchObject({ stage: 'identified', lostReason: null, closedAt: null });

    const transitions = await ds.query(`SELECT from_stage, to_stage FROM stage_transition WHERE opportunity_id = (SELECT id FROM opportunity WHERE account_id = (SELECT id FROM account WHERE name = 'AOL Europe')) ORDER BY at`);
    expect(transitions.map((t: { to_stage: string }) => t.to_stage)).toEqual(['identified', 'contacted', 'lost', 'identified']);
    const events = await ds.query(`SELECT payload FROM outbox_event WHERE type = 'opportunity.moved' AND payload->>'accountId' = $1`, [
      (await ds.query(`SELECT id FROM account WHERE name = 'AOL Europe'`))[0].id,
    ]);
    expect(events).toHaveLength(3);
    const trail = await gql(tokens.alice, `query($id: ID!) { auditTrail(entityId: $id) { edges { node { action changes { field before after } } } } }`, { id: opportunity.id });
    const moves = trail.data.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(moves).toEqual(['opportunity.created', 'opportunity.moved', 'opportunity.moved', 'opportunity.moved']);
    expect(account.id).toBeDefined();
  });

  it('updates a deal’s terms and logs activities (a call updates the last contact)', async () => {
    const { account, opportunity } = await create('alice', { name: 'Hewlett-Packard' });
    const upd = await gql(tokens.alice, `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { monthlyValue { amount } probability termMonths version } } }`, {
      input: { opportunityId: opportunity.id, expectedVersion: 1, monthlyValue: 500_000, probability: 40, termMonths: 24 },
    });
    expect(upd.data.updateOpportunity.opportunity).toEqual({ monthlyValue: { amount: 500_000 }, probability: 40, termMonths: 24, version: 2 });
    const logged = await gql(tokens.alice, LOG, { input: { accountId: account.id, kind: 'call', body: 'Spoke to the CIO', outcome: 'interested' } });
    expect(logged.errors).toBeUndefined();
    expect(logged.data.logActivity.activity).toMatchObject({ kind: 'call', author: { email: 'alice@example.test' } });
    expect(logged.data.logActivity.account.lastContactAt).not.toBeNull();
  });

  it('lets a rep claim an unassigned account and a manager reassign it; a rep cannot reassign', async () => {
    const { account } = await create('manon', { name: 'Claimable Co' });
    expect(account.owner).toBeNull();
    const claimed = await gql(tokens.bruno, `mutation($input: ClaimAccountInput!) { claimAccount(input: $input) { account { owner { email } version } } }`, {
      input: { accountId: account.id, expectedVersion: 1 },
    });
    expect(claimed.data.claimAccount.account).toEqual({ owner: { email: 'bruno@example.test' }, version: 2 });
    const again = await gql(tokens.alice, `mutation($input: ClaimAccountInput!) { claimAccount(input: $input) { account { id } } }`, {
      input: { accountId: account.id, expectedVersion: 2 },
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const ASSIGN = `mutation($input: AssignAccountInput!) { assignAccount(input: $input) { account { owner { email } version } } }`;
    const byRep = await gql(tokens.bruno, ASSIGN, { input: { accountId: account.id, expectedVersion: 2, ownerId: toGlobalId('User', users.alice.id) } });
    expect(byRep.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await gql(tokens.manon, ASSIGN, { input: { accountId: account.id, expectedVersion: 2, ownerId: toGlobalId('User', users.chloe.id) } });
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.ownerId' }] });
    const byManager = await gql(tokens.manon, ASSIGN, { input: { accountId: account.id, expectedVersion: 2, ownerId: toGlobalId('User', users.alice.id) } });
    expect(byManager.data.assignAccount.account).toEqual({ owner: { email: 'alice@example.test' }, version: 3 });
  });

  it.each(['URGENCY', 'DUE_AT', 'MONTHLY_SPEND', 'NAME'])('pages through accounts ordered by %s without gaps or repeats', async (orderBy) => {
    for (let i = 0; i < 6; i++) await create('manon', { name: `Paged ${orderBy} ${i % 2}`, monthlySpend: (i % 3) * 1_000_000 });
    const all = await gql(tokens.manon, ACCOUNTS, { first: 200, orderBy });
    const expected = all.data.accounts.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(expected.length).toBe(all.data.accounts.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await gql(tokens.manon, ACCOUNTS, { first: 4, after, orderBy });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.accounts.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.data.accounts.pageInfo.hasNextPage) break;
      after = page.data.accounts.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters accounts by search and unassigned', async () => {
    const res = await gql(tokens.manon, ACCOUNTS, { search: 'EURONEXT' });
    expect(res.data.accounts.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Euronext']);
    const unassigned = await gql(tokens.manon, ACCOUNTS, { unassigned: true, first: 200 });
    expect(unassigned.data.accounts.totalCount).toBeGreaterThan(0);
  });

  it('orders the queue by priority (what a day’s wait costs before the shutdown), not by due time; with reasons and the date to sign by', async () => {
    // A small customer whose deal is overdue, and a large one a short migration away from the
    // shutdown (12 days): working the large one today is worth far more, whatever the due times.
    await create('bruno', { name: 'Queue late', segment: 'enterprise_vpn', monthlySpend: 100_000 });
    const { account: large } = await create('bruno', { name: 'Queue large web', segment: 'smb_web', monthlySpend: 5_000_000 });
    await create('manon', { name: 'Queue claimable' });
    const [{ id: lateId }] = await ds.query(`SELECT id FROM account WHERE name = 'Queue late'`);
    // Entered identified long ago: the rules make it overdue at the next recomputation.
    await ds.query(`UPDATE opportunity SET stage_entered_at = now() - interval '20 days' WHERE account_id = $1`, [lateId]);
    const recompute = await lifeboat.app.get(JobExecutor).execute(
      { jobId: 'test--queue-priority', name: 'urgency.recompute-for-rival', payload: { rivalId, campaignId: campaignA }, eventId: 'test' },
      1,
    );
    expect(recompute).toBe('completed');
    const q = await gql(
      tokens.bruno,
      `{ myQueue(first: 50) { totalCount edges { node { reason reasonText dueAt account { id name } opportunity { stage }
          priority { value { amount currency } waitingCost { amount } overdueBonus { amount } inTimePercent
            deadlines { scenarioId goesDarkAt migrationLeadDays signBy daysToSign nowPercent laterPercent weightPercent } } } } } }`,
    );
    expect(q.errors).toBeUndefined();
    const items = q.data.myQueue.edges.map((e: { node: any }) => e.node);
    const names = items.map((i: { account: { name: string } }) => i.account.name);
    expect(names[0]).toBe('Queue large web');
    expect(names.indexOf('Queue late')).toBeGreaterThan(0);
    expect(items.map((i: { reason: string }) => i.reason)).toContain('CLAIMABLE');
    // The order is the stored priority's, highest first; the read's own computation agrees with it.
    const stored: Array<{ id: string; queue_priority: string }> = await ds.query(`SELECT id, queue_priority FROM account WHERE campaign_id = $1`, [campaignA]);
    const storedOf = new Map(stored.map((r) => [toGlobalId('Account', r.id), Number(r.queue_priority)]));
    const priorities = items.map((i: { account: { id: string } }) => storedOf.get(i.account.id) as number);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    for (const item of items) expect(Math.abs(item.priority.value.amount - (storedOf.get(item.account.id) as number))).toBeLessThanOrEqual(Math.max(2, item.priority.value.amount / 100));
    const top = items[0];
    expect(top.priority.value.currency).toBe('EUR');
    expect(top.priority.waitingCost.amount).toBeGreaterThan(0);
    // One deadline, the rival's own date (no scenario): sign 3 days before (smb_web's lead time).
    expect(top.priority.deadlines).toHaveLength(1);
    const [deadline] = top.priority.deadlines;
    expect(deadline).toMatchObject({ scenarioId: null, migrationLeadDays: 3, weightPercent: 100 });
    const daysBefore = (new Date(deadline.goesDarkAt).getTime() - new Date(deadline.signBy).getTime()) / DAY;
    expect(daysBefore).toBeGreaterThanOrEqual(3);
    expect(daysBefore).toBeLessThan(4);
    expect(deadline.daysToSign).toBe(Math.floor((new Date(deadline.signBy).getTime() - Date.now()) / DAY));
    expect(deadline.nowPercent).toBeGreaterThan(deadline.laterPercent);
    // The overdue one says so, and its bonus is in its priority.
    const late = items.find((i: { account: { name: string } }) => i.account.name === 'Queue late');
    expect(late).toMatchObject({ reason: 'OVERDUE' });
    expect(late.reasonText).toMatch(/^Overdue by/);
    expect(late.priority.overdueBonus.amount).toBeGreaterThan(0);
    expect(q.data.myQueue.totalCount).toBe(items.length);
    expect(large.id).toBe(top.account.id);
  });

  it('counts the queue up to 1,000 and says when it holds more', async () => {
    const count = async () => (await gql(tokens.chloe, `{ myQueue(first: 1) { totalCount totalCountCapped edges { node { account { id } } } } }`)).data.myQueue;
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM account WHERE campaign_id = $1`, [campaignB]);
    const add = (k: number, from: number) =>
      ds.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment) SELECT $1, 'Bulk AMEN ' || i, 'bulk amen ' || i, 'smb_web' FROM generate_series($2::int, $3::int) AS i`,
        [campaignB, from, from + k - 1],
      );
    await add(1_000 - n, 1);
    expect(await count()).toMatchObject({ totalCount: 1_000, totalCountCapped: false });
    await add(1, 5_000);
    const capped = await count();
    expect(capped).toMatchObject({ totalCount: 1_000, totalCountCapped: true });
    expect(capped.edges).toHaveLength(1);
    await ds.query(`DELETE FROM account WHERE campaign_id = $1 AND name LIKE 'Bulk AMEN %'`, [campaignB]);
  });

  it('refuses a queue cursor of the former order (four keys) with BAD_USER_INPUT naming after', async () => {
    const old = Buffer.from(JSON.stringify([0, new Date().toISOString(), 50, '00000000-0000-4000-8000-000000000001'])).toString('base64url');
    const res = await gql(tokens.bruno, `query($after: String) { myQueue(first: 5, after: $after) { totalCount } }`, { after: old });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('after');
    const wrongTypes = Buffer.from(JSON.stringify(['high', 'not-an-id'])).toString('base64url');
    const res2 = await gql(tokens.bruno, `query($after: String) { myQueue(first: 5, after: $after) { totalCount } }`, { after: wrongTypes });
    expect(res2.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('recomputes urgency and due times of the rival’s accounts after a distress event (batched job)', async () => {
    await ds.query(`UPDATE account SET urgency = 0, urgency_factors = '[]' WHERE campaign_id = $1`, [campaignA]);
    await ds.query(`UPDATE rival SET shutdown_expected_at = now() + interval '20 days' WHERE id = $1`, [rivalId]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM account WHERE campaign_id = $1`, [campaignA]);
    const result = await lifeboat.app.get(JobExecutor).execute(
      { jobId: 'test--urgency', name: 'urgency.recompute-for-rival', payload: { rivalId, distressEventId: '00000000-0000-4000-8000-000000000009' }, eventId: 'test' },
      1,
    );
    expect(result).toBe('completed');
    const [run] = await ds.query(`SELECT result FROM job_run WHERE job_id = 'test--urgency'`);
    expect(run.result).toMatchObject({ rivalId, accountsRecomputed: n, campaigns: 1 });
    const [{ zero }] = await ds.query(`SELECT count(*)::int AS zero FROM account WHERE campaign_id = $1 AND urgency = 0`, [campaignA]);
    expect(zero).toBe(0);
  });

  it('loads nested owner, contacts, rival and deal with as many SQL statements for 100 accounts as for 10 (no N+1)', async () => {
    for (let i = 0; i < 100; i++) {
      await ds.query(
        `WITH a AS (INSERT INTO account (campaign_id, name, normalized_name, segment, owner_id) VALUES ($1, $2, $2, 'hosting', $3) RETURNING id)
         , c AS (INSERT INTO contact (account_id, name) SELECT id, 'C' FROM a)
         INSERT INTO opportunity (account_id, campaign_id, stage) SELECT id, $1, 'identified' FROM a`,
        [campaignA, `Bulk ${String(i).padStart(3, '0')}`, users.alice.id],
      );
    }
    // Only the bulk accounts, so both pages ask for the same kinds of nested objects (an owner, contacts, a deal).
    const NESTED = `query($first: Int) { accounts(first: $first, search: "Bulk", orderBy: NAME) { edges { node { id owner { name } contacts { name } rival { name } currentOpportunity { stage } campaign { name } } } } }`;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    // Count only the request's statements: the outbox relay and jobs run in the same process.
    const requestStatements = () => spy.mock.calls.filter((c) => !/outbox_event|job_run|webhook|notification/i.test(String(c[0])));
    const count = async (first: number) => {
      await lifeboat.app.get(OutboxRelay).flush();
      spy.mockClear();
      const res = await gql(tokens.manon, NESTED, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.accounts.edges).toHaveLength(first);
      if (process.env['DEBUG_SQL']) console.log(requestStatements().map((c) => String(c[0]).slice(0, 90)).join('\n'));
      return requestStatements().length;
    };
    try {
      const ten = await count(10);
      const hundred = await count(100);
      expect(hundred).toBe(ten);
    } finally {
      spy.mockRestore();
    }
  });
});
