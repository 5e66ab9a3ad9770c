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
});

type NumberRule = { integer?: boolean; min: number; max?: number };

function readNumber(source: Record<string, unknown>, key: string, fallback: number, field: string, rule: NumberRule): number {
  const value = source[key];
  if (value === undefined || value === null) return fallback;
  const valid =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    value >= rule.min &&
    (rule.max === undefined || value <= rule.max);
  if (!valid) {
    const range = rule.max === undefined ? `at least ${rule.min}` : `between ${rule.min} and ${rule.max}`;
    throw invalidArgument(field, `${field} must be ${rule.integer ? 'a whole number' : 'a number'} ${range}; got ${JSON.stringify(value)}.`);
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
  const repPercent = readNumber(discounts, 'repPercent', defaults.discountLimits.repPercent, 'discountLimits.repPercent', { min: 0, max: 100 });
  const managerPercent = readNumber(discounts, 'managerPercent', defaults.discountLimits.managerPercent, 'discountLimits.managerPercent', { min: 0, max: 100 });
  if (managerPercent < repPercent) {
    throw invalidArgument('discountLimits.managerPercent', `The manager's discount limit (${managerPercent} %) cannot be below the rep's (${repPercent} %).`);
  }

  const credit = readObject(source, 'switchCredit', 'switchCredit');

  return {
    timeZone,
    stageDueBusinessDays: readRecord(source, 'stageDueBusinessDays', OPEN_STAGES, defaults.stageDueBusinessDays, { integer: true, min: 0 }),
    migrationLeadDays: readRecord(source, 'migrationLeadDays', SEGMENTS, defaults.migrationLeadDays, { integer: true, min: 0 }),
    discountLimits: { repPercent, managerPercent },
    switchCredit: {
      ratePercent: readNumber(credit, 'ratePercent', defaults.switchCredit.ratePercent, 'switchCredit.ratePercent', { min: 0, max: 100 }),
      capMonths: readNumber(credit, 'capMonths', defaults.switchCredit.capMonths, 'switchCredit.capMonths', { integer: true, min: 0 }),
    },
    proposalValidityDays: readNumber(source, 'proposalValidityDays', defaults.proposalValidityDays, 'proposalValidityDays', { integer: true, min: 1 }),
    weeklyMigrationCapacity: readNumber(source, 'weeklyMigrationCapacity', defaults.weeklyMigrationCapacity, 'weeklyMigrationCapacity', { integer: true, min: 1 }),
    urgencyWeights: readRecord(source, 'urgencyWeights', URGENCY_WEIGHT_KEYS, defaults.urgencyWeights, { integer: true, min: 0, max: 100 }),
  };
}
