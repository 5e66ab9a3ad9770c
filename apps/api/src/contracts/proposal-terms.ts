import {
  offerLinesFromRivalServices,
  proposalTotals,
  requiredApproval,
  switchCredit,
  type ApprovalLevel,
  type CampaignSettings,
  type ProposalTotals,
  type SwitchCredit,
} from '@lifeboat/domain';
import { applyRule } from '../common/errors/domain-rule';
import type { RivalServiceEntity } from '../accounts/account.entity';
import type { NewProposalLine } from './proposal.record';

export interface ProposalTerms {
  totals: ProposalTotals;
  credit: SwitchCredit;
  approval: ApprovalLevel;
}

/**
 * The terms of an offer, all from libs/domain: the switch credit is capped in months of the
 * proposal's monthly total, which does not depend on the credit, so the totals are taken once
 * without it (for the monthly total), then with it.
 */
export function proposalTerms(input: {
  lines: readonly NewProposalLine[];
  discountPercent: number;
  termMonths: number;
  plannedCutoverAt: Date;
  account: { prepaidUntil: Date | null; monthlySpend: number };
  settings: CampaignSettings;
}): ProposalTerms {
  const lines = input.lines.map((l) => ({ ...l, description: l.description ?? undefined }));
  const base = applyRule(() => proposalTotals({ lines, discountPercent: input.discountPercent, termMonths: input.termMonths, switchCredit: 0 }));
  const credit = applyRule(
    () =>
      switchCredit({
        prepaidUntil: input.account.prepaidUntil,
        plannedCutoverAt: input.plannedCutoverAt,
        rivalMonthlySpend: input.account.monthlySpend,
        proposalMonthlyValue: base.monthlyTotal,
        settings: input.settings,
      }),
    'input',
  );
  const totals = applyRule(() => proposalTotals({ lines, discountPercent: input.discountPercent, termMonths: input.termMonths, switchCredit: credit.amount }));
  const approval = applyRule(() => requiredApproval(input.discountPercent, input.settings.discountLimits));
  return { totals, credit, approval };
}

/**
 * A draft's lines from what the account buys from the rival: same service and quantity, our
 * monthly unit price = the rival's (its monthly cost for the line / quantity, rounded once with
 * the domain's rounding), no one-time fee. The rep edits them before sending.
 */
export function linesFromRivalServices(services: readonly RivalServiceEntity[]): NewProposalLine[] {
  // The same rule as a personal offer's lines (libs/domain personal-offers.ts).
  return offerLinesFromRivalServices(services.map((s) => ({ kind: s.kind, quantity: s.quantity, monthlyCost: Number(s.monthlyCost) }))).map((l) => ({
    serviceKind: l.serviceKind,
    description: null,
    quantity: l.quantity,
    monthlyUnitPrice: l.monthlyUnitPrice,
    oneTimeFee: l.oneTimeFee,
  }));
}
