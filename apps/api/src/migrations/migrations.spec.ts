import { DataSource } from 'typeorm';
import { CUTOVER_LOCAL_HOUR, DAY_MS, fromLocalMs, startOfLocalWeek, toLocalMs } from '@lifeboat/domain';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const TIME_ZONE = 'Europe/Paris';
const HOUR_MS = 3_600_000;

/**
 * The plan's weeks as the domain planner lays them (DESIGN.md §4, libs/domain migration-plan.ts
 * rule 2): the current week unless its Friday 17:00 cutover slot has passed, then the next one.
 * `friday(n)` is week n's cutover slot.
 */
function planWeeks(now: Date) {
  const currentMonday = toLocalMs(startOfLocalWeek(now, TIME_ZONE), TIME_ZONE);
  const slot = (monday: number) => fromLocalMs(monday + 4 * DAY_MS + CUTOVER_LOCAL_HOUR * HOUR_MS, TIME_ZONE);
  const firstMonday = now.getTime() < slot(currentMonday).getTime() ? currentMonday : currentMonday + 7 * DAY_MS;
  return {
    monday: (week: number) => fromLocalMs(firstMonday + week * 7 * DAY_MS, TIME_ZONE),
    friday: (week: number) => slot(firstMonday + week * 7 * DAY_MS),
    /** Saturday 17:00 local of week n: the day after its slot. */
    saturday: (week: number) => fromLocalMs(firstMonday + week * 7 * DAY_MS + 5 * DAY_MS + CUTOVER_LOCAL_HOUR * HOUR_MS, TIME_ZONE),
  };
}

const PLAN = `query($id: ID!) { migrationPlan(campaignId: $id) { weeklyCapacity rivalShutdownExpectedAt overCapacityWeeks willGoDarkMigrationIds campaign { version }
  weeks { weekStart load capacity overCapacity migrationIds }
  placements { accountName weekStart plannedCutoverAt willGoDark late migration { id version targetCutoverAt } } } }`;
const LIST = `query($id: ID!) { migrations(campaignId: $id, first: 10) { totalCount edges { node { id version targetCutoverAt account { name } } } } }`;
const UPDATE = `mutation($input: UpdateMigrationInput!) { updateMigration(input: $input) { migration { id version status workload targetCutoverAt } } }`;

interface Plan {
  weeklyCapacity: number;
  overCapacityWeeks: number;
  willGoDarkMigrationIds: string[];
  weeks: Array<{ weekStart: string; load: number; capacity: number; overCapacity: boolean; migrationIds: string[] }>;
  placements: Array<{ accountName: string; weekStart: string; plannedCutoverAt: string; willGoDark: boolean; late: boolean; migration: { id: string; version: number } }>;
}

