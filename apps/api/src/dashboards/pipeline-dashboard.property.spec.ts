import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  ACTIVITY_KINDS,
  addCalendarDays,
  defaultProbability,
  isOpenStage,
  LOGGED_ACTIVITY_KINDS,
  MIGRATION_STATUSES,
  OPEN_STAGES,
  planMigrations,
  resolveCampaignSettings,
  RIVAL_HEALTHS,
  STAGES,
  startOfLocalWeek,
  type ActivityKind,
  type CampaignSettingsOverrides,
  type MigrationStatus,
  type RivalHealth,
  type Stage,
} from '@lifeboat/domain';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';

/**
 * Random pipelines inserted by SQL; every figure of `pipelineDashboard` (over HTTP) is compared
 * with a brute-force computation in TypeScript over the same rows. Medians and percentiles use
 * PostgreSQL's percentile_cont definition (linear interpolation between the closest ranks).
 */

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'UTC'];
const BIDDERS = [null, 'Vanco', 'IXEurope', 'France Télécom/Oléane', 'BT'];
const ORD = new Map<string, number>(STAGES.map((s, i) => [s, i + 1]));

// ---------- generation ----------

interface GenDeal {
  choices: number[];
  gaps: number[];
  extraBackMin: number;
  monthlyValue: number;
  probability: number | null;
  dueOffsetMin: number | null;
  expectedOffsetMin: number | null;
  bidder: number;
  dropFirstContact: boolean;
  transitionDueMin: Array<number | null>;
  migration: { workload: number; status: number; targetOffsetMin: number } | null;
}
interface GenAccount {
  monthlySpend: number;
  owner: number;
  deals: GenDeal[];
}
interface GenPipeline {
  zone: number;
  capacity: number;
  stageDue: Partial<Record<(typeof OPEN_STAGES)[number], number>>;
  health: number;
  shutdownOffsetMin: number | null;
  reps: number;
  accounts: GenAccount[];
  activities: Array<{ account: number; author: number; kind: number; backMin: number }>;
  period: { fromBackMin: number; lengthMin: number | null } | null;
}

const minutes = (maxDays: number, minDays = 0) => fc.integer({ min: minDays * 24 * 60, max: maxDays * 24 * 60 });
const dealArb: fc.Arbitrary<GenDeal> = fc.record({
  choices: fc.array(fc.nat(9), { maxLength: 7 }),
  // Zero gaps make transitions at the same instant (a proposal's acceptance moves several steps at once).
  gaps: fc.array(fc.oneof(fc.constant(0), minutes(8)), { minLength: 8, maxLength: 8 }),
  extraBackMin: minutes(30),
  monthlyValue: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 })),
  probability: fc.option(fc.integer({ min: 0, max: 100 })),
  dueOffsetMin: fc.option(fc.integer({ min: -10 * 24 * 60, max: 20 * 24 * 60 }), { freq: 5 }),
  expectedOffsetMin: fc.option(fc.integer({ min: -10 * 24 * 60, max: 120 * 24 * 60 })),
  bidder: fc.nat(BIDDERS.length - 1),
  dropFirstContact: fc.boolean(),
  // Some due times before the entry: a stage entered after the signing deadline is due at once (allowed nothing).
  transitionDueMin: fc.array(fc.option(minutes(8, -3)), { minLength: 8, maxLength: 8 }),
  migration: fc.option(fc.record({ workload: fc.nat(30), status: fc.nat(MIGRATION_STATUSES.length - 1), targetOffsetMin: fc.integer({ min: -5 * 24 * 60, max: 50 * 24 * 60 }) })),
});
const pipelineArb: fc.Arbitrary<GenPipeline> = fc.record({
  zone: fc.nat(ZONES.length - 1),
  capacity: fc.integer({ min: 1, max: 60 }),
  stageDue: fc.record(
    // The domain's bounds (CAMPAIGN_SETTING_RULES): 1 to 60 business days.
    { identified: fc.integer({ min: 1, max: 6 }), contacted: fc.integer({ min: 1, max: 6 }), proposal_sent: fc.integer({ min: 1, max: 6 }), negotiating: fc.integer({ min: 1, max: 6 }) },
    { requiredKeys: [] },
  ),
  health: fc.nat(RIVAL_HEALTHS.length - 1),
  shutdownOffsetMin: fc.option(fc.integer({ min: -10 * 24 * 60, max: 400 * 24 * 60 }), { freq: 4 }),
  reps: fc.integer({ min: 1, max: 4 }),
  accounts: fc.array(
    fc.record({
      monthlySpend: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })),
      owner: fc.integer({ min: -1, max: 5 }),
      deals: fc.array(dealArb, { maxLength: 2 }),
    }),
    { maxLength: 40, size: 'max' },
  ),
  activities: fc.array(fc.record({ account: fc.nat(), author: fc.integer({ min: -1, max: 5 }), kind: fc.nat(ACTIVITY_KINDS.length - 1), backMin: minutes(70) }), {
    maxLength: 40,
    size: 'max',
  }),
  period: fc.option(fc.record({ fromBackMin: minutes(80), lengthMin: fc.option(minutes(80)) })),
});

