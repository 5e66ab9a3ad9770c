import { assertDate } from './business-calendar';
import { cycleFeasibility } from './cycle-feasibility';
import type { StageDueSettings } from './deadlines';
import { invalidArgument } from './domain-error';
import type { MigrationPlacement } from './migration-plan';
import type { Segment } from './vocabulary';

/**
 * Shutdown scenarios (DESIGN.md §9): a rival's shutdown date is uncertain, so it is held as a set
 * of scenarios ("liquidation ordered → dark in 12 days", "delay granted → dark on 1 July"), each
 * with the date the network goes dark and a probability in whole percent (0–100).
 *
 * - **Credible**: a scenario whose probability is at least `CREDIBLE_SCENARIO_PERCENT` (20 %).
 * - **Governing**: the earliest credible scenario (ties: the more probable, then the smaller id).
 *   The rival's effective shutdown date is its date; deadlines, urgency and the migration plan
 *   follow it. Without a credible scenario nothing governs and the rival's date is left as it is.
 * - A rival's scenarios are alternatives: their probabilities add up to at most 100 %.
 */

/** The least probability, in percent, that makes a scenario credible. */
export const CREDIBLE_SCENARIO_PERCENT = 20;

export interface ShutdownScenarioLike {
  id: string;
  /** When the network goes dark in this scenario. */
  goesDarkAt: Date;
  /** Whole percent, 0 to 100. */
  probabilityPercent: number;
}

export function isCredibleScenario(s: Pick<ShutdownScenarioLike, 'probabilityPercent'>, minPercent = CREDIBLE_SCENARIO_PERCENT): boolean {
  return s.probabilityPercent >= minPercent;
}

/** The scenario that sets the rival's shutdown date: the earliest credible one, or null when none is credible. */
export function governingScenario<S extends ShutdownScenarioLike>(scenarios: readonly S[], minPercent = CREDIBLE_SCENARIO_PERCENT): S | null {
  let best: S | null = null;
  for (const s of scenarios) {
    assertDate(s.goesDarkAt, 'goesDarkAt');
    if (!isCredibleScenario(s, minPercent)) continue;
    if (
      best === null ||
      s.goesDarkAt.getTime() < best.goesDarkAt.getTime() ||
      (s.goesDarkAt.getTime() === best.goesDarkAt.getTime() &&
        (s.probabilityPercent > best.probabilityPercent || (s.probabilityPercent === best.probabilityPercent && s.id < best.id)))
    ) {
      best = s;
    }
  }
  return best;
}

/** The rival's shutdown date given its scenarios: the governing scenario's, else `current` unchanged. */
export function effectiveShutdownAt(scenarios: readonly ShutdownScenarioLike[], current: Date | null, minPercent = CREDIBLE_SCENARIO_PERCENT): Date | null {
  return governingScenario(scenarios, minPercent)?.goesDarkAt ?? current;
}

/**
 * Checks one scenario and the set it belongs to (the set as it would be after the change).
 * Throws `INVALID_ARGUMENT` naming the field: `label` blank, `probabilityPercent` out of 0–100 or
 * not whole, `goesDarkAt` not after `now` (checked only when `checkDate`: a scenario edited
 * without changing its date keeps it), or the set's probabilities summing above 100.
 */
export function assertScenario(
  input: { label: string; goesDarkAt: Date; probabilityPercent: number; checkDate: boolean },
  set: readonly Pick<ShutdownScenarioLike, 'probabilityPercent'>[],
  now: Date,
): void {
  if (!input.label.trim()) throw invalidArgument('label', 'A scenario needs a label, e.g. "Liquidation ordered".');
  if (!Number.isInteger(input.probabilityPercent) || input.probabilityPercent < 0 || input.probabilityPercent > 100) {
    throw invalidArgument('probabilityPercent', `probabilityPercent must be a whole number from 0 to 100; got ${input.probabilityPercent}.`);
  }
  assertDate(input.goesDarkAt, 'goesDarkAt');
  if (input.checkDate && input.goesDarkAt.getTime() <= now.getTime()) {
    throw invalidArgument('goesDarkAt', 'goesDarkAt must be in the future: a shutdown that happened is recorded as a distress event.');
  }
  const total = set.reduce((sum, s) => sum + s.probabilityPercent, 0);
  if (total > 100) {
    throw invalidArgument('probabilityPercent', `The rival's scenarios are alternatives: their probabilities add up to ${total} %, more than 100 %.`);
  }
}

/**
 * Customers of the campaign as the scenarios see them: one line per customer, or (as the api
 * sends them, a campaign holding 100,000 accounts) one per segment and state with their count,
 * and one per won customer whose migration is planned.
 */
