import { DEFAULT_OUTAGE_IMPACT_WEIGHTS, OUTAGE_IMPACTS, type OutageImpactWeights } from './availability';
import { assertTimeZone } from './business-calendar';
import { invalidArgument } from './domain-error';
import { DEFAULT_URGENCY_WEIGHTS, URGENCY_WEIGHT_KEYS, type UrgencyWeights } from './urgency';
import { OPEN_STAGES, SEGMENTS, type OpenStage, type Segment } from './vocabulary';

/** A campaign's rules (DESIGN.md §3 Campaign, §4). Stored as a partial JSON over the defaults. */
export interface CampaignSettings {
  /** IANA zone for business days and local times. */
  timeZone: string;
  /** Business days a deal may spend in each open stage before it is overdue. */
  stageDueBusinessDays: Record<OpenStage, number>;
  /** Calendar days before the rival's shutdown a contract must be signed so the migration fits. */
  migrationLeadDays: Record<Segment, number>;
  /** Largest discount (percent) a rep may give at once, and with a manager's approval. */
  discountLimits: { repPercent: number; managerPercent: number };
  /** Credit for prepaid rival months: `ratePercent` of the rival spend, at most `capMonths` of the proposal. */
  switchCredit: { ratePercent: number; capMonths: number };
  /** Calendar days a sent proposal stays valid. */
  proposalValidityDays: number;
  /** Workload units the migration team can cut over in one week. */
  weeklyMigrationCapacity: number;
  urgencyWeights: UrgencyWeights;
  /**
   * The share of a minute of downtime each outage impact counts for in the rival's availability
   * (0 to 1, two decimals): defaults major 1, partial 0.5, degraded 0 (`monthlyAvailability`).
   */
  outageImpactWeights: OutageImpactWeights;
}

/** What a campaign may store: any subset of the settings, nested objects included. */
export type CampaignSettingsOverrides = {
  [K in keyof CampaignSettings]?: CampaignSettings[K] extends string | number
    ? CampaignSettings[K]
    : Partial<CampaignSettings[K]>;
};

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') deepFreeze(inner);
  }
  return Object.freeze(value);
}

export const DEFAULT_CAMPAIGN_SETTINGS: CampaignSettings = deepFreeze({
  timeZone: 'Europe/Paris',
  stageDueBusinessDays: { identified: 2, contacted: 5, proposal_sent: 5, negotiating: 5 },
  // A VPN or wholesale ISP needs circuits ordered and many sites cut over; a small web site moves in days.
  migrationLeadDays: { enterprise_vpn: 10, isp_wholesale: 10, colocation: 7, hosting: 5, smb_web: 3 },
  discountLimits: { repPercent: 10, managerPercent: 25 },
  switchCredit: { ratePercent: 50, capMonths: 3 },
  proposalValidityDays: 7,
  weeklyMigrationCapacity: 40,
  urgencyWeights: { ...DEFAULT_URGENCY_WEIGHTS },
  outageImpactWeights: { ...DEFAULT_OUTAGE_IMPACT_WEIGHTS },
});

/** The bounds of one numeric setting. Percentages take at most two decimals; everything else is whole. */
export interface SettingNumberRule {
  readonly integer: boolean;
  readonly min: number;
  readonly max: number;
}

/**
 * The bounds of every numeric setting, by group: the one place they are written. The api checks its
 * inputs against them and the admin page shows them (min, max, step) before anything is sent.
 */
export const CAMPAIGN_SETTING_RULES = deepFreeze({
  /** Business days per open stage: at least one, at most about three months. */
  stageDueBusinessDays: { integer: true, min: 1, max: 60 },
  /** Calendar days of migration lead time per segment: up to a year. */
  migrationLeadDays: { integer: true, min: 0, max: 365 },
  /** Discount limits, in percent with at most two decimals. */
  discountPercent: { integer: false, min: 0, max: 100 },
  /** Switch credit: percent of the rival spend per prepaid month, two decimals at most. */
  switchCreditRatePercent: { integer: false, min: 0, max: 100 },
  /** Switch credit cap, in months of the proposal's monthly value. */
  switchCreditCapMonths: { integer: true, min: 0, max: 24 },
  proposalValidityDays: { integer: true, min: 1, max: 90 },
  /** Workload units cut over per week. */
  weeklyMigrationCapacity: { integer: true, min: 1, max: 100_000 },
  /** Points of each urgency factor. */
  urgencyWeight: { integer: true, min: 0, max: 100 },
  /** Share of a downtime minute per outage impact, two decimals. */
  outageImpactWeight: { integer: false, min: 0, max: 1 },
} satisfies Record<string, SettingNumberRule>);

