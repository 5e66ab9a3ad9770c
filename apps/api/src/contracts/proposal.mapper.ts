import { toGlobalId } from '../common/graphql/global-id';
import { money } from '../common/graphql/money';
import { ProposalLineRecord, ProposalRecord } from './proposal.record';
import { ProposalLineModel, ProposalModel, ProposalOfferModel, ProposalTotalsModel, SwitchCreditModel } from './proposal.model';

/** Who makes every offer (DESIGN.md: "our company"). */
export const PROVIDER_NAME = 'Lifeboat Networks';

export function proposalReference(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

export function toProposalLineModel(l: ProposalLineRecord, currency: string): ProposalLineModel {
  return {
    serviceKind: l.serviceKind,
    description: l.description,
    quantity: l.quantity,
    monthlyUnitPrice: money(l.monthlyUnitPrice, currency),
    monthlyAmount: money(l.quantity * l.monthlyUnitPrice, currency),
    oneTimeFee: money(l.oneTimeFee, currency),
  };
}

function totalsOf(p: ProposalRecord): ProposalTotalsModel {
  return {
    monthlySubtotal: money(p.monthlySubtotal, p.currency),
    monthlyDiscount: money(p.monthlyDiscount, p.currency),
    monthlyTotal: money(p.monthlyTotal, p.currency),
    oneTimeTotal: money(p.oneTimeTotal, p.currency),
    switchCredit: money(p.switchCredit, p.currency),
    totalOverTerm: money(p.totalOverTerm, p.currency),
  };
}

function creditOf(p: ProposalRecord): SwitchCreditModel {
  return {
    amount: money(p.switchCredit, p.currency),
    prepaidDaysRemaining: p.switchCreditDays,
    prepaidMonthsRemaining: p.switchCreditMonths,
    capped: p.switchCreditCapped,
  };
}

export function toProposalModel(p: ProposalRecord): ProposalModel & { __typename: 'Proposal' } {
  return {
    __typename: 'Proposal',
    id: toGlobalId('Proposal', p.id),
    dbId: p.id,
    accountDbId: p.accountId,
    opportunityDbId: p.opportunityId,
    campaignDbId: p.campaignId,
    createdByDbId: p.createdByUserId,
    reference: proposalReference(p.id),
    status: p.status,
    currency: p.currency,
    termMonths: p.termMonths,
    discountPercent: p.discountPercent,
    requiredApproval: p.requiredApproval,
    plannedCutoverAt: p.plannedCutoverAt,
    switchCredit: creditOf(p),
    totals: totalsOf(p),
    rejectionReason: p.rejectionReason,
    submittedAt: p.submittedAt,
    approvedAt: p.approvedAt,
    approvedBy: p.approvedByLabel,
    sentAt: p.sentAt,
    validUntil: p.validUntil,
    acceptedAt: p.acceptedAt,
    signer: p.signerName ? { name: p.signerName, title: p.signerTitle ?? '', email: p.signerEmail ?? '' } : null,
    expiredAt: p.expiredAt,
    supersededAt: p.supersededAt,
    attachOutageEvidence: p.attachOutageEvidence,
    createdBy: p.createdByLabel,
    createdAt: p.createdAt,
    version: p.version,
  };
}

export function toProposalOfferModel(
  p: ProposalRecord,
  lines: ProposalLineRecord[],
  customerName: string,
  timeZone: string | null,
): ProposalOfferModel {
  return {
    reference: proposalReference(p.id),
    status: p.status,
    providerName: PROVIDER_NAME,
    customerName,
    currency: p.currency,
    lines: lines.map((l) => toProposalLineModel(l, p.currency)),
    termMonths: p.termMonths,
    discountPercent: p.discountPercent,
    plannedCutoverAt: p.plannedCutoverAt,
    switchCredit: creditOf(p),
    totals: totalsOf(p),
    sentAt: p.sentAt as Date,
    validUntil: p.validUntil as Date,
    timeZone,
    acceptedAt: p.acceptedAt,
    accountDbId: p.accountId,
    campaignDbId: p.campaignId,
    attachOutageEvidence: p.attachOutageEvidence,
  };
}
