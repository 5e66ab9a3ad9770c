import { assertDate, assertTimeZone, DAY_MS, fromLocalMs, startOfLocalWeek, toLocalMs } from './business-calendar';
import { invalidArgument } from './domain-error';

/**
 * The migration plan (DESIGN.md §4): won customers' migrations laid into weeks.
 *
 * Placement rule:
 * 1. Migrations are taken earliest deadline first; equal deadlines by id (string order).
 * 2. Weeks run Monday 00:00 → Sunday local (campaign zone). The first week is the current
 *    one, unless its cutover slot (Friday 17:00 local) has passed, then the next one. Every
 *    week, the current one included, has the full weekly capacity.
 * 3. Each migration goes into the earliest week whose load plus its workload fits the
 *    capacity (first fit: a small later migration may fill a gap in an earlier week, it never
 *    displaces an earlier deadline, which was placed before it). A migration larger than the
 *    capacity on its own gets a new week to itself, and that week reports `overCapacity`.
 * 4. The planned cutover is the week's Friday 17:00 local, or the migration's deadline when
 *    that falls earlier in the same week (and not before now).
 * 5. `late`: the cutover is after the migration's own deadline. `willGoDark`: the cutover is
 *    after the rival's expected shutdown.
 *
 * Every migration is placed exactly once. Weeks are listed in order, contiguous from the first
 * week to the last used one; placements and `willGoDark` follow the placement order (rule 1).
 */

/** Local hour of the planned cutover on the Friday of a week. */
export const CUTOVER_LOCAL_HOUR = 17;

export interface MigrationToPlan {
  id: string;
  accountName: string;
  /** Workload units (same unit as the weekly capacity). */
  workload: number;
  /** Target cutover, or the latest acceptable one. */
  deadline: Date;
}

export interface MigrationPlanWeek {
  /** Monday 00:00 local. */
  weekStart: Date;
  load: number;
  capacity: number;
  overCapacity: boolean;
  migrationIds: string[];
}

export interface MigrationPlacement {
  id: string;
  accountName: string;
  weekStart: Date;
  plannedCutoverAt: Date;
  willGoDark: boolean;
  late: boolean;
}

export interface MigrationPlan {
  weeks: MigrationPlanWeek[];
  placements: MigrationPlacement[];
  overCapacityWeeks: number;
  /** Ids of the migrations whose cutover would come after the rival's shutdown. */
  willGoDark: string[];
}

export interface MigrationPlanInput {
  now: Date;
  timeZone: string;
  weeklyCapacity: number;
  shutdownExpectedAt: Date | null;
  migrations: MigrationToPlan[];
}

function validate(input: MigrationPlanInput): void {
  assertDate(input.now, 'now');
  assertTimeZone(input.timeZone);
  if (!Number.isFinite(input.weeklyCapacity) || input.weeklyCapacity <= 0) {
    throw invalidArgument('weeklyCapacity', `weeklyCapacity must be more than 0 workload units; got ${input.weeklyCapacity}.`);
  }
  if (input.shutdownExpectedAt !== null) assertDate(input.shutdownExpectedAt, 'shutdownExpectedAt');
  const seen = new Set<string>();
  input.migrations.forEach((migration, index) => {
    const field = `migrations[${index}]`;
    if (typeof migration.id !== 'string' || migration.id === '' || seen.has(migration.id)) {
      throw invalidArgument(`${field}.id`, `${field}.id must be a non-empty id, unique in the plan; got "${String(migration.id)}".`);
    }
    seen.add(migration.id);
    if (!Number.isFinite(migration.workload) || migration.workload < 0) {
      throw invalidArgument(`${field}.workload`, `${field}.workload must be 0 or more workload units; got ${migration.workload}.`);
    }
    assertDate(migration.deadline, `${field}.deadline`);
  });
}

export function planMigrations(input: MigrationPlanInput): MigrationPlan {
  validate(input);
  const { now, timeZone, weeklyCapacity: capacity, shutdownExpectedAt } = input;

  const currentMonday = toLocalMs(startOfLocalWeek(now, timeZone), timeZone);
  const fridaySlot = (mondayLocal: number) => fromLocalMs(mondayLocal + 4 * DAY_MS + CUTOVER_LOCAL_HOUR * 3_600_000, timeZone);
  const firstMonday = now.getTime() < fridaySlot(currentMonday).getTime() ? currentMonday : currentMonday + 7 * DAY_MS;
  const mondayOf = (week: number) => firstMonday + week * 7 * DAY_MS;

  const ordered = [...input.migrations].sort(
    (a, b) => a.deadline.getTime() - b.deadline.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const loads: number[] = [];
  const members: string[][] = [];
  const placements: MigrationPlacement[] = [];

  for (const migration of ordered) {
    let week = migration.workload > capacity ? -1 : loads.findIndex((load) => load + migration.workload <= capacity);
    if (week === -1) {
      week = loads.length;
      loads.push(0);
      members.push([]);
    }
    loads[week] += migration.workload;
    members[week].push(migration.id);

    const weekStart = fromLocalMs(mondayOf(week), timeZone);
    const friday = fridaySlot(mondayOf(week));
    const earliest = Math.max(weekStart.getTime(), now.getTime());
    const deadline = migration.deadline.getTime();
    const plannedCutoverAt = deadline >= earliest && deadline < friday.getTime() ? new Date(deadline) : friday;
    placements.push({
      id: migration.id,
      accountName: migration.accountName,
      weekStart,
      plannedCutoverAt,
      willGoDark: shutdownExpectedAt !== null && plannedCutoverAt.getTime() > shutdownExpectedAt.getTime(),
      late: plannedCutoverAt.getTime() > deadline,
    });
  }

  const weeks = loads.map((load, week) => ({
    weekStart: fromLocalMs(mondayOf(week), timeZone),
    load,
    capacity,
    overCapacity: load > capacity,
    migrationIds: members[week],
  }));
  return {
    weeks,
    placements,
    overCapacityWeeks: weeks.filter((w) => w.overCapacity).length,
    willGoDark: placements.filter((p) => p.willGoDark).map((p) => p.id),
  };
}
