import { defaultProbability, isOverdue } from '@lifeboat/domain';
import { toGlobalId } from '../common/graphql/global-id';
import { money } from '../common/graphql/money';
import { ActivityEntity, type ActivityDetails, type ProposalSentDetails, type SignedDetails, type StageChangeDetails } from './opportunity.entity';
import { ActivityModel, ActivitySystemEventModel, OpportunityModel } from './opportunity.model';
import { OpportunityRecord } from './pipeline.repository';

export function toOpportunityModel(e: OpportunityRecord, now: Date = new Date()): OpportunityModel & { __typename: 'Opportunity' } {
  return {
    __typename: 'Opportunity',
    id: toGlobalId('Opportunity', e.id),
    dbId: e.id,
    accountDbId: e.accountId,
    campaignDbId: e.campaignId,
    stage: e.stage,
    stageEnteredAt: e.stageEnteredAt,
    dueAt: e.dueAt,
    overdue: isOverdue(e.dueAt, now),
    monthlyValue: money(e.monthlyValue, e.currency),
    oneTimeValue: money(e.oneTimeValue, e.currency),
    termMonths: e.termMonths,
    probability: e.probability ?? defaultProbability(e.stage),
    probabilityIsDefault: e.probability === null,
    expectedCloseAt: e.expectedCloseAt,
    lostReason: e.lostReason,
    lostToBidder: e.lostToBidder,
    note: e.note,
    firstContactAt: e.firstContactAt,
    closedAt: e.closedAt,
    createdAt: e.createdAt,
    version: e.version,
  };
}

export function toActivityModel(e: ActivityEntity): ActivityModel & { __typename: 'Activity' } {
  return {
    __typename: 'Activity',
    id: toGlobalId('Activity', e.id),
    dbId: e.id,
    accountDbId: e.accountId,
    opportunityDbId: e.opportunityId,
    authorDbId: e.authorUserId,
    kind: e.kind,
    occurredAt: e.occurredAt,
    authorLabel: e.authorLabel,
    body: e.body,
    outcome: e.outcome,
    outcomeCode: e.outcomeCode ?? null,
    nextStepAt: e.nextStepAt,
    nextStep: e.nextStep ?? null,
    systemEvent: toSystemEvent(e.details),
  };
}

/** The stored details of a system activity as the GraphQL object (every field of the union, null where absent). */
function toSystemEvent(details: ActivityDetails | null): ActivitySystemEventModel | null {
  if (!details) return null;
  const d = details as Partial<StageChangeDetails & ProposalSentDetails & SignedDetails>;
  return {
    from: d.from ?? null,
    to: d.to ?? null,
    lostReason: d.lostReason ?? null,
    note: d.note ?? null,
    monthlyTotal: typeof d.monthlyTotal === 'number' && d.currency ? money(d.monthlyTotal, d.currency) : null,
    termMonths: d.termMonths ?? null,
    validUntil: d.validUntil ? new Date(d.validUntil) : null,
    signerName: d.signerName ?? null,
    signerTitle: d.signerTitle ?? null,
    recipientName: d.recipientName ?? null,
    recipientEmail: d.recipientEmail ?? null,
    resent: d.validUntil !== undefined ? (d.resent ?? false) : null,
  };
}