export interface ScenarioCustomer {
  segment: Segment;
  /** What they pay the rival each month, together, in minor units. */
  monthlySpend: number;
  /** How many customers the line stands for (1 when absent). */
  accounts?: number;
  /**
   * migrated: cut over, safe in every scenario. won: its migration is in the plan (`migrationId`).
   * open: a deal in progress. prospect: no deal yet. lost: gone elsewhere, not counted.
   */
  state: 'migrated' | 'won' | 'open' | 'prospect' | 'lost';
  migrationId?: string | null;
}

export interface ScenarioImpact<S extends ShutdownScenarioLike = ShutdownScenarioLike> {
  scenario: S;
  credible: boolean;
  governing: boolean;
  /**
   * Customers that cannot be cut over by the scenario's date even if all goes to plan: won ones the
   * migration plan cuts over later, and open deals and prospects whose segment can no longer fit the
   * one-week cycle and its migration lead time before it. Lost and migrated customers never count.
   */
  accountsGoingDark: number;
  monthlySpendGoingDark: number;
  /** Of those, won customers whose planned cutover falls after the date. */
  migrationsTooLate: number;
  /** Deals still open (not won, not lost). */
  openDeals: number;
  /** Of those, open deals and prospects (no deal yet) whose segment cannot fit the one-week cycle and its migration before the date. */
  outOfTime: number;
  /**
   * Against the governing scenario, for a later one: customers that could be cut over by this date
   * but not by the governing one (won ones the plan cuts over in between, open deals and prospects
   * whose cycle fits this date but not the governing one). Null for the governing scenario, earlier
   * ones, or when nothing governs.
   */
  savedByDelay: { accounts: number; monthlySpend: number } | null;
}

/**
 * What goes dark in each scenario and what a delay would save. The migration plan (`placements`,
 * from `planMigrations`) says when each won customer is cut over; `cycleFeasibility` says whether a
 * deal still open (or not started) can be signed and migrated before a date. Scenarios come back
 * in date order.
 */
export function scenarioImpacts<S extends ShutdownScenarioLike>(input: {
  now: Date;
  scenarios: readonly S[];
  customers: readonly ScenarioCustomer[];
  placements: readonly Pick<MigrationPlacement, 'id' | 'plannedCutoverAt'>[];
  settings: StageDueSettings;
  minPercent?: number;
}): ScenarioImpact<S>[] {
  const { now, customers, settings } = input;
  const minPercent = input.minPercent ?? CREDIBLE_SCENARIO_PERCENT;
  const cutover = new Map(input.placements.map((p) => [p.id, p.plannedCutoverAt.getTime()]));
  const governing = governingScenario(input.scenarios, minPercent);
  const segments = [...new Set(customers.map((c) => c.segment))];

  /** For one date: whether a line's customers are cut over by then, or could still be. */
  const reachBy = (at: Date) => {
    const fits = new Map(cycleFeasibility({ now, shutdownExpectedAt: at, settings, segments }).segments.map((s) => [s.segment, s.firstUnmet === null]));
    return (c: ScenarioCustomer): boolean => {
      if (c.state === 'migrated') return true;
      if (c.state === 'won') {
        const t = c.migrationId ? cutover.get(c.migrationId) : undefined;
        return t !== undefined && t <= at.getTime();
      }
      return (c.state === 'open' || c.state === 'prospect') && fits.get(c.segment) === true;
    };
  };

  const byGoverning = governing ? reachBy(governing.goesDarkAt) : null;
  const ordered = [...input.scenarios].sort((a, b) => a.goesDarkAt.getTime() - b.goesDarkAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.map((scenario) => {
    const reaches = reachBy(scenario.goesDarkAt);
    let dark = 0;
    let spend = 0;
    let tooLate = 0;
    let open = 0;
    let outOfTime = 0;
    for (const c of customers) {
      const n = c.accounts ?? 1;
      if (c.state === 'open') open += n;
      if (c.state === 'lost' || c.state === 'migrated' || reaches(c)) continue;
      dark += n;
      spend += c.monthlySpend;
      if (c.state === 'won') tooLate += n;
      else outOfTime += n;
    }
    let savedByDelay: ScenarioImpact<S>['savedByDelay'] = null;
    if (governing && byGoverning && scenario !== governing && scenario.goesDarkAt.getTime() > governing.goesDarkAt.getTime()) {
      savedByDelay = { accounts: 0, monthlySpend: 0 };
      for (const c of customers) {
        if (reaches(c) && !byGoverning(c)) {
          savedByDelay.accounts += c.accounts ?? 1;
          savedByDelay.monthlySpend += c.monthlySpend;
        }
      }
    }
    return {
      scenario,
      credible: isCredibleScenario(scenario, minPercent),
      governing: scenario === governing,
      accountsGoingDark: dark,
      monthlySpendGoingDark: spend,
      migrationsTooLate: tooLate,
      openDeals: open,
      outOfTime,
      savedByDelay,
    };
  });
}
