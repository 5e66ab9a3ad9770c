import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { csvLine, IMPORT_FIELDS, type ImportField } from '@lifeboat/shared';
import { canSeeCampaign, type AccessScope } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { NotFoundError } from '../common/errors/lifeboat-error';
import { toGlobalId } from '../common/graphql/global-id';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../jobs/unit-of-work';
import type { RestCaller } from '../identity/rest-caller';
import { AccountFilter, AccountsRepository, type AccountExportKey, type AccountExportRow } from '../accounts/accounts.repository';

/** Accounts read per statement of an export. */
export const EXPORT_BATCH_ROWS = 1_000;

/** The import's own fields (its `lifeboat` preset reads them back), then what only Lifeboat knows. */
const IMPORTED: Array<Exclude<ImportField, 'annualRevenue'>> = IMPORT_FIELDS.filter((f): f is Exclude<ImportField, 'annualRevenue'> => f !== 'annualRevenue');
export const ACCOUNT_EXPORT_COLUMNS = [...IMPORTED, 'currency', 'urgency', 'stage', 'dueAt', 'owner', 'ownerEmail', 'campaign', 'id'] as const;

/** Where an export writes: `false` when the reader went away (the export stops there). */
export type ExportSink = (text: string) => Promise<boolean>;

/**
 * CSV exports of the accounts a filter matches (the accounts list's filters), written as they are
 * read: one statement per 1,000 accounts, in (campaign, name, id) order, so memory stays flat
 * whatever the size. On a PostgreSQL server the statements share one REPEATABLE READ, READ ONLY
 * snapshot (each account exactly once, as it was when the export began); on the embedded database
 * each runs alone between other users' statements (its one connection is never held for the whole
 * file), so an account renamed meanwhile may move in the file. Every export is audited
 * (`accounts.exported`: the filter, the rows written, whether the reader got the whole file).
 */
@Injectable()
export class AccountsExportService {
  private readonly snapshot: boolean;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.snapshot = config.database.kind === 'server';
  }

  /** Checks the caller and the filter before anything is written (a refusal is still a plain error). */
  prepare(actor: RestCaller, scope: AccessScope, filter: AccountFilter): void {
    assertCanRead(actor);
    if (filter.campaignId && !canSeeCampaign(scope, filter.campaignId)) throw new NotFoundError('The campaign');
  }

  /** Writes the header and every matching account to `sink`; returns how many rows went out and whether all did. */
  async write(actor: RestCaller, scope: AccessScope, filter: AccountFilter, sink: ExportSink, now = new Date()): Promise<{ rows: number; complete: boolean }> {
    this.prepare(actor, scope, filter);
    const walk = async (manager: EntityManager) => {
      let rows = 0;
      // A BOM first: spreadsheets then read the file as UTF-8 (accents).
      if (!(await sink(`\uFEFF${csvLine([...ACCOUNT_EXPORT_COLUMNS])}`))) return { rows, complete: false };
      let after: AccountExportKey | null = null;
      for (;;) {
        const batch = await this.accounts.exportBatch(manager, scope, filter, now, after, EXPORT_BATCH_ROWS);
        if (batch.length === 0) return { rows, complete: true };
        let text = '';
        for (const row of batch) text += csvLine(exportCells(row));
        if (!(await sink(text))) return { rows, complete: false };
        rows += batch.length;
        if (batch.length < EXPORT_BATCH_ROWS) return { rows, complete: true };
        const last = batch[batch.length - 1];
        after = { campaignId: last.campaignId, name: last.name, id: last.id };
      }
    };
    const result = this.snapshot
      ? await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
          await manager.query('SET TRANSACTION READ ONLY');
          return walk(manager);
        })
      : await walk(this.dataSource.manager);
    await this.uow.run((tx) =>
      this.audit.record(tx.manager, actor, {
        action: 'accounts.exported',
        entityType: 'AccountExport',
        entityId: randomUUID(),
        campaignId: filter.campaignId ?? null,
        before: {},
        after: { filter: withoutEmpty(filter), rows: result.rows, complete: result.complete },
      }),
    );
    return result;
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
    currency: row.currency.trim(),
    urgency: row.urgency,
    stage: row.stage,
    dueAt: row.dueAt === null ? null : new Date(row.dueAt).toISOString(),
    owner: row.ownerName,
    ownerEmail: row.ownerEmail,
    campaign: row.campaignName,
    id: toGlobalId('Account', row.id),
  };
  return ACCOUNT_EXPORT_COLUMNS.map((column) => cells[column]);
}

/** Minor units (bigint as text) as a decimal amount with two decimals: "1250050" → "12500.50". */
export function majorUnits(minor: string): string {
  const negative = minor.startsWith('-');
  const digits = (negative ? minor.slice(1) : minor).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A date as the import reads it: the day alone when it is midnight UTC (as imported), else the instant. */
function day(value: Date | null): string | null {
  if (value === null) return null;
  const iso = new Date(value).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function withoutEmpty(filter: AccountFilter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null));
}