/** The next stages a walk may take from a stage (the pipeline's moves, DESIGN.md §4). */
function moves(stage: Stage): Stage[] {
  switch (stage) {
    case 'identified':
      return ['contacted', 'lost'];
    case 'contacted':
      return ['proposal_sent', 'lost'];
    case 'proposal_sent':
      return ['negotiating', 'won', 'lost'];
    case 'negotiating':
      return ['won', 'proposal_sent', 'lost'];
    case 'lost':
      return ['identified'];
    default:
      return [];
  }
}

// ---------- rows, as inserted ----------

interface User {
  id: string;
  name: string;
}
interface Deal {
  id: string;
  accountId: string;
  stage: Stage;
  dueAt: Date | null;
  monthlyValue: number;
  probability: number | null;
  expectedCloseAt: Date | null;
  lostToBidder: string | null;
  firstContactAt: Date | null;
  closedAt: Date | null;
  stageEnteredAt: Date;
}
interface Transition {
  id: string;
  opportunityId: string;
  fromStage: Stage | null;
  toStage: Stage;
  at: Date;
  dueAt: Date | null;
}
interface Account {
  id: string;
  name: string;
  monthlySpend: number;
  ownerId: string | null;
}
interface Activity {
  id: string;
  accountId: string;
  authorId: string | null;
  kind: ActivityKind;
  occurredAt: Date;
}
interface Migration {
  id: string;
  accountId: string;
  opportunityId: string;
  workload: number;
  targetCutoverAt: Date;
  status: MigrationStatus;
}
interface World {
  campaignId: string;
  createdAt: Date;
  settings: CampaignSettingsOverrides;
  rival: { id: string; name: string; health: RivalHealth; shutdownExpectedAt: Date | null };
  users: User[];
  members: Array<{ userId: string; teamRole: 'manager' | 'rep' }>;
  accounts: Account[];
  deals: Deal[];
  transitions: Transition[];
  activities: Activity[];
  migrations: Migration[];
  period: { from?: Date; to?: Date } | null;
}

