import { DataSource } from 'typeorm';
import { computeQueuePriority, DEFAULT_CAMPAIGN_SETTINGS, type OpenStage, type Segment } from '@lifeboat/domain';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { JobExecutor } from '../jobs/job-executor.service';
import { fillQueuePriorities } from '../database/migrations/1795490000005-queue-priority';

const DAY = 24 * 3600 * 1000;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } opportunity { id version } } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { stage } } }`;
const IMPORT = `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id } } }`;
const PROGRESS = `query($id: ID!) { accountImport(id: $id) { status insertedCount updatedCount failedCount } }`;
const ADD_SCENARIO = `mutation($input: AddShutdownScenarioInput!) { addShutdownScenario(input: $input) { shutdownScenario { id } } }`;

/**
 * Issue #23, part 4: every writer of an account stores the queue priority libs/domain computes
 * (`computeQueuePriority`) from the account, its open deal, the rival's dates and the campaign's
 * rules — account creation, a move of its deal, an import (new rows and matched ones), a change of
 * the rival's scenarios, and the migration that fills the column for existing accounts.
 */
describe('the queue priority stored with each account (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let rivalId: string;
  let campaignId: string;
  const tokens: Record<string, string> = {};

  const gql = async <T = any>(who: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await graphql<T>(lifeboat.url, tokens[who], { query, variables });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      await lifeboat.app.get(JobExecutor).settled();
    }
  };

  /** Each account of the campaign: its stored priority and the one libs/domain gives now. */
  async function priorities(): Promise<Array<{ name: string; stored: number; expected: number }>> {
    const rows: Array<{ name: string; queue_priority: string; monthly_spend: string; segment: Segment; stage: OpenStage | null; due_at: Date | null }> = await ds.query(
      `SELECT a.name, a.queue_priority, a.monthly_spend, a.segment, o.stage, o.due_at
       FROM account a LEFT JOIN opportunity o ON o.account_id = a.id AND o.stage NOT IN ('won','lost') WHERE a.campaign_id = $1 ORDER BY a.name`,
      [campaignId],
    );
    const [rival] = await ds.query(`SELECT shutdown_expected_at FROM rival WHERE id = $1`, [rivalId]);
    const scenarios: Array<{ id: string; goes_dark_at: Date; probability_percent: number }> = await ds.query(
      `SELECT id, goes_dark_at, probability_percent FROM shutdown_scenario WHERE rival_id = $1 ORDER BY goes_dark_at`,
      [rivalId],
    );
    const now = new Date();
    return rows.map((r) => ({
      name: r.name,
      stored: Number(r.queue_priority),
      expected: computeQueuePriority({
        now,
        account: { monthlySpend: Number(r.monthly_spend), segment: r.segment },
        deal: { stage: r.stage ?? 'identified', dueAt: r.due_at ? new Date(r.due_at) : null },
        scenarios: scenarios.map((s) => ({ id: s.id, goesDarkAt: new Date(s.goes_dark_at), probabilityPercent: Number(s.probability_percent) })),
        shutdownExpectedAt: rival.shutdown_expected_at ? new Date(rival.shutdown_expected_at) : null,
        settings: DEFAULT_CAMPAIGN_SETTINGS,
      }).score,
    }));
  }
  /** The stored priorities are today's (to a unit: they were computed moments ago), and not all alike. */
  async function expectCurrent(): Promise<Array<{ name: string; stored: number }>> {
    const all = await priorities();
    for (const p of all) expect({ name: p.name, off: Math.abs(p.stored - p.expected) <= Math.max(2, p.expected / 1000) }).toEqual({ name: p.name, off: true });
    expect(new Set(all.map((p) => p.stored)).size).toBeGreaterThan(1);
    return all;
  }

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 20 * DAY),
    ]);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rivalId]);
    const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaignId] });
    tokens.manon = await signIn(lifeboat.url, manon.email, manon.password);
  });

  afterAll(() => lifeboat.close());

  it('creating accounts, moving a deal, importing and matching accounts each store the priority of the moment', async () => {
    const input = (name: string, segment: Segment, monthlySpend: number) => ({ input: { campaignId: toGlobalId('Campaign', campaignId), name, segment, monthlySpend } });
    const web = await gql('manon', CREATE, input('Web shop', 'smb_web', 900_000));
    await gql('manon', CREATE, input('Carrier', 'enterprise_vpn', 4_000_000));
    let all = await expectCurrent();
    expect(all.map((p) => p.stored).every((p) => p > 0)).toBe(true);

    // The deal moves on: a step closer to a signature, it is worth more today.
    const before = all.find((p) => p.name === 'Web shop')?.stored as number;
    await gql('manon', MOVE, { input: { opportunityId: web.createAccount.opportunity.id, stage: 'contacted', expectedVersion: web.createAccount.opportunity.version } });
    all = await expectCurrent();
    expect(all.find((p) => p.name === 'Web shop')?.stored).toBeGreaterThan(before);

    // An import: two new accounts, and one matched by name whose spend grows.
    const csv = 'name,segment,countries,monthlySpend\nHoster,hosting,FR,2500\nColo,colocation,NL,80000\nCarrier,enterprise_vpn,,90000\n';
    const submitted = await gql('manon', IMPORT, { input: { campaignId: toGlobalId('Campaign', campaignId), csv } });
    await settle();
    const done = (await gql('manon', PROGRESS, { id: submitted.importAccounts.accountImport.id })).accountImport;
    expect(done).toMatchObject({ status: 'completed', insertedCount: 2, updatedCount: 1, failedCount: 0 });
    all = await expectCurrent();
    expect(all.map((p) => p.name)).toEqual(['Carrier', 'Colo', 'Hoster', 'Web shop']);
  });

  it('a new shutdown scenario, governing or not, reprices the campaign (the job recomputes every account)', async () => {
    const add = async (label: string, inDays: number, probabilityPercent: number) => {
      await gql('manon', ADD_SCENARIO, {
        input: { rivalId: toGlobalId('Rival', rivalId), label, goesDarkAt: new Date(Date.now() + inDays * DAY).toISOString(), probabilityPercent },
      });
      await settle();
      return (await expectCurrent()).map((p) => p.stored);
    };
    const before = (await expectCurrent()).map((p) => p.stored);
    // The earliest credible one: it sets the rival's date.
    const liquidation = await add('Liquidation', 15, 70);
    expect(liquidation).not.toEqual(before);
    // A later one leaves the rival's date alone, and still weighs in the priority.
    const delay = await add('Delay', 60, 30);
    expect(delay).not.toEqual(liquidation);
  });

  it('the migration fills the priority of accounts written before it', async () => {
    await ds.query(`UPDATE account SET queue_priority = 0 WHERE campaign_id = $1`, [campaignId]);
    await fillQueuePriorities(ds.manager, new Date());
    await expectCurrent();
  });
});
