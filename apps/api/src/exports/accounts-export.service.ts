import { Injectable } from '@nestjs/common';
import { IMPORT_FIELDS, type ImportField } from '@lifeboat/shared';
import { canSeeCampaign, type AccessScope } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { NotFoundError } from '../common/errors/lifeboat-error';
import { toGlobalId } from '../common/graphql/global-id';
import type { RestCaller } from '../identity/rest-caller';
import { AccountFilter, AccountsRepository, type AccountExportRow } from '../accounts/accounts.repository';
import { instant, majorUnits, type CsvExport } from './csv-exporter';

/** The import's own fields (its `lifeboat` preset reads them back), then what only Lifeboat knows. */
const IMPORTED: Array<Exclude<ImportField, 'annualRevenue'>> = IMPORT_FIELDS.filter((f): f is Exclude<ImportField, 'annualRevenue'> => f !== 'annualRevenue');
export const ACCOUNT_EXPORT_COLUMNS = [
  ...IMPORTED,
  'currency',
  'urgency',
  'stage',
  'dueAt',
  'owner',
  'ownerEmail',
  'campaign',
  'id',
  // Where it came from, so that the team can show it (issue #21): empty when never recorded.
  'source',
  'sourceFile',
  'sourceBy',
  'sourceAt',
  'lawfulBasis',
] as const;

/**
 * The accounts a filter matches (the accounts list's filters) as a CSV file, in (campaign, name,
 * id) order (account_campaign_name_idx walks it): the columns an import reads first, so the file
 * imports again as it is (`accounts.exported`).
 */
@Injectable()
export class AccountsExportService {
  constructor(private readonly accounts: AccountsRepository) {}

  /** Checks the caller and the filter (before anything is written: a refusal is still a plain error) and describes the file. */
  list(actor: RestCaller, scope: AccessScope, filter: AccountFilter, now = new Date()): CsvExport<AccountExportRow> {
    assertCanRead(actor);
    if (filter.campaignId && !canSeeCampaign(scope, filter.campaignId)) throw new NotFoundError('The campaign');
    return {
      action: 'accounts.exported',
      entityType: 'AccountExport',
      campaignId: filter.campaignId ?? null,
      filter,
      columns: ACCOUNT_EXPORT_COLUMNS,
      batch: (manager, after, limit) => this.accounts.exportBatch(manager, scope, filter, now, after, limit),
      cells: exportCells,
    };
  }
}

/** One account's cells, in ACCOUNT_EXPORT_COLUMNS order, in the forms an import reads. */
export function exportCells(row: AccountExportRow): Array<string | number | null> {
  const cells: Record<(typeof ACCOUNT_EXPORT_COLUMNS)[number], string | number | null> = {
    name: row.name,
    externalRef: row.externalRef,
    segment: row.segment,
    countries: row.countries,
    monthlySpend: majorUnits(row.monthlySpend),
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactTitle: row.contactTitle,
    contactPhone: row.contactPhone,
    prepaidUntil: day(row.prepaidUntil),
    contractEndsAt: day(row.contractEndsAt),
    hasBackupProvider: row.hasBackupProvider ? 'yes' : 'no',
    rivalIsPrincipalOperator: row.rivalIsPrincipalOperator ? 'yes' : 'no',
    collective: row.collectiveName,
    currency: row.currency.trim(),
    urgency: row.urgency,
    stage: row.stage,
    dueAt: instant(row.dueAt),
    owner: row.ownerName,
    ownerEmail: row.ownerEmail,
    campaign: row.campaignName,
    id: toGlobalId('Account', row.id),
    source: row.sourceKind,
    sourceFile: row.sourceFile,
    sourceBy: row.sourceBy,
    sourceAt: instant(row.sourceAt),
    lawfulBasis: row.lawfulBasis,
  };
  return ACCOUNT_EXPORT_COLUMNS.map((column) => cells[column]);
}

/** A date as the import reads it: the day alone when it is midnight UTC (as imported), else the instant. */
function day(value: Date | null): string | null {
  if (value === null) return null;
  const iso = new Date(value).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