function buildWorld(gen: GenPipeline, t0: number, run: number): World {
  const at = (offsetMin: number) => new Date(t0 + offsetMin * MIN);
  const users: User[] = [];
  const members: World['members'] = [];
  for (let i = 0; i < gen.reps; i++) {
    users.push({ id: randomUUID(), name: `Rep ${String(i + 1).padStart(2, '0')}` });
    members.push({ userId: users[i].id, teamRole: 'rep' });
  }
  const manager = { id: randomUUID(), name: 'Manager 01' };
  const outsider = { id: randomUUID(), name: 'Outsider 01' };
  users.push(manager, outsider);
  members.push({ userId: manager.id, teamRole: 'manager' });
  const pick = (i: number) => (i < 0 || i >= users.length ? null : users[i].id);

  const accounts: Account[] = [];
  const deals: Deal[] = [];
  const transitions: Transition[] = [];
  const migrations: Migration[] = [];
  gen.accounts.forEach((ga, ai) => {
    const account = { id: randomUUID(), name: `Account ${run}-${ai}`, monthlySpend: ga.monthlySpend, ownerId: pick(ga.owner) };
    accounts.push(account);
    ga.deals.forEach((gd, di) => {
      const mustClose = di < ga.deals.length - 1; // only the last deal of an account may be open
      const path: Stage[] = ['identified'];
      for (const choice of gd.choices) {
        const options = moves(path[path.length - 1]);
        if (options.length === 0) break;
        path.push(options[choice % options.length]);
      }
      if (mustClose && isOpenStage(path[path.length - 1])) path.push('lost');
      const span = path.slice(1).reduce((sum, _s, i) => sum + gd.gaps[i % gd.gaps.length], 0);
      let time = t0 - (span + gd.extraBackMin + 1) * MIN;
      const id = randomUUID();
      const times: number[] = [];
      path.forEach((stage, i) => {
        if (i > 0) time += gd.gaps[(i - 1) % gd.gaps.length] * MIN;
        times.push(time);
        const due = gd.transitionDueMin[i % gd.transitionDueMin.length];
        transitions.push({
          id: randomUUID(),
          opportunityId: id,
          fromStage: i === 0 ? null : path[i - 1],
          toStage: stage,
          at: new Date(time),
          dueAt: due === null ? null : new Date(time + due * MIN),
        });
      });
      const stage = path[path.length - 1];
      const contacted = path.indexOf('contacted');
      const open = isOpenStage(stage);
      deals.push({
        id,
        accountId: account.id,
        stage,
        dueAt: open && gd.dueOffsetMin !== null ? at(gd.dueOffsetMin) : null,
        monthlyValue: gd.monthlyValue,
        probability: gd.probability,
        expectedCloseAt: gd.expectedOffsetMin === null ? null : at(gd.expectedOffsetMin),
        lostToBidder: stage === 'lost' ? BIDDERS[gd.bidder] : null,
        firstContactAt: contacted < 0 || gd.dropFirstContact ? null : new Date(times[contacted]),
        closedAt: open ? null : new Date(times[times.length - 1]),
        stageEnteredAt: new Date(times[times.length - 1]),
      });
      if (stage === 'won' && gd.migration) {
        migrations.push({
          id: randomUUID(),
          accountId: account.id,
          opportunityId: id,
          workload: gd.migration.workload,
          targetCutoverAt: at(gd.migration.targetOffsetMin),
          status: MIGRATION_STATUSES[gd.migration.status],
        });
      }
    });
  });
  const activities: Activity[] =
    accounts.length === 0
      ? []
      : gen.activities.map((a) => ({
          id: randomUUID(),
          accountId: accounts[a.account % accounts.length].id,
          authorId: pick(a.author),
          kind: ACTIVITY_KINDS[a.kind],
          occurredAt: at(-a.backMin),
        }));
  const settings: CampaignSettingsOverrides = { timeZone: ZONES[gen.zone], weeklyMigrationCapacity: gen.capacity, stageDueBusinessDays: gen.stageDue };
  const period = gen.period
    ? { from: at(-gen.period.fromBackMin), to: gen.period.lengthMin === null ? undefined : at(-gen.period.fromBackMin + gen.period.lengthMin) }
    : null;
  return {
    campaignId: randomUUID(),
    createdAt: new Date(t0 - 60 * DAY),
    settings,
    rival: {
      id: randomUUID(),
      name: `Rival ${run}`,
      health: RIVAL_HEALTHS[gen.health],
      shutdownExpectedAt: gen.shutdownOffsetMin === null ? null : at(gen.shutdownOffsetMin),
    },
    users,
    members,
    accounts,
    deals,
    transitions,
    activities,
    migrations,
    period,
  };
}

