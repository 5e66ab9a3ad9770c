import type { ApprovalLevel, ProposalStatus, ServiceKind } from '@lifeboat/domain';

/**
 * A proposal as stored (table `proposal`). The totals are frozen when the terms change, with the
 * domain's `proposalTotals` and `switchCredit`, so the offer the customer signs never moves.
 * The acceptance link's token is never stored: only its SHA-256 digest (`tokenHash`).
 */
export interface ProposalRecord {
  id: string;
  campaignId: string;
  accountId: string;
  opportunityId: string;
  status: ProposalStatus;
  currency: string;
  termMonths: number;
  discountPercent: number;
  plannedCutoverAt: Date;
  requiredApproval: ApprovalLevel;
  monthlySubtotal: number;
  monthlyDiscount: number;
  monthlyTotal: number;
  oneTimeTotal: number;
  switchCredit: number;
  switchCreditDays: number;
  /** The same in months of 30 days, two decimals, as the domain computed it. */
  switchCreditMonths: number;
  switchCreditCapped: boolean;
  totalOverTerm: number;
  /** Whether the account's outage evidence goes with the offer (set while a draft). */
  attachOutageEvidence: boolean;
  createdByUserId: string | null;
  createdByLabel: string;
  rejectionReason: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedByLabel: string | null;
  sentAt: Date | null;
  validUntil: Date | null;
  tokenHash: string | null;
  acceptedAt: Date | null;
  signerName: string | null;
  signerTitle: string | null;
  signerEmail: string | null;
  signerIp: string | null;
  expiredAt: Date | null;
  supersededAt: Date | null;
  supersededBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One line of a proposal: a service, how many, the monthly price per unit and a one-time fee for the line. */
export interface ProposalLineRecord {
  id: string;
  proposalId: string;
  position: number;
  serviceKind: ServiceKind;
  description: string | null;
  quantity: number;
  monthlyUnitPrice: number;
  oneTimeFee: number;
}

export type NewProposalLine = Omit<ProposalLineRecord, 'id' | 'proposalId' | 'position'>;

/** The statuses in which a proposal is still in play (at most one per deal). */
export const LIVE_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['draft', 'pending_approval', 'approved', 'sent'];

const COLUMNS: Record<keyof ProposalRecord, string> = {
  id: 'id',
  campaignId: 'campaign_id',
  accountId: 'account_id',
  opportunityId: 'opportunity_id',
  status: 'status',
  currency: 'currency',
  termMonths: 'term_months',
  discountPercent: 'discount_percent',
  plannedCutoverAt: 'planned_cutover_at',
  requiredApproval: 'required_approval',
  monthlySubtotal: 'monthly_subtotal',
  monthlyDiscount: 'monthly_discount',
  monthlyTotal: 'monthly_total',
  oneTimeTotal: 'one_time_total',
  switchCredit: 'switch_credit',
  switchCreditDays: 'switch_credit_days',
  switchCreditMonths: 'switch_credit_months',
  switchCreditCapped: 'switch_credit_capped',
  totalOverTerm: 'total_over_term',
  attachOutageEvidence: 'attach_outage_evidence',
  createdByUserId: 'created_by_user_id',
  createdByLabel: 'created_by_label',
  rejectionReason: 'rejection_reason',
  submittedAt: 'submitted_at',
  approvedAt: 'approved_at',
  approvedByLabel: 'approved_by_label',
  sentAt: 'sent_at',
  validUntil: 'valid_until',
  tokenHash: 'token_hash',
  acceptedAt: 'accepted_at',
  signerName: 'signer_name',
  signerTitle: 'signer_title',
  signerEmail: 'signer_email',
  signerIp: 'signer_ip',
  expiredAt: 'expired_at',
  supersededAt: 'superseded_at',
  supersededBy: 'superseded_by',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

export function proposalColumn(property: keyof ProposalRecord): string {
  return COLUMNS[property];
}

const NUMBERS = new Set<keyof ProposalRecord>([
  'termMonths',
  'discountPercent',
  'monthlySubtotal',
  'monthlyDiscount',
  'monthlyTotal',
  'oneTimeTotal',
  'switchCredit',
  'switchCreditDays',
  'switchCreditMonths',
  'totalOverTerm',
  'version',
]);
const DATES = new Set<keyof ProposalRecord>([
  'plannedCutoverAt',
  'submittedAt',
  'approvedAt',
  'sentAt',
  'validUntil',
  'acceptedAt',
  'expiredAt',
  'supersededAt',
  'createdAt',
  'updatedAt',
]);

/** A raw `proposal` row (bigint and numeric arrive as strings) as a record. */
export function toProposalRecord(row: Record<string, unknown>): ProposalRecord {
  const out: Record<string, unknown> = {};
  for (const [property, column] of Object.entries(COLUMNS) as Array<[keyof ProposalRecord, string]>) {
    const raw = row[column];
    if (raw === null || raw === undefined) out[property] = null;
    else if (NUMBERS.has(property)) out[property] = Number(raw);
    else if (DATES.has(property)) out[property] = raw instanceof Date ? raw : new Date(raw as string);
    else out[property] = raw;
  }
  out['currency'] = String(row['currency']).trim();
  out['switchCreditCapped'] = row['switch_credit_capped'] === true;
  out['attachOutageEvidence'] = row['attach_outage_evidence'] === true;
  return out as unknown as ProposalRecord;
}

export function toProposalLineRecord(row: Record<string, unknown>): ProposalLineRecord {
  return {
    id: row['id'] as string,
    proposalId: row['proposal_id'] as string,
    position: Number(row['position']),
    serviceKind: row['service_kind'] as ServiceKind,
    description: (row['description'] as string | null) ?? null,
    quantity: Number(row['quantity']),
    monthlyUnitPrice: Number(row['monthly_unit_price']),
    oneTimeFee: Number(row['one_time_fee']),
  };
}
