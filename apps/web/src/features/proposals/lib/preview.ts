import { proposalTotals, requiredApproval, switchCredit, type ApprovalLevel, type ProposalTotals, type ServiceKind } from '@lifeboat/domain';

export interface LineDraft {
  serviceKind: ServiceKind;
  description: string;
  quantity: number;
  /** Minor units. */
  monthlyUnitPrice: number;
  /** Minor units. */
  oneTimeFee: number;
}

export interface PreviewInput {
  lines: LineDraft[];
  discountPercent: number;
  termMonths: number;
  plannedCutoverAt: string;
  account: { prepaidUntil: string | null; monthlySpend: number };
  settings: {
    timeZone: string;
    discountLimits: { repPercent: number; managerPercent: number };
    switchCredit: { ratePercent: number; capMonths: number };
  };
}

export type Preview =
  | { ok: true; totals: ProposalTotals; credit: ReturnType<typeof switchCredit>; approval: ApprovalLevel }
  | { ok: false; field: string | null; message: string };

/**
 * What the offer would cost as typed, from libs/domain's rules (the same the api applies when it
 * saves): the credit is capped in months of the monthly total without it, then deducted.
 */
export function previewProposal(input: PreviewInput): Preview {
  try {
    const lines = input.lines.map((l) => ({ ...l, description: l.description || undefined }));
    const approval = requiredApproval(input.discountPercent, input.settings.discountLimits);
    const base = proposalTotals({ lines, discountPercent: input.discountPercent, termMonths: input.termMonths, switchCredit: 0 });
    const credit = switchCredit({
      prepaidUntil: input.account.prepaidUntil ? new Date(input.account.prepaidUntil) : null,
      plannedCutoverAt: new Date(input.plannedCutoverAt),
      rivalMonthlySpend: input.account.monthlySpend,
      proposalMonthlyValue: base.monthlyTotal,
      settings: input.settings,
    });
    const totals = proposalTotals({ lines, discountPercent: input.discountPercent, termMonths: input.termMonths, switchCredit: credit.amount });
    return { ok: true, totals, credit, approval };
  } catch (error) {
    const field = (error as { field?: string }).field ?? null;
    return { ok: false, field, message: error instanceof Error ? error.message : String(error) };
  }
}
