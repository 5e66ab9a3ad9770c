/**
 * The domain's words (DESIGN.md §3), as const arrays and the union types derived from them.
 * Tables, GraphQL enums and the UI use these exact values.
 */

/** Pipeline stages, in pipeline order; `won` and `lost` close a deal. */
export const STAGES = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages of a deal still in play (each has a due time). */
export const OPEN_STAGES = ['identified', 'contacted', 'proposal_sent', 'negotiating'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

export const CLOSED_STAGES = ['won', 'lost'] as const;
export type ClosedStage = (typeof CLOSED_STAGES)[number];

export const ROLES = ['admin', 'manager', 'rep'] as const;
export type Role = (typeof ROLES)[number];

export const LOST_REASONS = ['chose_competitor', 'rival_rescued', 'price', 'timing', 'no_decision', 'other'] as const;
export type LostReason = (typeof LOST_REASONS)[number];

export const SEGMENTS = ['enterprise_vpn', 'isp_wholesale', 'hosting', 'colocation', 'smb_web'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** A rival's health, from best to worst: it only worsens (see rival-health.ts). */
export const RIVAL_HEALTHS = ['operating', 'distressed', 'insolvent', 'liquidating', 'shut_down'] as const;
export type RivalHealth = (typeof RIVAL_HEALTHS)[number];

export const DISTRESS_KINDS = [
  'payment_default',
  'court_hearing',
  'liquidation_ordered',
  'strike',
  'outage',
  'acquisition_announced',
  'shutdown_warning',
  'customer_collective',
  'press_report',
] as const;
export type DistressKind = (typeof DISTRESS_KINDS)[number];

export const SERVICE_KINDS = ['vpn', 'ip_transit', 'hosting', 'colocation', 'web_hosting', 'voice'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Activities a person logs. */
export const LOGGED_ACTIVITY_KINDS = ['call', 'email', 'meeting', 'note'] as const;
/** Activities the system records on its own. */
export const SYSTEM_ACTIVITY_KINDS = ['stage_change', 'proposal_sent', 'signed'] as const;
export const ACTIVITY_KINDS = [...LOGGED_ACTIVITY_KINDS, ...SYSTEM_ACTIVITY_KINDS] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * A proposal's life: drafted; waiting for a manager or admin when its discount is beyond the
 * rep's limit; approved; sent (the acceptance link is live until `validUntil`); then accepted,
 * expired, or superseded by a revised offer.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'accepted',
  'expired',
  'superseded',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const MIGRATION_STATUSES = ['planned', 'provisioning', 'scheduled', 'migrated', 'at_risk'] as const;
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];

/** Who must approve a proposal's discount (see fast-track-terms.ts). */
export const APPROVAL_LEVELS = ['rep', 'manager', 'admin'] as const;
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];

/**
 * Where a lead (an account, a contact) came from: a customer list imported (which file, by whom),
 * or entered by hand in Lifeboat. Recorded so that the team can show where each name came from
 * (rivals were caught in 2002 faxing offers to a leaked list of KPNQwest's customers).
 */
export const LEAD_SOURCE_KINDS = ['import', 'manual'] as const;
export type LeadSourceKind = (typeof LEAD_SOURCE_KINDS)[number];

/** The lawful basis the team relies on to process a lead's personal data (GDPR art. 6(1) a–f). */
export const LAWFUL_BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];
/** What B2B prospecting of a failing provider's customers usually relies on (art. 6(1)(f), recital 47). */
export const DEFAULT_LAWFUL_BASIS: LawfulBasis = 'legitimate_interests';

function member<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isStage = member(STAGES);
export const isRole = member(ROLES);
export const isLostReason = member(LOST_REASONS);
export const isSegment = member(SEGMENTS);
export const isRivalHealth = member(RIVAL_HEALTHS);
export const isDistressKind = member(DISTRESS_KINDS);
export const isServiceKind = member(SERVICE_KINDS);
export const isActivityKind = member(ACTIVITY_KINDS);
export const isProposalStatus = member(PROPOSAL_STATUSES);
export const isMigrationStatus = member(MIGRATION_STATUSES);
export const isLawfulBasis = member(LAWFUL_BASES);
