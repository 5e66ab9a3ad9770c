import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, signIn, clientFor } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';

const DAY = 24 * 3600 * 1000;
const SCENARIO = `id label goesDarkAt probabilityPercent credible governing sourceUrl sourceNote version`;
const ADD = `mutation($input: AddShutdownScenarioInput!) { addShutdownScenario(input: $input) {
  shutdownScenario { ${SCENARIO} } rival { shutdownExpectedAt version shutdownScenarios { id governing } } } }`;
const UPDATE = `mutation($input: UpdateShutdownScenarioInput!) { updateShutdownScenario(input: $input) {
  shutdownScenario { ${SCENARIO} } rival { shutdownExpectedAt version } } }`;
const REMOVE = `mutation($input: RemoveShutdownScenarioInput!) { removeShutdownScenario(input: $input) {
  shutdownScenario { id } rival { shutdownExpectedAt version shutdownScenarios { id } } } }`;
const IMPACT = `query($id: ID!) { migrationPlan(campaignId: $id) {
  placements { migration { id } plannedCutoverAt }
  shutdownScenarios { scenario { label goesDarkAt governing } accountsGoingDark monthlySpendGoingDark { amount currency }
    migrationsTooLate openDeals outOfTime savedByDelay { accounts monthlySpend { amount currency } } } } }`;

