import { computeUrgency, stageDueAt, type CampaignSettings, type RivalHealth, type Segment, type Stage } from '@lifeboat/domain';
import { wordInEnglish, type MoneyWords, type WordedUrgencyFactor } from './urgency-english';

/** What of an account its urgency looks at. */
export interface UrgencySubject {
  name: string;
  monthlySpend: number;
  countries: string[];
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator: boolean;
  lastContactAt: Date | null;
  createdAt: Date;
}

/** What of the rival the rules look at. */
export interface UrgencyRival {
  name: string;
  health: RivalHealth;
  shutdownExpectedAt: Date | null;
}

/** An account's urgency as stored: the score and its factors (codes and parameters, with the deprecated English words). */
export interface StoredUrgency {
  score: number;
  factors: WordedUrgencyFactor[];
}

/**
 * The one place where an account, its rival and its campaign's rules become the domain's inputs
 * (`computeUrgency`, `stageDueAt`): the urgency service and the demo scenario both compute through it.
 */
export function accountUrgency(input: {
  account: UrgencySubject;
  rival: UrgencyRival;
  settings: CampaignSettings;
  currency: string;
  /** The stage of the account's open deal, or null. */
  stage: Stage | null;
  now: Date;
  migrated?: boolean;
  /** How the deprecated English words format money (a cached formatter for bulk callers). */
  money?: MoneyWords;
  /** The rival's recent outages that touched a service the account buys (the rival_outages factor). */
  outages?: ReadonlyArray<{ startedAt: Date; endedAt: Date | null }>;
  /** The date the account's collective announced for its members' cancellations (the collective_cancellation factor). */
  collectiveCancellationAt?: Date | null;
}): StoredUrgency {
  const { account, rival, settings } = input;
  const result = computeUrgency({
    now: input.now,
    timeZone: settings.timeZone,
    rival: { health: rival.health, shutdownExpectedAt: rival.shutdownExpectedAt },
    account: {
      monthlySpend: account.monthlySpend,
      countries: account.countries,
      hasBackupProvider: account.hasBackupProvider,
      rivalIsPrincipalOperator: account.rivalIsPrincipalOperator,
      ...(input.migrated === undefined ? {} : { migrated: input.migrated }),
    },
    stage: input.stage,
    lastContactAt: account.lastContactAt,
    createdAt: account.createdAt,
    weights: settings.urgencyWeights,
    currency: input.currency,
    ...(input.outages === undefined ? {} : { outages: input.outages }),
    ...(input.collectiveCancellationAt === undefined ? {} : { collectiveCancellationAt: input.collectiveCancellationAt }),
  });
  return { score: result.score, factors: wordInEnglish(result.factors, { rival: rival.name, account: account.name }, input.money) };
}

/** A deal's due time in `stage` (null once closed), capped by the campaign's signing deadline. */
export function dealDueAt(input: { stage: Stage; stageEnteredAt: Date; segment: Segment; rival: Pick<UrgencyRival, 'shutdownExpectedAt'>; settings: CampaignSettings }): Date | null {
  return stageDueAt({ stage: input.stage, stageEnteredAt: input.stageEnteredAt, segment: input.segment, shutdownExpectedAt: input.rival.shutdownExpectedAt, settings: input.settings });
}