async function insertRows(ds: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const params: unknown[] = [];
    const values = chunk.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
    await ds.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

async function insertWorld(ds: DataSource, w: World, run: number): Promise<void> {
  await ds.query(`INSERT INTO rival (id, name, country, health, shutdown_expected_at) VALUES ($1, $2, 'FR', $3, $4)`, [
    w.rival.id,
    w.rival.name,
    w.rival.health,
    w.rival.shutdownExpectedAt,
  ]);
  await ds.query(`INSERT INTO campaign (id, rival_id, name, settings, created_at) VALUES ($1, $2, $3, $4::jsonb, $5)`, [
    w.campaignId,
    w.rival.id,
    `Campaign ${run}`,
    JSON.stringify(w.settings),
    w.createdAt,
  ]);
  await insertRows(ds, 'app_user', ['id', 'email', 'name', 'role'], w.users.map((u) => [u.id, `${u.id}@example.test`, u.name, 'rep']));
  await insertRows(ds, 'campaign_member', ['campaign_id', 'user_id', 'team_role'], w.members.map((m) => [w.campaignId, m.userId, m.teamRole]));
  await insertRows(
    ds,
    'account',
    ['id', 'campaign_id', 'name', 'normalized_name', 'segment', 'monthly_spend', 'owner_id'],
    w.accounts.map((a) => [a.id, w.campaignId, a.name, a.name.toLowerCase(), 'hosting', a.monthlySpend, a.ownerId]),
  );
  await insertRows(
    ds,
    'opportunity',
    ['id', 'account_id', 'campaign_id', 'stage', 'stage_entered_at', 'due_at', 'monthly_value', 'probability', 'expected_close_at', 'lost_reason', 'lost_to_bidder', 'first_contact_at', 'closed_at'],
    w.deals.map((d) => [
      d.id,
      d.accountId,
      w.campaignId,
      d.stage,
      d.stageEnteredAt,
      d.dueAt,
      d.monthlyValue,
      d.probability,
      d.expectedCloseAt,
      d.stage === 'lost' ? (d.lostToBidder ? 'chose_competitor' : 'price') : null,
      d.lostToBidder,
      d.firstContactAt,
      d.closedAt,
    ]),
  );
  await insertRows(
    ds,
    'stage_transition',
    ['id', 'opportunity_id', 'campaign_id', 'from_stage', 'to_stage', 'at', 'due_at', 'actor_label'],
    w.transitions.map((t) => [t.id, t.opportunityId, w.campaignId, t.fromStage, t.toStage, t.at, t.dueAt, 'test']),
  );
  await insertRows(
    ds,
    'activity',
    ['id', 'campaign_id', 'account_id', 'kind', 'occurred_at', 'author_user_id', 'author_label'],
    w.activities.map((a) => [a.id, w.campaignId, a.accountId, a.kind, a.occurredAt, a.authorId, 'test']),
  );
  await insertRows(
    ds,
    'migration',
    ['id', 'campaign_id', 'account_id', 'opportunity_id', 'workload', 'target_cutover_at', 'status'],
    w.migrations.map((m) => [m.id, w.campaignId, m.accountId, m.opportunityId, m.workload, m.targetCutoverAt, m.status]),
  );
}

// ---------- brute force ----------

/** PostgreSQL's percentile_cont: linear interpolation at (n − 1) × p over the sorted values. */
function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}
const weighted = (deals: Deal[]) => {
  const sum = deals.reduce((s, d) => s + d.monthlyValue * (d.probability ?? defaultProbability(d.stage)), 0);
  return Math.floor((sum + 50) / 100); // sum ≥ 0: half away from zero
};
const sumOf = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);
const money = (amount: number) => ({ amount, currency: 'EUR' });
const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function expectedDashboard(w: World, asOf: Date) {
  const settings = resolveCampaignSettings(w.settings);
  const tz = settings.timeZone;
  const from = w.period?.from ?? w.createdAt;
  const to = w.period?.to ?? asOf;
  const inPeriod = (d: Date | null) => d !== null && d.getTime() >= from.getTime() && d.getTime() < to.getTime();
  const open = w.deals.filter((d) => isOpenStage(d.stage));
  const overdue = open.filter((d) => d.dueAt !== null && d.dueAt.getTime() < asOf.getTime());
  const bucket = (deals: Deal[]) => ({ deals: deals.length, monthlyValue: money(sumOf(deals, (d) => d.monthlyValue)), weightedValue: money(weighted(deals)) });
  const byDeal = new Map<string, Transition[]>();
  for (const t of w.transitions) byDeal.set(t.opportunityId, [...(byDeal.get(t.opportunityId) ?? []), t]);
  for (const list of byDeal.values()) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime() || (ORD.get(a.toStage) as number) - (ORD.get(b.toStage) as number) || cmp(a.id, b.id));
  }

  const conversions = OPEN_STAGES.flatMap((fromStage) => {
    const forward = STAGES.filter((s) => s !== 'lost');
    return [...forward.slice(forward.indexOf(fromStage) + 1), 'lost' as Stage].map((toStage) => {
      let entered = 0;
      let converted = 0;
      for (const list of byDeal.values()) {
        const entries = list.filter((t) => t.toStage === fromStage && inPeriod(t.at)).map((t) => t.at.getTime());
        if (entries.length === 0) continue;
        const first = Math.min(...entries);
        entered++;
        if (list.some((t) => t.toStage === toStage && t.at.getTime() >= first)) converted++;
      }
      return { fromStage, toStage, entered, converted, rate: entered === 0 ? null : converted / entered };
    });
  });

  const stays: Array<{ stage: Stage; seconds: number; allowed: number | null; pastDue: boolean }> = [];
  for (const list of byDeal.values()) {
    list.forEach((t, i) => {
      const next = list[i + 1];
      if (!next || !inPeriod(t.at)) return;
      stays.push({
        stage: t.toStage,
        seconds: (next.at.getTime() - t.at.getTime()) / 1000,
        // A stay that began at or after its due time (past the signing deadline) was allowed nothing, not a negative time.
        allowed: t.dueAt === null ? null : Math.max(0, (t.dueAt.getTime() - t.at.getTime()) / 1000),
        pastDue: t.dueAt !== null && next.at.getTime() > t.dueAt.getTime(),
      });
    });
  }
  const hours = (v: number | null) => (v === null ? null : v / 3600);

  const signed = w.deals.filter((d) => d.stage === 'won' && inPeriod(d.closedAt));
  const cycles = signed.filter((d) => d.firstContactAt !== null).map((d) => ((d.closedAt as Date).getTime() - (d.firstContactAt as Date).getTime()) / 1000);
  const within = cycles.filter((s) => s <= 7 * 86_400).length;

  const owners = new Set(w.accounts.map((a) => a.ownerId).filter((id): id is string => id !== null));
  const accountOf = new Map(w.accounts.map((a) => [a.id, a]));
  const ownerOf = (d: Deal) => (accountOf.get(d.accountId) as Account).ownerId;
  const reps = w.users
    .filter((u) => owners.has(u.id) || w.members.some((m) => m.userId === u.id && m.teamRole === 'rep'))
    .sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))
    .map((u) => {
      const mine = w.deals.filter((d) => ownerOf(d) === u.id);
      const mineOpen = mine.filter((d) => isOpenStage(d.stage));
      const won = mine.filter((d) => d.stage === 'won' && inPeriod(d.closedAt));
      const acts = w.activities.filter((a) => a.authorId === u.id && inPeriod(a.occurredAt));
      return {
        user: { id: toGlobalId('User', u.id), name: u.name },
        teamRole: w.members.find((m) => m.userId === u.id)?.teamRole ?? null,
        openDeals: mineOpen.length,
        openMonthlyValue: money(sumOf(mineOpen, (d) => d.monthlyValue)),
        overdueDeals: mineOpen.filter((d) => overdue.includes(d)).length,
        wonDeals: won.length,
        wonMonthlyValue: money(sumOf(won, (d) => d.monthlyValue)),
        lostDeals: mine.filter((d) => d.stage === 'lost' && inPeriod(d.closedAt)).length,
        activities: acts.length,
        loggedActivities: acts.filter((a) => (LOGGED_ACTIVITY_KINDS as readonly string[]).includes(a.kind)).length,
      };
    });
  const unassignedOpen = open.filter((d) => ownerOf(d) === null);

  const states = w.accounts.map((a) => {
    const mine = w.deals.filter((d) => d.accountId === a.id);
    const state = mine.some((d) => d.stage === 'won') ? 'won' : mine.some((d) => isOpenStage(d.stage)) ? 'open' : mine.some((d) => d.stage === 'lost') ? 'lost' : 'untouched';
    const latestLost = mine
      .filter((d) => d.stage === 'lost')
      .sort((x, y) => (y.closedAt?.getTime() ?? Infinity) - (x.closedAt?.getTime() ?? Infinity) || cmp(y.id, x.id))[0];
    return { account: a, state, bidder: latestLost?.lostToBidder ?? null };
  });
  const capture = (state: string | null) => {
    const rows = states.filter((s) => state === null || s.state === state);
    return { accounts: rows.length, monthlySpend: money(sumOf(rows, (s) => s.account.monthlySpend)) };
  };
  const totalSpend = sumOf(w.accounts, (a) => a.monthlySpend);
  const lostGroups = new Map<string | null, { accounts: number; spend: number }>();
  for (const s of states.filter((x) => x.state === 'lost')) {
    const g = lostGroups.get(s.bidder) ?? { accounts: 0, spend: 0 };
    g.accounts++;
    g.spend += s.account.monthlySpend;
    lostGroups.set(s.bidder, g);
  }
  const lostTo = [...lostGroups.entries()]
    .sort(([ba, a], [bb, b]) => b.accounts - a.accounts || b.spend - a.spend || (ba === null ? 1 : bb === null ? -1 : cmp(ba, bb)))
    .map(([bidder, g]) => ({ bidder, accounts: g.accounts, monthlySpend: money(g.spend) }));

  const firstWeek = startOfLocalWeek(asOf, tz);
  const shutdown = w.rival.shutdownExpectedAt;
  const untilShutdown = shutdown !== null && shutdown.getTime() >= asOf.getTime();
  const rawWeek = (d: Deal) => {
    const at = d.expectedCloseAt ?? d.dueAt;
    return at === null ? null : startOfLocalWeek(at, tz).getTime();
  };
  const dated = open.filter((d) => rawWeek(d) !== null);
  // A passed expected moment is overdue, in no week; the weeks hold what is still ahead.
  const passed = (d: Deal) => ((d.expectedCloseAt ?? d.dueAt) as Date).getTime() < asOf.getTime();
  const ahead = dated.filter((d) => !passed(d));
  const lastExpected = untilShutdown ? startOfLocalWeek(shutdown as Date, tz).getTime() : dated.length ? Math.max(...dated.map((d) => rawWeek(d) as number)) : null;
  const cap = addCalendarDays(firstWeek, 7 * 51, tz).getTime();
  const lastWeek = Math.min(cap, Math.max(firstWeek.getTime(), lastExpected ?? -Infinity));
  const weekOf = (d: Deal) => rawWeek(d) as number;
  const weeks = [];
  for (let i = 0; ; i++) {
    const start = addCalendarDays(firstWeek, 7 * i, tz).getTime();
    if (start > lastWeek) break;
    weeks.push({
      weekStart: new Date(start).toISOString(),
      ...bucket(ahead.filter((d) => weekOf(d) === start)),
      migrationCapacity: settings.weeklyMigrationCapacity,
    });
  }

  const toPlan = w.migrations.filter((m) => m.status !== 'migrated');
  const plan = planMigrations({
    now: asOf,
    timeZone: tz,
    weeklyCapacity: settings.weeklyMigrationCapacity,
    shutdownExpectedAt: shutdown,
    migrations: toPlan.map((m) => ({ id: m.id, accountName: (accountOf.get(m.accountId) as Account).name, workload: m.workload, deadline: m.targetCutoverAt })),
  });
  const dark = plan.placements.filter((p) => p.willGoDark);

  return {
    campaign: { id: toGlobalId('Campaign', w.campaignId) },
    asOf: asOf.toISOString(),
    period: { from: from.toISOString(), to: to.toISOString() },
    timeZone: tz,
    stages: STAGES.map((stage) => ({ stage, ...bucket(w.deals.filter((d) => d.stage === stage)) })),
    openPipeline: bucket(open),
    conversions,
    stageTimes: OPEN_STAGES.map((stage) => {
      const mine = stays.filter((s) => s.stage === stage);
      return {
        stage,
        stays: mine.length,
        medianHours: hours(percentileCont(mine.map((s) => s.seconds), 0.5)),
        dueBusinessDays: settings.stageDueBusinessDays[stage],
        dueHours: settings.stageDueBusinessDays[stage] * 24,
        medianAllowedHours: hours(percentileCont(mine.filter((s) => s.allowed !== null).map((s) => s.allowed as number), 0.5)),
        staysPastDue: mine.filter((s) => s.pastDue).length,
      };
    }),
    overdue: {
      count: overdue.length,
      monthlyValue: money(sumOf(overdue, (d) => d.monthlyValue)),
      deals: [...overdue]
        .sort((a, b) => (a.dueAt as Date).getTime() - (b.dueAt as Date).getTime() || cmp(a.id, b.id))
        .slice(0, 20)
        .map((d) => {
          const owner = w.users.find((u) => u.id === ownerOf(d));
          return {
            opportunityId: toGlobalId('Opportunity', d.id),
            accountId: toGlobalId('Account', d.accountId),
            accountName: (accountOf.get(d.accountId) as Account).name,
            owner: owner ? { id: toGlobalId('User', owner.id), name: owner.name } : null,
            stage: d.stage,
            dueAt: iso(d.dueAt),
            hoursOverdue: (asOf.getTime() - (d.dueAt as Date).getTime()) / HOUR,
            monthlyValue: money(d.monthlyValue),
          };
        }),
    },
    cycleTime: {
      signedDeals: signed.length,
      measuredDeals: cycles.length,
      medianHours: hours(percentileCont(cycles, 0.5)),
      p90Hours: hours(percentileCont(cycles, 0.9)),
      targetHours: 168,
      withinTarget: within,
      withinTargetShare: cycles.length === 0 ? null : within / cycles.length,
      buckets: Array.from({ length: 15 }, (_, day) => ({
        fromDays: day,
        toDays: day < 14 ? day + 1 : null,
        deals: cycles.filter((s) => Math.min(14, Math.max(0, Math.floor(s / 86_400))) === day).length,
      })),
    },
    reps,
    unassigned: {
      openDeals: unassignedOpen.length,
      openMonthlyValue: money(sumOf(unassignedOpen, (d) => d.monthlyValue)),
      overdueDeals: unassignedOpen.filter((d) => overdue.includes(d)).length,
    },
    capture: {
      total: capture(null),
      won: capture('won'),
      open: capture('open'),
      lost: capture('lost'),
      untouched: capture('untouched'),
      wonShareOfSpend: totalSpend === 0 ? null : capture('won').monthlySpend.amount / totalSpend,
      lostTo,
    },
    forecast: {
      untilShutdown,
      weeklyMigrationCapacity: settings.weeklyMigrationCapacity,
      weeks,
      beyondHorizon: bucket(ahead.filter((d) => weekOf(d) > lastWeek)),
      unscheduled: bucket(open.filter((d) => rawWeek(d) === null)),
      overdue: bucket(dated.filter(passed)),
    },
    shutdown: {
      rival: { id: toGlobalId('Rival', w.rival.id), name: w.rival.name },
      health: w.rival.health,
      shutdownExpectedAt: iso(shutdown),
      daysLeft: shutdown === null ? null : (shutdown.getTime() - asOf.getTime()) / DAY,
    },
    migrationPlan: {
      byStatus: MIGRATION_STATUSES.map((status) => {
        const rows = w.migrations.filter((m) => m.status === status);
        return { status, migrations: rows.length, workload: sumOf(rows, (m) => m.workload) };
      }),
      planned: plan.placements.length,
      weeks: plan.weeks.length,
      overCapacityWeeks: plan.overCapacityWeeks,
      late: plan.placements.filter((p) => p.late).length,
      willGoDark: dark.length,
      willGoDarkAccounts: dark.slice(0, 20).map((p) => p.accountName),
      lastCutoverAt: plan.placements.length ? new Date(Math.max(...plan.placements.map((p) => p.plannedCutoverAt.getTime()))).toISOString() : null,
    },
  };
}

