import { toGlobalId } from '../common/graphql/global-id';
import type { BulkAssignmentModel, BulkAssignmentShareModel } from './bulk-assignment.model';
import type { BulkAssignmentRecord, BulkAssignmentShare } from './bulk-assignment.repository';

export const toShareModel = (s: BulkAssignmentShare): BulkAssignmentShareModel => ({
  userDbId: s.userId,
  repId: toGlobalId('User', s.userId),
  openAccounts: s.openAccounts,
  count: s.count,
});

export function toBulkAssignmentModel(r: BulkAssignmentRecord): BulkAssignmentModel & { __typename: 'BulkAssignment' } {
  return {
    __typename: 'BulkAssignment',
    id: toGlobalId('BulkAssignment', r.id),
    dbId: r.id,
    campaignDbId: r.campaignId,
    campaignId: toGlobalId('Campaign', r.campaignId),
    status: r.status,
    strategy: r.strategy,
    total: r.total,
    done: r.done,
    assignedCount: r.assignedCount,
    skippedCount: r.skippedCount,
    shares: r.shares.map(toShareModel),
    requestedBy: r.actorLabel,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
  };
}