/** Whether `value` obeys `rule` (a finite number, in bounds, whole or with at most two decimals). */
export function obeysSettingRule(value: unknown, rule: SettingNumberRule): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (rule.integer ? Number.isInteger(value) : Number(value.toFixed(2)) === value) &&
    value >= rule.min &&
    value <= rule.max
  );
}

/** What `rule` asks for, in words: "a whole number between 1 and 60". */
export function describeSettingRule(rule: SettingNumberRule): string {
  return `${rule.integer ? 'a whole number' : 'a number with at most 2 decimals'} between ${rule.min} and ${rule.max}`;
}

type NumberRule = SettingNumberRule;

function readNumber(source: Record<string, unknown>, key: string, fallback: number, field: string, rule: NumberRule): number {
  const value = source[key];
  if (value === undefined || value === null) return fallback;
  if (!obeysSettingRule(value, rule)) {
    throw invalidArgument(field, `${field} must be ${describeSettingRule(rule)}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function readObject(source: Record<string, unknown>, key: string, field: string): Record<string, unknown> {
  const value = source[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidArgument(field, `${field} must be an object.`);
  return value as Record<string, unknown>;
}

function readRecord<K extends string>(
  source: Record<string, unknown>,
  key: string,
  keys: readonly K[],
  defaults: Record<K, number>,
  rule: NumberRule,
): Record<K, number> {
  const inner = readObject(source, key, key);
  const result = {} as Record<K, number>;
  for (const k of keys) result[k] = readNumber(inner, k, defaults[k], `${key}.${k}`, rule);
  return result;
}

/**
 * The effective settings: `overrides` (a campaign's stored JSON, possibly partial or null)
 * merged over the defaults, key by key, nested objects included. Every value is checked;
 * a bad one throws `DomainRuleError('INVALID_ARGUMENT')` naming its path (e.g.
 * `discountLimits.repPercent`). Unknown keys are ignored. Returns a fresh object.
 */
export function resolveCampaignSettings(overrides?: CampaignSettingsOverrides | null): CampaignSettings {
  if (overrides !== undefined && overrides !== null && (typeof overrides !== 'object' || Array.isArray(overrides))) {
    throw invalidArgument('settings', 'Campaign settings must be an object.');
  }
  const source = (overrides ?? {}) as Record<string, unknown>;
  const defaults = DEFAULT_CAMPAIGN_SETTINGS;

  const rawZone = source['timeZone'];
  const timeZone = rawZone === undefined || rawZone === null ? defaults.timeZone : (rawZone as string);
  assertTimeZone(timeZone);

  const discounts = readObject(source, 'discountLimits', 'discountLimits');
  const rules = CAMPAIGN_SETTING_RULES;
  const repPercent = readNumber(discounts, 'repPercent', defaults.discountLimits.repPercent, 'discountLimits.repPercent', rules.discountPercent);
  const managerPercent = readNumber(discounts, 'managerPercent', defaults.discountLimits.managerPercent, 'discountLimits.managerPercent', rules.discountPercent);
  if (managerPercent < repPercent) {
    throw invalidArgument('discountLimits.managerPercent', `The manager's discount limit (${managerPercent} %) cannot be below the rep's (${repPercent} %).`);
  }

  const credit = readObject(source, 'switchCredit', 'switchCredit');

  return {
    timeZone,
    stageDueBusinessDays: readRecord(source, 'stageDueBusinessDays', OPEN_STAGES, defaults.stageDueBusinessDays, rules.stageDueBusinessDays),
    migrationLeadDays: readRecord(source, 'migrationLeadDays', SEGMENTS, defaults.migrationLeadDays, rules.migrationLeadDays),
    discountLimits: { repPercent, managerPercent },
    switchCredit: {
      ratePercent: readNumber(credit, 'ratePercent', defaults.switchCredit.ratePercent, 'switchCredit.ratePercent', rules.switchCreditRatePercent),
      capMonths: readNumber(credit, 'capMonths', defaults.switchCredit.capMonths, 'switchCredit.capMonths', rules.switchCreditCapMonths),
    },
    proposalValidityDays: readNumber(source, 'proposalValidityDays', defaults.proposalValidityDays, 'proposalValidityDays', rules.proposalValidityDays),
    weeklyMigrationCapacity: readNumber(
      source,
      'weeklyMigrationCapacity',
      defaults.weeklyMigrationCapacity,
      'weeklyMigrationCapacity',
      rules.weeklyMigrationCapacity,
    ),
    urgencyWeights: readRecord(source, 'urgencyWeights', URGENCY_WEIGHT_KEYS, defaults.urgencyWeights, rules.urgencyWeight),
    outageImpactWeights: readRecord(source, 'outageImpactWeights', OUTAGE_IMPACTS, defaults.outageImpactWeights, rules.outageImpactWeight),
  };
}
