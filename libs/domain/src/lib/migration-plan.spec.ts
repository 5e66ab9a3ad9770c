import * as fc from 'fast-check';
import { DAY_MS, localWeekday, toLocalMs } from './business-calendar';
import { planMigrations, type MigrationPlanInput } from './migration-plan';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);

describe('KPNQwest, Monday 10 June 2002: five won customers to migrate before Saturday 22 June, 40 units a week', () => {
  const plan = planMigrations({
    now: at('2002-06-10T09:00:00+02:00'),
    timeZone: PARIS,
    weeklyCapacity: 40,
    shutdownExpectedAt: at('2002-06-22T09:00:00+02:00'),
    migrations: [
      { id: 'hp', accountName: 'Hewlett-Packard', workload: 30, deadline: at('2002-06-14T17:00:00+02:00') },
      { id: 'euronext', accountName: 'Euronext', workload: 25, deadline: at('2002-06-12T12:00:00+02:00') },
      { id: 'opodo', accountName: 'Opodo', workload: 10, deadline: at('2002-06-19T17:00:00+02:00') },
      { id: 'aol', accountName: 'AOL Europe', workload: 50, deadline: at('2002-06-21T12:00:00+02:00') },
      { id: 'lycos', accountName: 'Lycos Europe', workload: 10, deadline: at('2002-06-21T18:00:00+02:00') },
    ],
  });

  it('fills weeks earliest deadline first, first fit: Euronext + Opodo, then HP + Lycos, then AOL alone', () => {
    expect(plan.weeks).toEqual([
      { weekStart: at('2002-06-10T00:00:00+02:00'), load: 35, capacity: 40, overCapacity: false, migrationIds: ['euronext', 'opodo'] },
      { weekStart: at('2002-06-17T00:00:00+02:00'), load: 40, capacity: 40, overCapacity: false, migrationIds: ['hp', 'lycos'] },
      { weekStart: at('2002-06-24T00:00:00+02:00'), load: 50, capacity: 40, overCapacity: true, migrationIds: ['aol'] },
    ]);
    expect(plan.overCapacityWeeks).toBe(1);
  });

  it('plans each cutover on the Friday at 17:00, or at the deadline when it comes earlier that week', () => {
    expect(plan.placements.map((p) => [p.id, p.plannedCutoverAt.toISOString(), p.late, p.willGoDark])).toEqual([
      ['euronext', at('2002-06-12T12:00:00+02:00').toISOString(), false, false],
      ['hp', at('2002-06-21T17:00:00+02:00').toISOString(), true, false],
      ['opodo', at('2002-06-14T17:00:00+02:00').toISOString(), false, false],
      ['aol', at('2002-06-28T17:00:00+02:00').toISOString(), true, true],
      ['lycos', at('2002-06-21T17:00:00+02:00').toISOString(), false, false],
    ]);
    expect(plan.placements[0]).toMatchObject({ accountName: 'Euronext', weekStart: at('2002-06-10T00:00:00+02:00') });
  });

  it('reports AOL Europe as going dark: its cutover falls after the shutdown', () => {
    expect(plan.willGoDark).toEqual(['aol']);
  });
});

describe('planning on a Saturday starts with the next week; a deadline already passed is late', () => {
  it('puts the migration in the week of Monday 17 June, cutover Friday 21 June 17:00', () => {
    const plan = planMigrations({
      now: at('2002-06-15T10:00:00+02:00'),
      timeZone: PARIS,
      weeklyCapacity: 40,
      shutdownExpectedAt: null,
      migrations: [{ id: 'opodo', accountName: 'Opodo', workload: 5, deadline: at('2002-06-14T17:00:00+02:00') }],
    });
    expect(plan.weeks.map((w) => w.weekStart)).toEqual([at('2002-06-17T00:00:00+02:00')]);
    expect(plan.placements[0]).toMatchObject({ plannedCutoverAt: at('2002-06-21T17:00:00+02:00'), late: true, willGoDark: false });
    expect(plan.willGoDark).toEqual([]);
  });

  it('a deadline earlier this week but before now is not used as the cutover', () => {
    const plan = planMigrations({
      now: at('2002-06-12T10:00:00+02:00'),
      timeZone: PARIS,
      weeklyCapacity: 40,
      shutdownExpectedAt: null,
      migrations: [{ id: 'hp', accountName: 'HP', workload: 5, deadline: at('2002-06-11T10:00:00+02:00') }],
    });
    expect(plan.placements[0]).toMatchObject({ plannedCutoverAt: at('2002-06-14T17:00:00+02:00'), late: true });
  });
});

