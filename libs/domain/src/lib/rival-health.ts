import { addCalendarDays, assertDate } from './business-calendar';
import { DomainRuleError, invalidArgument } from './domain-error';
import { isDistressKind, RIVAL_HEALTHS, type DistressKind, type RivalHealth } from './vocabulary';

/**
 * What a distress event does to a rival (DESIGN.md §3 DistressEvent).
 *
 * Health only worsens, along operating < distressed < insolvent < liquidating < shut_down:
 * an event raises it to at least the floor below, never lowers it. No kind improves health
 * (a rescue is not an event; an admin edits the rival instead).
 *
 * | kind                  | health at least                | shutdown date                                   |
 * |-----------------------|--------------------------------|-------------------------------------------------|
 * | payment_default       | insolvent                      | only earlier, to `shutdownAt` if given          |
 * | court_hearing         | insolvent                      | only earlier, to `shutdownAt` if given          |
 * | liquidation_ordered   | liquidating                    | only earlier, to `shutdownAt`, or to (14 × 24 h)|
 * |                       |                                | occurredAt + 14 days when none is given         |
 * | shutdown_warning      | liquidating; shut_down when    | set to `shutdownAt` (required): the new         |
 * |                       | `shutdownAt` ≤ occurredAt      | official date, earlier or later                 |
 * | strike                | distressed if severity ≥ 4     | only earlier, to `shutdownAt` if given          |
 * | outage                | distressed if severity ≥ 4     | only earlier, to `shutdownAt` if given          |
 * | customer_collective   | distressed                     | only earlier, to `shutdownAt` if given          |
 * | press_report          | distressed                     | only earlier, to `shutdownAt` if given          |
 * | acquisition_announced | unchanged (a buyer may keep    | only earlier, to `shutdownAt` if given (a buyer |
 * |                       | the network running)           | announcing it will switch the network off)      |
 *
 * Once a rival is shut_down, its shutdown date is history and no event changes it.
 * `changes` lists what changed, in words, health first; empty when nothing did.
 */

/** Days after a liquidation order the network is assumed to go dark, when no date is given. */
export const LIQUIDATION_DEFAULT_SHUTDOWN_DAYS = 14;

/** Strikes and outages at or above this severity mark a rival as distressed. */
export const DISRUPTION_DISTRESS_SEVERITY = 4;

export interface RivalState {
  health: RivalHealth;
  shutdownExpectedAt: Date | null;
}

export interface DistressEventInput {
  kind: DistressKind;
  occurredAt: Date;
  /** 1 (minor) to 5 (critical). */
  severity: number;
  /** A shutdown date the event states; required for shutdown_warning. */
  shutdownAt?: Date | null;
}

export interface RivalHealthUpdate extends RivalState {
  changes: string[];
}

const rank = (health: RivalHealth) => RIVAL_HEALTHS.indexOf(health);

/** The worse of two health values. */
export function worseHealth(a: RivalHealth, b: RivalHealth): RivalHealth {
  return rank(a) >= rank(b) ? a : b;
}

function healthFloor(event: DistressEventInput): RivalHealth {
  switch (event.kind) {
    case 'payment_default':
    case 'court_hearing':
      return 'insolvent';
    case 'liquidation_ordered':
      return 'liquidating';
    case 'shutdown_warning':
      return event.shutdownAt && event.shutdownAt.getTime() <= event.occurredAt.getTime() ? 'shut_down' : 'liquidating';
    case 'strike':
    case 'outage':
      return event.severity >= DISRUPTION_DISTRESS_SEVERITY ? 'distressed' : 'operating';
    case 'customer_collective':
    case 'press_report':
      return 'distressed';
    case 'acquisition_announced':
      return 'operating';
  }
}

const label = (kind: DistressKind) => kind.replace(/_/g, ' ');
const show = (date: Date | null) => (date === null ? 'none' : date.toISOString());

export function applyDistressEvent(rival: RivalState, event: DistressEventInput): RivalHealthUpdate {
  if (!isDistressKind(event.kind)) {
    throw invalidArgument('kind', `"${String(event.kind)}" is not a kind of distress event.`);
  }
  assertDate(event.occurredAt, 'occurredAt');
  if (!Number.isInteger(event.severity) || event.severity < 1 || event.severity > 5) {
    throw invalidArgument('severity', `severity must be a whole number from 1 to 5; got ${event.severity}.`);
  }
  const shutdownAt = event.shutdownAt ?? null;
  if (shutdownAt !== null) assertDate(shutdownAt, 'shutdownAt');
  if (event.kind === 'shutdown_warning' && shutdownAt === null) {
    throw new DomainRuleError('INVALID_ARGUMENT', 'A shutdown warning must say when the network goes dark.', 'shutdownAt');
  }

  const changes: string[] = [];
  const health = worseHealth(rival.health, healthFloor(event));
  if (health !== rival.health) changes.push(`Health: ${rival.health} → ${health} (${label(event.kind)})`);

  let shutdownExpectedAt = rival.shutdownExpectedAt;
  if (rival.health !== 'shut_down') {
    let candidate = shutdownAt;
    if (event.kind === 'liquidation_ordered' && candidate === null) {
      candidate = addCalendarDays(event.occurredAt, LIQUIDATION_DEFAULT_SHUTDOWN_DAYS, 'UTC');
    }
    if (candidate !== null) {
      const official = event.kind === 'shutdown_warning';
      if (official || shutdownExpectedAt === null || candidate.getTime() < shutdownExpectedAt.getTime()) {
        if (shutdownExpectedAt === null || candidate.getTime() !== shutdownExpectedAt.getTime()) {
          changes.push(`Shutdown expected: ${show(shutdownExpectedAt)} → ${show(candidate)} (${label(event.kind)})`);
        }
        shutdownExpectedAt = candidate;
      }
    }
  }
  return { health, shutdownExpectedAt, changes };
}