describe('shutdown scenarios: the earliest credible one sets the rival’s shutdown date (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let rivalId: string;
  let campaignId: string;
  const tokens: Record<string, string> = {};
  const original = new Date(Date.now() + 60 * DAY);
  const liquidationAt = new Date(Date.now() + 12 * DAY);
  const delayAt = new Date(Date.now() + 40 * DAY);

  const { gql, must } = clientFor(() => lifeboat.url, tokens);
  const count = async () => Number((await ds.query(`SELECT count(*)::int AS n FROM shutdown_scenario`))[0].n);
  const rivalRow = async () => (await ds.query(`SELECT shutdown_expected_at, version FROM rival WHERE id = $1`, [rivalId]))[0];
  const input = (extra: Record<string, unknown>) => ({ rivalId: toGlobalId('Rival', rivalId), ...extra });

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [original]);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rivalId]);
    const [{ id: otherCampaign }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [other.id]);
    const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [campaignId] });
    const alice = await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [campaignId] });
    const marc = await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [otherCampaign] });
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    for (const [name, u] of Object.entries({ manon, alice, marc, admin })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  it('refuses a bad scenario with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ label: '   ', goesDarkAt: liquidationAt.toISOString(), probabilityPercent: 60 }, 'input.label'],
      [{ label: 'Dark yesterday', goesDarkAt: new Date(Date.now() - DAY).toISOString(), probabilityPercent: 60 }, 'input.goesDarkAt'],
      [{ label: 'Too sure', goesDarkAt: liquidationAt.toISOString(), probabilityPercent: 101 }, 'probabilityPercent'],
    ];
    for (const [extra, field] of cases) {
      const res = await gql('manon', ADD, { input: input(extra) });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
    }
    expect(await count()).toBe(0);
    expect(new Date((await rivalRow()).shutdown_expected_at)).toEqual(original);
  });

  it('is for managers of a campaign against the rival: a rep is FORBIDDEN, another campaign’s manager does not find the rival', async () => {
    const scenario = { label: 'Liquidation ordered', goesDarkAt: liquidationAt.toISOString(), probabilityPercent: 60 };
    expect((await gql('alice', ADD, { input: input(scenario) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql('marc', ADD, { input: input(scenario) })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count()).toBe(0);
  });

  let liquidation: { id: string; version: number };
  let delay: { id: string; version: number };

  it('the earliest credible scenario governs: the rival’s shutdown date follows it in the same change, audited, and deadlines are recomputed', async () => {
    // A deal whose due time the shutdown caps: it moves with the date.
    const [account] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider) VALUES ($1, 'Euronext', 'euronext', 'enterprise_vpn', 500000, '{FR,NL}', false) RETURNING id`,
      [campaignId],
    );
    const [deal] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'proposal_sent', now()) RETURNING id`, [account.id, campaignId]);
    const before = await rivalRow();

    const delayed = await must('manon', ADD, {
      input: input({ label: 'Delay granted', goesDarkAt: delayAt.toISOString(), probabilityPercent: 40, sourceNote: 'What customers hope for.' }),
    });
    expect(delayed.addShutdownScenario.shutdownScenario).toMatchObject({ credible: true, governing: true, sourceNote: 'What customers hope for.', version: 1 });
    expect(new Date(delayed.addShutdownScenario.rival.shutdownExpectedAt)).toEqual(delayAt);
    delay = delayed.addShutdownScenario.shutdownScenario;

    const ordered = await must('manon', ADD, {
      input: input({ label: 'Liquidation ordered', goesDarkAt: liquidationAt.toISOString(), probabilityPercent: 60, sourceUrl: 'https://example.org/ruling' }),
    });
    liquidation = ordered.addShutdownScenario.shutdownScenario;
    expect(liquidation).toMatchObject({ governing: true, credible: true, sourceUrl: 'https://example.org/ruling' });
    expect(new Date(ordered.addShutdownScenario.rival.shutdownExpectedAt)).toEqual(liquidationAt);
    expect(ordered.addShutdownScenario.rival.version).toBe(before.version + 2);
    expect(ordered.addShutdownScenario.rival.shutdownScenarios.map((s: { governing: boolean }) => s.governing)).toEqual([true, false]);

    const audit = await ds.query(`SELECT action FROM audit_entry WHERE action LIKE 'shutdown_scenario.%' OR action = 'rival.shutdown_follows_scenario' ORDER BY at, id`);
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(
      ['rival.shutdown_follows_scenario', 'rival.shutdown_follows_scenario', 'shutdown_scenario.added', 'shutdown_scenario.added'].sort(),
    );

    // The recomputation a changed shutdown date starts (rival.updated) caps the deal's due time at the signing deadline.
    for (let i = 0; i < 200; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      const [row] = await ds.query(`SELECT due_at FROM opportunity WHERE id = $1`, [deal.id]);
      if (row.due_at && new Date(row.due_at).getTime() <= liquidationAt.getTime() - 10 * DAY + 3_600_000) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the deal’s due time did not follow the governing scenario');
  });

  it('refuses probabilities adding up above 100 % and a stale version, writing nothing', async () => {
    const over = await gql('manon', UPDATE, { input: { id: delay.id, expectedVersion: delay.version, probabilityPercent: 41 } });
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(over.errors?.[0]?.extensions)).toContain('input.probabilityPercent');
    const third = await gql('manon', ADD, { input: input({ label: 'Buyer found', goesDarkAt: delayAt.toISOString(), probabilityPercent: 1 }) });
    expect(third.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await gql('manon', UPDATE, { input: { id: delay.id, expectedVersion: delay.version + 5, label: 'Delay' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count()).toBe(2);
  });

  it('while a scenario governs, the date is the scenarios’: an edit of the rival may not set it, a distress event announcing another date does not move it', async () => {
    const governed = new Date((await rivalRow()).shutdown_expected_at);
    expect(governed).toEqual(liquidationAt);
    const UPDATE_RIVAL = `mutation($input: UpdateRivalInput!) { updateRival(input: $input) { rival { shutdownExpectedAt } } }`;
    for (const change of [{ shutdownExpectedAt: new Date(Date.now() + 5 * DAY).toISOString() }, { clearShutdown: true }]) {
      const res = await gql('admin', UPDATE_RIVAL, { input: { id: toGlobalId('Rival', rivalId), expectedVersion: (await rivalRow()).version, ...change } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'shutdownExpectedAt' in change ? 'input.shutdownExpectedAt' : 'input.clearShutdown', reason: 'follows the shutdown scenarios' }] });
    }
    // Other fields still change.
    expect((await gql('admin', UPDATE_RIVAL, { input: { id: toGlobalId('Rival', rivalId), expectedVersion: (await rivalRow()).version, name: 'KPNQwest N.V.' } })).errors).toBeUndefined();
    const RECORD = `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { distressEvent { announcedShutdownAt } rival { shutdownExpectedAt } } }`;
    const announced = new Date(Date.now() + 5 * DAY);
    const recorded = await must('manon', RECORD, {
      input: { rivalId: toGlobalId('Rival', rivalId), kind: 'shutdown_warning', occurredAt: new Date().toISOString(), severity: 5, summary: 'The curator warns of a switch-off in five days.', shutdownAt: announced.toISOString() },
    });
    expect(new Date(recorded.recordDistressEvent.distressEvent.announcedShutdownAt)).toEqual(announced);
    expect(new Date(recorded.recordDistressEvent.rival.shutdownExpectedAt)).toEqual(governed);
    expect(new Date((await rivalRow()).shutdown_expected_at)).toEqual(governed);
  });

  it('what goes dark in each scenario, for the campaign, follows its migration plan; a delay saves what can finish in between', async () => {
    // Won customers, each a full week of the default capacity (40 units): cut over one week after the other.
    const won: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [a] = await ds.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider) VALUES ($1, $2, lower($2), 'hosting', 100000, '{FR}', true) RETURNING id`,
        [campaignId, `Won ${i}`],
      );
      const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'won', now()) RETURNING id`, [a.id, campaignId]);
      await ds.query(`INSERT INTO migration (campaign_id, account_id, opportunity_id, workload, target_cutover_at) VALUES ($1, $2, $3, 40, now() + interval '${i + 3} days')`, [
        campaignId,
        a.id,
        o.id,
      ]);
      won.push(a.id);
    }
    // One migrated, one lost (neither counts), one small web prospect without a deal.
    const [migrated] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider) VALUES ($1, 'Opodo', 'opodo', 'hosting', 7, '{FR}', true) RETURNING id`,
      [campaignId],
    );
    const [mo] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'won', now()) RETURNING id`, [migrated.id, campaignId]);
    await ds.query(`INSERT INTO migration (campaign_id, account_id, opportunity_id, workload, target_cutover_at, status) VALUES ($1, $2, $3, 5, now(), 'migrated')`, [campaignId, migrated.id, mo.id]);
    const [lost] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider) VALUES ($1, 'Lycos', 'lycos', 'hosting', 11, '{FR}', true) RETURNING id`,
      [campaignId],
    );
    await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, lost_reason) VALUES ($1, $2, 'lost', now(), 'price')`, [lost.id, campaignId]);
    await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider) VALUES ($1, 'Small site', 'small site', 'smb_web', 3000, '{FR}', false)`,
      [campaignId],
    );

    const plan = (await must('alice', IMPACT, { id: toGlobalId('Campaign', campaignId) })).migrationPlan;
    const [first, later] = plan.shutdownScenarios;
    expect(first.scenario).toMatchObject({ label: 'Liquidation ordered', governing: true });
    expect(later.scenario).toMatchObject({ label: 'Delay granted', governing: false });
    const cutoverAfter = (at: Date) => plan.placements.filter((p: { plannedCutoverAt: string }) => new Date(p.plannedCutoverAt).getTime() > at.getTime()).length;
    const lateAt12 = cutoverAfter(liquidationAt);
    expect(plan.placements).toHaveLength(3);
    // Euronext (open deal) and the small site (no deal) cannot fit the one-week cycle and their migration before 12 days, only before 40.
    expect(first).toMatchObject({
      accountsGoingDark: 2 + lateAt12,
      monthlySpendGoingDark: { amount: 500000 + 3000 + lateAt12 * 100000, currency: 'EUR' },
      migrationsTooLate: lateAt12,
      openDeals: 1,
      outOfTime: 2,
      savedByDelay: null,
    });
    // By the later date every one of them can still be cut over.
    expect(later).toMatchObject({ accountsGoingDark: 0, monthlySpendGoingDark: { amount: 0, currency: 'EUR' }, migrationsTooLate: 0, openDeals: 1, outOfTime: 0 });
    expect(later.savedByDelay).toEqual({ accounts: 2 + lateAt12, monthlySpend: { amount: 500000 + 3000 + lateAt12 * 100000, currency: 'EUR' } });
  });

  it('a scenario that stops being credible no longer governs; removing the last credible one leaves the date as it is', async () => {
    const unlikely = await must('manon', UPDATE, { input: { id: liquidation.id, expectedVersion: liquidation.version, probabilityPercent: 10 } });
    expect(unlikely.updateShutdownScenario.shutdownScenario).toMatchObject({ credible: false, governing: false, version: 2 });
    expect(new Date(unlikely.updateShutdownScenario.rival.shutdownExpectedAt)).toEqual(delayAt);

    const removed = await must('manon', REMOVE, { input: { id: delay.id, expectedVersion: delay.version } });
    expect(removed.removeShutdownScenario.shutdownScenario).toBeNull();
    expect(new Date(removed.removeShutdownScenario.rival.shutdownExpectedAt)).toEqual(delayAt);
    expect(removed.removeShutdownScenario.rival.shutdownScenarios).toHaveLength(1);
    expect(await count()).toBe(1);
    const audit = await ds.query(`SELECT changes FROM audit_entry WHERE action = 'shutdown_scenario.removed'`);
    expect(JSON.stringify(audit[0].changes)).toContain('Delay granted');
  });
});