describe('ties and edge cases', () => {
  const base: MigrationPlanInput = {
    now: at('2005-04-11T09:00:00+02:00'),
    timeZone: PARIS,
    weeklyCapacity: 10,
    shutdownExpectedAt: null,
    migrations: [],
  };

  it('no migrations, an empty plan', () => {
    expect(planMigrations(base)).toEqual({ weeks: [], placements: [], overCapacityWeeks: 0, willGoDark: [] });
  });

  it('equal deadlines are taken in id order, whatever the input order', () => {
    const deadline = at('2005-04-29T12:00:00+02:00');
    const plan = planMigrations({
      ...base,
      migrations: ['c', 'a', 'b'].map((id) => ({ id, accountName: id.toUpperCase(), workload: 6, deadline })),
    });
    expect(plan.weeks.map((w) => w.migrationIds)).toEqual([['a'], ['b'], ['c']]);
  });

  it('refuses a duplicate id, a negative workload and a capacity of 0', () => {
    const deadline = at('2005-04-29T12:00:00+02:00');
    const one = { id: 'x', accountName: 'X', workload: 1, deadline };
    expect(() => planMigrations({ ...base, migrations: [one, one] })).toThrow(expect.objectContaining({ field: 'migrations[1].id' }));
    expect(() => planMigrations({ ...base, migrations: [{ ...one, workload: -1 }] })).toThrow(
      expect.objectContaining({ field: 'migrations[0].workload' }),
    );
    expect(() => planMigrations({ ...base, weeklyCapacity: 0 })).toThrow(expect.objectContaining({ field: 'weeklyCapacity' }));
    expect(() => planMigrations({ ...base, migrations: [{ ...one, deadline: new Date(Number.NaN) }] })).toThrow(
      expect.objectContaining({ field: 'migrations[0].deadline' }),
    );
  });
});

describe('properties of the migration plan', () => {
  const migrationsArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      accountName: fc.constant('Customer'),
      workload: fc.integer({ min: 0, max: 60 }),
      deadlineHours: fc.integer({ min: -24 * 7, max: 24 * 60 }),
    }),
    { selector: (m) => m.id, maxLength: 25 },
  );
  const nows = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true });

  it('places every migration exactly once and never exceeds a week’s capacity unless it reports the overflow', () => {
    fc.assert(
      fc.property(nows, fc.integer({ min: 1, max: 50 }), migrationsArb, fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: null }), (now, capacity, raw, shutdownHours) => {
        const migrations = raw.map((m) => ({ ...m, deadline: new Date(now.getTime() + m.deadlineHours * 3_600_000) }));
        const plan = planMigrations({
          now,
          timeZone: PARIS,
          weeklyCapacity: capacity,
          shutdownExpectedAt: shutdownHours === null ? null : new Date(now.getTime() + shutdownHours * 3_600_000),
          migrations,
        });
        const ids = migrations.map((m) => m.id).sort();
        expect(plan.placements.map((p) => p.id).sort()).toEqual(ids);
        expect(plan.weeks.flatMap((w) => w.migrationIds).sort()).toEqual(ids);

        const workload = new Map(migrations.map((m) => [m.id, m.workload]));
        plan.weeks.forEach((week, index) => {
          expect(week.load).toBe(week.migrationIds.reduce((sum, id) => sum + (workload.get(id) ?? 0), 0));
          expect(week.overCapacity).toBe(week.load > capacity);
          // Only a single migration too big for any week may overflow one.
          if (week.overCapacity) expect(week.migrationIds).toHaveLength(1);
          expect(localWeekday(week.weekStart, PARIS)).toBe(1);
          expect(toLocalMs(week.weekStart, PARIS) % DAY_MS).toBe(0);
          if (index > 0) expect(toLocalMs(week.weekStart, PARIS) - toLocalMs(plan.weeks[index - 1].weekStart, PARIS)).toBe(7 * DAY_MS);
        });
        expect(plan.overCapacityWeeks).toBe(plan.weeks.filter((w) => w.overCapacity).length);

        for (const placement of plan.placements) {
          expect(placement.plannedCutoverAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(placement.plannedCutoverAt.getTime()).toBeGreaterThanOrEqual(placement.weekStart.getTime());
          expect(placement.plannedCutoverAt.getTime()).toBeLessThan(placement.weekStart.getTime() + 7 * DAY_MS);
        }
        expect(plan.willGoDark).toEqual(plan.placements.filter((p) => p.willGoDark).map((p) => p.id));
        // Earliest deadline first.
        const deadline = new Map(migrations.map((m) => [m.id, m.deadline.getTime()]));
        const order = plan.placements.map((p) => deadline.get(p.id) ?? 0);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });
});