describe('migrations: a manager moves a cutover and the plan follows (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let kpn: string;
  let amen: string;
  let manon: string;
  let alice: string;
  let admin: string;
  let marc: string;
  let weeks: ReturnType<typeof planWeeks>;

  /** A won customer and its migration, as an accepted proposal leaves them. */
  async function seedMigration(campaignId: string, name: string, workload: number, targetCutoverAt: Date): Promise<string> {
    const [a] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend) VALUES ($1, $2, lower($2), 'enterprise_vpn', 1200000) RETURNING id`,
      [campaignId, name],
    );
    const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, closed_at) VALUES ($1, $2, 'won', now()) RETURNING id`, [a.id, campaignId]);
    const [m] = await ds.query(
      `INSERT INTO migration (campaign_id, account_id, opportunity_id, workload, target_cutover_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [campaignId, a.id, o.id, workload, targetCutoverAt],
    );
    return gid('Migration', m.id);
  }

  const plan = async (token: string, campaignId = kpn) => {
    const res = await graphql<{ migrationPlan: Plan }>(url, token, { query: PLAN, variables: { id: gid('Campaign', campaignId) } });
    expect(res.errors).toBeUndefined();
    return res.data?.migrationPlan as Plan;
  };
  const update = (token: string, input: Record<string, unknown>) =>
    graphql<{ updateMigration: { migration: { id: string; version: number; status: string; workload: number; targetCutoverAt: string } } }>(url, token, {
      query: UPDATE,
      variables: { input },
    });
  const placementOf = (p: Plan, id: string) => p.placements.find((pl) => pl.migration.id === id) as Plan['placements'][number];

  beforeAll(async () => {
    lifeboat = await startTestServer(process.env['DEBUG_LOG'] ? { LOG_LEVEL: 'error' } : {});
    url = lifeboat.url;
    ds = lifeboat.db.dataSource;
    weeks = planWeeks(new Date());
    // KPNQwest goes dark on the Saturday of the plan's second week: its Friday slot is before, the third week's after.
    const [r1] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      weeks.saturday(1),
    ]);
    const [r2] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [r1.id]);
    [{ id: amen }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [r2.id]);
    const users = {
      admin: await createUser(ds, { email: 'admin@example.test', role: 'admin' }),
      manon: await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [kpn] }),
      alice: await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [kpn] }),
      marc: await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [amen] }),
    };
    [admin, manon, alice, marc] = await Promise.all([users.admin, users.manon, users.alice, users.marc].map((u) => signIn(url, u.email, u.password)));
  });

  afterAll(() => lifeboat.close());

  it('lays the migrations into weeks; moving a cutover after the shutdown reorders the plan and that customer goes dark', async () => {
    // 30 units each against the default 40 a week: one migration a week, earliest target first.
    const euronext = await seedMigration(kpn, 'Euronext', 30, weeks.friday(0));
    const opodo = await seedMigration(kpn, 'Opodo', 30, weeks.friday(1));
    const lycos = await seedMigration(kpn, 'Lycos Europe', 30, weeks.saturday(1));

    const before = await plan(manon);
    expect(before.weeklyCapacity).toBe(40);
    expect(before.weeks).toEqual([0, 1, 2].map((w) => ({ weekStart: weeks.monday(w).toISOString(), load: 30, capacity: 40, overCapacity: false, migrationIds: [expect.any(String)] })));
    expect(before.weeks.map((w) => w.migrationIds[0])).toEqual([euronext, opodo, lycos]);
    // Lycos Europe's week is past the shutdown: it would go dark, and misses its own target.
    expect(before.willGoDarkMigrationIds).toEqual([lycos]);
    expect(placementOf(before, lycos)).toMatchObject({ plannedCutoverAt: weeks.friday(2).toISOString(), willGoDark: true, late: true });
    expect(placementOf(before, opodo)).toMatchObject({ plannedCutoverAt: weeks.friday(1).toISOString(), willGoDark: false, late: false });

    // Opodo's cutover moves a week past the shutdown: Lycos Europe's target is now the earlier one and takes the second week.
    const target = weeks.saturday(2);
    const moved = await update(manon, { migrationId: opodo, expectedVersion: 1, targetCutoverAt: target.toISOString() });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateMigration.migration).toEqual({ id: opodo, version: 2, status: 'planned', workload: 30, targetCutoverAt: target.toISOString() });

    const after = await plan(manon);
    expect(after.weeks.map((w) => w.migrationIds)).toEqual([[euronext], [lycos], [opodo]]);
    expect(after.willGoDarkMigrationIds).toEqual([opodo]);
    expect(placementOf(after, opodo)).toMatchObject({ weekStart: weeks.monday(2).toISOString(), plannedCutoverAt: weeks.friday(2).toISOString(), willGoDark: true, late: false });
    expect(placementOf(after, lycos)).toMatchObject({ weekStart: weeks.monday(1).toISOString(), plannedCutoverAt: weeks.friday(1).toISOString(), willGoDark: false, late: false });
    expect(placementOf(after, opodo).migration.version).toBe(2);

    // The list follows the new target; the change is audited and announced.
    const list = await graphql<{ migrations: { edges: Array<{ node: { account: { name: string } } }> } }>(url, manon, { query: LIST, variables: { id: gid('Campaign', kpn) } });
    expect(list.data?.migrations.edges.map((e) => e.node.account.name)).toEqual(['Euronext', 'Lycos Europe', 'Opodo']);
    const opodoId = Buffer.from(opodo, 'base64url').toString('utf8').replace('Migration:', '');
    const [entry] = await ds.query(`SELECT actor_type, changes FROM audit_entry WHERE entity_id = $1 AND action = 'migration.updated'`, [opodoId]);
    expect(entry.actor_type).toBe('user');
    expect(entry.changes).toEqual([{ field: 'targetCutoverAt', before: weeks.friday(1).toISOString(), after: target.toISOString() }]);
    expect(await ds.query(`SELECT payload FROM outbox_event WHERE type = 'migration.plan_changed' AND payload->>'migrationId' = $1`, [opodoId])).toHaveLength(1);

    // Moved back before its week's slot: the plan cuts it over on its target, earlier that week.
    const back = weeks.friday(1).getTime() - 2 * DAY_MS;
    const wednesday = await update(manon, { migrationId: opodo, expectedVersion: 2, targetCutoverAt: new Date(back).toISOString() });
    expect(wednesday.errors).toBeUndefined();
    const again = await plan(manon);
    expect(again.weeks.map((w) => w.migrationIds)).toEqual([[euronext], [opodo], [lycos]]);
    expect(placementOf(again, opodo)).toMatchObject({ plannedCutoverAt: new Date(back).toISOString(), willGoDark: false, late: false });
    expect(again.willGoDarkMigrationIds).toEqual([lycos]);
  });

  it('refuses a stale version with CONFLICT and leaves the plan as it was', async () => {
    const hp = await seedMigration(kpn, 'Hewlett-Packard', 5, weeks.friday(0));
    const ok = await update(manon, { migrationId: hp, expectedVersion: 1, workload: 6 });
    expect(ok.data?.updateMigration.migration.version).toBe(2);
    const before = await plan(manon);

    const stale = await update(manon, { migrationId: hp, expectedVersion: 1, targetCutoverAt: weeks.saturday(3).toISOString() });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.data).toBeNull();
    expect(await plan(manon)).toEqual(before);
    expect(placementOf(before, hp).migration.version).toBe(2);
  });

  it('lets only a manager of the campaign (or an admin) move a cutover: a rep is refused, another campaign’s migration is not found', async () => {
    const aol = await seedMigration(kpn, 'AOL Europe', 5, weeks.friday(1));
    const target = weeks.friday(0).toISOString();

    const rep = await update(alice, { migrationId: aol, expectedVersion: 1, targetCutoverAt: target });
    expect(rep.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The rep still reads the plan, unchanged.
    expect(placementOf(await plan(alice), aol).migration.version).toBe(1);

    const foreign = await update(marc, { migrationId: aol, expectedVersion: 1, targetCutoverAt: target });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const amenMigration = await seedMigration(amen, 'Small host', 3, weeks.friday(0));
    const other = await update(manon, { migrationId: amenMigration, expectedVersion: 1, targetCutoverAt: target });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await graphql(url, marc, { query: PLAN, variables: { id: gid('Campaign', kpn) } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await plan(marc, amen)).placements.map((p) => p.accountName)).toEqual(['Small host']);

    const byAdmin = await update(admin, { migrationId: aol, expectedVersion: 1, targetCutoverAt: target });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.updateMigration.migration).toMatchObject({ version: 2, targetCutoverAt: target });
  });

  it('says which field is wrong when a change is refused', async () => {
    const lastminute = await seedMigration(kpn, 'lastminute.com', 2, weeks.friday(0));
    const nothing = await update(manon, { migrationId: lastminute, expectedVersion: 1 });
    expect(nothing.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input', reason: 'no change given' }] });
    const negative = await update(manon, { migrationId: lastminute, expectedVersion: 1, workload: -1 });
    expect(negative.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.workload', reason: 'workload must be 0 or more' }] });
  });
});
