import { Injectable } from '@nestjs/common';
import { canSeeCampaign, type AccessScope } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { NotFoundError } from '../common/errors/lifeboat-error';
import { toGlobalId } from '../common/graphql/global-id';
import type { RestCaller } from '../identity/rest-caller';
import { PipelineRepository, type ActivityExportFilter, type ActivityExportRow, type DealExportRow, type OpportunityFilter } from '../pipeline/pipeline.repository';
import { instant, majorUnits, type CsvExport } from './csv-exporter';

export const DEAL_EXPORT_COLUMNS = [
  'account',
  'externalRef',
  'segment',
  'campaign',
  'stage',
  'owner',
  'ownerEmail',
  'monthlyValue',
  'oneTimeValue',
  'currency',
  'termMonths',
  'dueAt',
  'overdue',
  'expectedCloseAt',
  'stageEnteredAt',
  'firstContactAt',
  'closedAt',
  'lostReason',
  'lostToBidder',
  'note',
  'createdAt',
  'id',
  'accountId',
] as const;

export const ACTIVITY_EXPORT_COLUMNS = ['occurredAt', 'kind', 'account', 'externalRef', 'campaign', 'author', 'body', 'outcome', 'outcomeCode', 'nextStepAt', 'nextStep', 'id', 'accountId', 'dealId'] as const;

/**
 * Deals and activities as CSV files: the deals a filter matches (the `opportunities` filters), in
 * the order they were created (`deals.exported`); a campaign's activities, oldest first
 * (`activities.exported`).
 */
@Injectable()
export class PipelineExportsService {
  constructor(private readonly pipeline: PipelineRepository) {}

  deals(actor: RestCaller, scope: AccessScope, filter: OpportunityFilter, now = new Date()): CsvExport<DealExportRow> {
    assertCanRead(actor);
    if (filter.campaignId && !canSeeCampaign(scope, filter.campaignId)) throw new NotFoundError('The campaign');
    return {
      action: 'deals.exported',
      entityType: 'DealExport',
      campaignId: filter.campaignId ?? null,
      filter,
      columns: DEAL_EXPORT_COLUMNS,
      batch: (manager, after, limit) => this.pipeline.exportDealsBatch(manager, scope, filter, now, after?.id ?? null, limit),
      cells: (row) => {
        const cells: Record<(typeof DEAL_EXPORT_COLUMNS)[number], string | number | null> = {
          account: row.accountName,
          externalRef: row.externalRef,
          segment: row.segment,
          campaign: row.campaignName,
          stage: row.stage,
          owner: row.ownerName,
          ownerEmail: row.ownerEmail,
          monthlyValue: majorUnits(row.monthlyValue),
          oneTimeValue: majorUnits(row.oneTimeValue),
          currency: row.currency.trim(),
          termMonths: row.termMonths,
          dueAt: instant(row.dueAt),
          overdue: row.overdue ? 'yes' : 'no',
          expectedCloseAt: instant(row.expectedCloseAt),
          stageEnteredAt: instant(row.stageEnteredAt),
          firstContactAt: instant(row.firstContactAt),
          closedAt: instant(row.closedAt),
          lostReason: row.lostReason,
          lostToBidder: row.lostToBidder,
          note: row.note,
          createdAt: instant(row.createdAt),
          id: toGlobalId('Opportunity', row.id),
          accountId: toGlobalId('Account', row.accountId),
        };
        return DEAL_EXPORT_COLUMNS.map((column) => cells[column]);
      },
    };
  }

  activities(actor: RestCaller, scope: AccessScope, filter: ActivityExportFilter): CsvExport<ActivityExportRow> {
    assertCanRead(actor);
    if (!canSeeCampaign(scope, filter.campaignId)) throw new NotFoundError('The campaign');
    return {
      action: 'activities.exported',
      entityType: 'ActivityExport',
      campaignId: filter.campaignId,
      filter,
      columns: ACTIVITY_EXPORT_COLUMNS,
      batch: (manager, after, limit) => this.pipeline.exportActivitiesBatch(manager, scope, filter, after, limit),
      cells: (row) => {
        const cells: Record<(typeof ACTIVITY_EXPORT_COLUMNS)[number], string | number | null> = {
          occurredAt: instant(row.occurredAt),
          kind: row.kind,
          account: row.accountName,
          externalRef: row.externalRef,
          campaign: row.campaignName,
          author: row.author,
          body: row.body,
          outcome: row.outcome,
          outcomeCode: row.outcomeCode,
          nextStepAt: instant(row.nextStepAt),
          nextStep: row.nextStep,
          id: toGlobalId('Activity', row.id),
          accountId: toGlobalId('Account', row.accountId),
          dealId: row.opportunityId === null ? null : toGlobalId('Opportunity', row.opportunityId),
        };
        return ACTIVITY_EXPORT_COLUMNS.map((column) => cells[column]);
      },
    };
  }
}
