import { type CampaignSettings, type RaceAccount, type RaceEstimates, type RivalHealth } from '@lifeboat/domain';
import type { RaceBase } from './race-forecast.compute';
import type { ForecastAccountRow, ForecastScenarioRow } from './race-forecast.repository';

/** A scenario of the race as the answer names it: a stored scenario, or the rival's own expected shutdown (id and label null). */
export interface RaceScenarioRef {
  id: string;
  scenarioId: string | null;
  label: string | null;
  goesDarkAt: Date;
  probabilityPercent: number;
}

/**
 * The scenarios the race is read at: the rival's shutdown scenarios still ahead, by date; when none
 * is ahead, the rival's expected shutdown if it is ahead (probability 100); else none (no race).
 */
export function raceScenarios(scenarios: readonly ForecastScenarioRow[], shutdownExpectedAt: Date | null, now: Date): RaceScenarioRef[] {
  const ahead = scenarios
    .filter((s) => s.goesDarkAt.getTime() > now.getTime())
    .map((s) => ({ id: s.id, scenarioId: s.id, label: s.label, goesDarkAt: s.goesDarkAt, probabilityPercent: s.probabilityPercent }));
  if (ahead.length > 0) return ahead;
  if (shutdownExpectedAt && shutdownExpectedAt.getTime() > now.getTime()) {
    return [{ id: 'rival', scenarioId: null, label: null, goesDarkAt: shutdownExpectedAt, probabilityPercent: 100 }];
  }
  return [];
}

/** The race's accounts, in the campaign's order of arrival (created, then id). */
export function raceAccounts(rows: readonly ForecastAccountRow[]): RaceAccount[] {
  return rows.map((a) => ({
    id: a.id,
    segment: a.segment,
    monthlySpend: a.monthlySpend,
    hasBackupProvider: a.hasBackupProvider,
    rivalIsPrincipalOperator: a.rivalIsPrincipalOperator,
    countries: a.countries,
    prepaidUntil: a.prepaidUntil,
    workload: a.workload,
    stage: a.stage,
    stageEnteredAt: a.stageEnteredAt,
    createdAt: a.createdAt,
    lastContactAt: a.lastContactAt,
  }));
}

/** Everything `simulateRace` needs but the runs and the policies. */
export function raceBase(input: {
  now: Date;
  rivalHealth: RivalHealth;
  shutdownExpectedAt: Date | null;
  scenarios: readonly RaceScenarioRef[];
  accounts: readonly ForecastAccountRow[];
  reps: number;
  dailyActionsPerRep: number;
  settings: CampaignSettings;
  estimates: RaceEstimates;
  seed: number;
}): RaceBase {
  const s = input.settings;
  return {
    now: input.now,
    rival: { health: input.rivalHealth, shutdownExpectedAt: input.shutdownExpectedAt },
    scenarios: input.scenarios.map((x) => ({ id: x.id, goesDarkAt: x.goesDarkAt, probabilityPercent: x.probabilityPercent })),
    accounts: raceAccounts(input.accounts),
    reps: { count: input.reps, dailyActions: input.dailyActionsPerRep },
    settings: {
      timeZone: s.timeZone,
      stageDueBusinessDays: s.stageDueBusinessDays,
      migrationLeadDays: s.migrationLeadDays,
      urgencyWeights: s.urgencyWeights,
      weeklyMigrationCapacity: s.weeklyMigrationCapacity,
    },
    estimates: input.estimates,
    seed: input.seed,
  };
}

