import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { csvLine } from '@lifeboat/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../jobs/unit-of-work';
import type { RestCaller } from '../identity/rest-caller';

/** Rows read per statement of an export. */
export const EXPORT_BATCH_ROWS = 1_000;

/** Where an export writes: `false` when the reader went away (the export stops there). */
export type ExportSink = (text: string) => Promise<boolean>;

/** One filtered list as a CSV file: its columns, how to read it batch after batch, how to audit it. */
export interface CsvExport<R> {
  /** The audit entry's action (`accounts.exported`, …) and entity type. */
  action: string;
  entityType: string;
  /** The campaign the list is of, when the filter names one (the audit entry is filed under it). */
  campaignId: string | null;
  /** The filter as the audit entry keeps it. */
  filter: object;
  columns: readonly string[];
  /** The rows after `after` (null: from the first), at most `limit`, in the list's order (a keyset on what the row carries). */
  batch(manager: EntityManager, after: R | null, limit: number): Promise<R[]>;
  cells(row: R): Array<string | number | null>;
}

/**
 * Writes a filtered list as CSV while it is read: a BOM (spreadsheets then read UTF-8), the header,
 * then one statement per 1,000 rows, each batch written once the reader has taken the last one, so
 * memory does not follow the list's size. On a PostgreSQL server the statements share one
 * REPEATABLE READ, READ ONLY snapshot (each row exactly once, as it was when the export began); on
 * the embedded database each runs alone between other users' statements (its one connection is
 * never held for the whole file), so a row changed meanwhile in what orders it may move in the
 * file. Every export is audited: the filter, the rows written, whether the reader got them all.
 */
@Injectable()
export class CsvExporter {
  private readonly snapshot: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.snapshot = config.database.kind === 'server';
  }

  async write<R>(actor: RestCaller, list: CsvExport<R>, sink: ExportSink): Promise<{ rows: number; complete: boolean }> {
    const walk = async (manager: EntityManager) => {
      let rows = 0;
      if (!(await sink(`\uFEFF${csvLine(list.columns)}`))) return { rows, complete: false };
      let after: R | null = null;
      for (;;) {
        const batch = await list.batch(manager, after, EXPORT_BATCH_ROWS);
        if (batch.length === 0) return { rows, complete: true };
        let text = '';
        for (const row of batch) text += csvLine(list.cells(row));
        if (!(await sink(text))) return { rows, complete: false };
        rows += batch.length;
        if (batch.length < EXPORT_BATCH_ROWS) return { rows, complete: true };
        after = batch[batch.length - 1];
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
        action: list.action,
        entityType: list.entityType,
        entityId: randomUUID(),
        campaignId: list.campaignId,
        before: {},
        after: { filter: withoutEmpty(list.filter), rows: result.rows, complete: result.complete },
      }),
    );
    return result;
  }
}

/** Minor units (bigint as text) as a decimal amount with two decimals: "1250050" → "12500.50". */
export function majorUnits(minor: string | number): string {
  const text = String(minor);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** An instant as ISO 8601 (UTC), or nothing. */
export function instant(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function withoutEmpty(filter: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null));
}