/** Deep equality, floats within a relative 1e-9 (the database and JavaScript may round the last bit differently). */
function assertSame(actual: unknown, expected: unknown, path = 'pipelineDashboard'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isInteger(expected) && Number.isInteger(actual) && actual === expected) return;
    if (Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) return;
    throw new Error(`${path}: got ${actual}, expected ${expected}`);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      throw new Error(`${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
    expected.forEach((e, i) => assertSame(actual[i], e, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') throw new Error(`${path}: got ${JSON.stringify(actual)}, expected an object`);
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) assertSame((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  if (actual !== expected) throw new Error(`${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

const QUERY = `query($campaignId: ID!, $period: DashboardPeriodInput) {
  pipelineDashboard(campaignId: $campaignId, period: $period) {
    campaign { id }
    asOf period { from to } timeZone
    stages { stage deals monthlyValue { amount currency } weightedValue { amount currency } }
    openPipeline { deals monthlyValue { amount currency } weightedValue { amount currency } }
    conversions { fromStage toStage entered converted rate }
    stageTimes { stage stays medianHours dueBusinessDays dueHours medianAllowedHours staysPastDue }
    overdue { count monthlyValue { amount currency }
              deals { opportunityId accountId accountName owner { id name } stage dueAt hoursOverdue monthlyValue { amount currency } } }
    cycleTime { signedDeals measuredDeals medianHours p90Hours targetHours withinTarget withinTargetShare buckets { fromDays toDays deals } }
    reps { user { id name } teamRole openDeals openMonthlyValue { amount currency } overdueDeals wonDeals wonMonthlyValue { amount currency }
           lostDeals activities loggedActivities }
    unassigned { openDeals openMonthlyValue { amount currency } overdueDeals }
    capture { total { accounts monthlySpend { amount currency } } won { accounts monthlySpend { amount currency } }
              open { accounts monthlySpend { amount currency } } lost { accounts monthlySpend { amount currency } }
              untouched { accounts monthlySpend { amount currency } } wonShareOfSpend lostTo { bidder accounts monthlySpend { amount currency } } }
    forecast { untilShutdown weeklyMigrationCapacity
               weeks { weekStart deals monthlyValue { amount currency } weightedValue { amount currency } migrationCapacity }
               beyondHorizon { deals monthlyValue { amount currency } weightedValue { amount currency } }
               unscheduled { deals monthlyValue { amount currency } weightedValue { amount currency } }
               overdue { deals monthlyValue { amount currency } weightedValue { amount currency } } }
    shutdown { rival { id name } health shutdownExpectedAt daysLeft }
    migrationPlan { byStatus { status migrations workload } planned weeks overCapacityWeeks late willGoDark willGoDarkAccounts lastCutoverAt }
  }
}`;

describe('pipelineDashboard: every figure against a brute-force computation (property, embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let token: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    token = await signIn(lifeboat.url, admin.email, admin.password);
  });

  afterAll(() => lifeboat.close());

  it('agrees with the brute force on random pipelines', async () => {
    let run = 0;
    const seen = { deals: 0, overdue: 0, stays: 0, signed: 0, lostTo: 0, forecastWeeks: 0, forecastOverdue: 0, goDark: 0, maxDeals: 0 };
    await fc.assert(
      fc.asyncProperty(pipelineArb, async (gen) => {
        run += 1;
        const world = buildWorld(gen, Date.now(), run);
        await insertWorld(ds, world, run);
        const res = await graphql<{ pipelineDashboard: { asOf: string } }>(lifeboat.url, token, {
          query: QUERY,
          variables: {
            campaignId: toGlobalId('Campaign', world.campaignId),
            period: world.period ? { from: iso(world.period.from ?? null), to: iso(world.period.to ?? null) } : null,
          },
        });
        if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
        const actual = res.data.pipelineDashboard;
        const expected = expectedDashboard(world, new Date(actual.asOf));
        assertSame(actual, expected);
        seen.deals += world.deals.length;
        seen.overdue += expected.overdue.count;
        seen.stays += expected.stageTimes.reduce((n, t) => n + t.stays, 0);
        seen.signed += expected.cycleTime.measuredDeals;
        seen.lostTo += expected.capture.lostTo.length;
        seen.forecastWeeks += expected.forecast.weeks.filter((w) => w.deals > 0).length;
        seen.forecastOverdue += expected.forecast.overdue.deals;
        seen.goDark += expected.migrationPlan.willGoDark;
        seen.maxDeals = Math.max(seen.maxDeals, world.deals.length);
      }),
      // A fixed seed: the same 20 pipelines on every machine (a failure is reproducible); change it to explore others.
      { numRuns: 20, seed: 20020523 },
    );
    // The generator really exercised every figure (not only empty pipelines).
    expect(seen.deals).toBeGreaterThan(300);
    expect(Math.min(seen.overdue, seen.stays, seen.signed, seen.lostTo, seen.forecastWeeks, seen.forecastOverdue, seen.goDark)).toBeGreaterThan(0);
  });
});
