import { toGlobalId } from '../common/graphql/global-id';
import type { AccountImportModel } from './account-import.model';
import type { AccountImportRecord } from './imports.repository';

export function toAccountImportModel(r: AccountImportRecord): AccountImportModel & { __typename: 'AccountImport' } {
  return {
    __typename: 'AccountImport',
    id: toGlobalId('AccountImport', r.id),
    dbId: r.id,
    campaignDbId: r.campaignId,
    campaignId: toGlobalId('Campaign', r.campaignId),
    status: r.status,
    fileName: r.fileName,
    totalRows: r.totalRows,
    rowsDone: r.rowsDone,
    insertedCount: r.insertedCount,
    updatedCount: r.updatedCount,
    failedCount: r.failedCount,
    failureReason: r.failureReason,
    createdAt: r.createdAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    submittedBy: r.actorLabel,
    lawfulBasis: r.lawfulBasis,
  };
}
