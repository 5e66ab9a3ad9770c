import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import type { ImportField, ImportRowErrorCode } from '@lifeboat/shared';
import type { LawfulBasis } from '@lifeboat/domain';
import type { ImportRowErrorParams } from './import-values';
import type { ImportMapping, ImportPreset } from './import-file';
import type { RowProblem } from './import-row';

export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface AccountImportRecord {
  id: string;
  campaignId: string;
  status: ImportStatus;
  preset: ImportPreset | null;
  mapping: ImportMapping;
  columns: Partial<Record<ImportField, number>>;
  delimiter: string;
  /** The header row (for the errors of unmapped columns); empty for imports submitted before it was kept. */
  headers: string[];
  defaultSegment: string | null;
  fileName: string | null;
  contentBytes: number;
  totalRows: number;
  /** Records processed and applied (the progress shown). */
  rowsDone: number;
  /** Records read and checked by staging; valid rows staged; staged rows applied; the whole file staged. */
  rowsRead: number;
  stagedRows: number;
  appliedRows: number;
  staged: boolean;
  resumeOffset: number;
  resumeLine: number;
  insertedCount: number;
  updatedCount: number;
  failedCount: number;
  failureReason: string | null;
  actorLabel: string;
  /** The lawful basis stated for the file's people. */
  lawfulBasis: LawfulBasis;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  version: number;
}

const COLUMNS = `id, campaign_id, status, preset, mapping, default_segment, file_name, content_bytes, total_rows, rows_done,
  resume_offset, resume_line, inserted_count, updated_count, failed_count, failure_reason, actor_label, created_at, started_at,
  finished_at, version, rows_read, staged_rows, applied_rows, staged, lawful_basis`;

function toRecord(r: Record<string, unknown>): AccountImportRecord {
  const stored = r['mapping'] as { fields: ImportMapping; columns: Partial<Record<ImportField, number>>; delimiter: string; headers?: string[] };
  return {
    id: r['id'] as string,
    campaignId: r['campaign_id'] as string,
    status: r['status'] as ImportStatus,
    preset: (r['preset'] as ImportPreset | null) ?? null,
    mapping: stored.fields,
    columns: stored.columns,
    delimiter: stored.delimiter,
    headers: stored.headers ?? [],
    defaultSegment: (r['default_segment'] as string | null) ?? null,
    fileName: (r['file_name'] as string | null) ?? null,
    contentBytes: Number(r['content_bytes']),
    totalRows: Number(r['total_rows']),
    rowsDone: Number(r['rows_done']),
    rowsRead: Number(r['rows_read']),
    stagedRows: Number(r['staged_rows']),
    appliedRows: Number(r['applied_rows']),
    staged: r['staged'] === true,
    resumeOffset: Number(r['resume_offset']),
    resumeLine: Number(r['resume_line']),
    insertedCount: Number(r['inserted_count']),
    updatedCount: Number(r['updated_count']),
    failedCount: Number(r['failed_count']),
    failureReason: (r['failure_reason'] as string | null) ?? null,
    actorLabel: r['actor_label'] as string,
    lawfulBasis: r['lawful_basis'] as LawfulBasis,
    createdAt: new Date(r['created_at'] as string),
    startedAt: r['started_at'] ? new Date(r['started_at'] as string) : null,
    finishedAt: r['finished_at'] ? new Date(r['finished_at'] as string) : null,
    version: Number(r['version']),
  };
}

/** What a slice of a chunk wrote in its own transaction. */
export interface AppliedSlice {
  /** Accounts it inserted. */
  inserted: number;
  /** The staged rows (`ord`) it wrote. */
  lines: number[];
  /** The ids it gave the accounts it inserted. */
  accountIds: string[];
}

export interface ImportError {
  line: number;
  field: string;
  reason: string;
  /** Null for an error recorded before errors had codes. */
  code: ImportRowErrorCode | null;
  params: ImportRowErrorParams;
}

/** The only place that queries account imports; the bulk writes of a chunk live here too. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    row: {
      id: string;
      campaignId: string;
      preset: ImportPreset | null;
      mapping: { fields: ImportMapping; columns: Partial<Record<ImportField, number>>; delimiter: string; headers: string[] };
      defaultSegment: string | null;
      fileName: string | null;
      contentBytes: number;
      totalRows: number;
      resumeOffset: number;
      resumeLine: number;
      lawfulBasis: LawfulBasis;
      actor: { actorType: string; actorId: string | null; actorLabel: string };
    },
  ): Promise<string> {
    const [inserted] = await manager.query(
      `INSERT INTO account_import (id, campaign_id, preset, mapping, default_segment, file_name, content_bytes, total_rows,
         resume_offset, resume_line, actor_type, actor_id, actor_label, lawful_basis)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        row.id,
        row.campaignId,
        row.preset,
        JSON.stringify(row.mapping),
        row.defaultSegment,
        row.fileName,
        row.contentBytes,
        row.totalRows,
        row.resumeOffset,
        row.resumeLine,
        row.actor.actorType,
        row.actor.actorId,
        row.actor.actorLabel,
        row.lawfulBasis,
      ],
    );
    return inserted.id as string;
  }

  async getById(scope: AccessScope, id: string, manager: EntityManager = this.dataSource.manager): Promise<AccountImportRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${COLUMNS} FROM account_import WHERE id = $1 AND ${scopeClause(scope, 'campaign_id', params)}`,
      params,
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async lockById(manager: EntityManager, id: string): Promise<AccountImportRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${COLUMNS} FROM account_import WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Stores one part of a file being received (autocommitted: no transaction is held while the upload arrives). */
  async insertPart(importId: string, part: { seq: number; start: number; bytes: number; text: string }): Promise<void> {
    await this.dataSource.query(`INSERT INTO account_import_part (import_id, seq, start_offset, bytes, content) VALUES ($1, $2, $3, $4, $5)`, [
      importId,
      part.seq,
      part.start,
      part.bytes,
      part.text,
    ]);
  }

  /** The parts of an import's file that hold bytes from `from` (included) to `to` (excluded), in order. */
  async partsBetween(manager: EntityManager, importId: string, from: number, to: number): Promise<Array<{ seq: number; start: number; bytes: number; text: string }>> {
    const rows: Array<{ seq: number; start_offset: string; bytes: number; content: string }> = await manager.query(
      `SELECT seq, start_offset, bytes, content FROM account_import_part
       WHERE import_id = $1 AND start_offset < $3 AND start_offset + bytes > $2 ORDER BY seq`,
      [importId, from, to],
    );
    return rows.map((r) => ({ seq: Number(r.seq), start: Number(r.start_offset), bytes: Number(r.bytes), text: r.content }));
  }

  /** The first byte from `from` to `to` that no stored part of the file holds; null when the parts cover it all. */
  async partsGap(manager: EntityManager, importId: string, from: number, to: number): Promise<number | null> {
    const parts: Array<{ start_offset: string; bytes: number }> = await manager.query(
      `SELECT start_offset, bytes FROM account_import_part WHERE import_id = $1 AND start_offset + bytes > $2 ORDER BY start_offset`,
      [importId, from],
    );
    let at = from;
    for (const part of parts) {
      if (Number(part.start_offset) > at) return at;
      at = Math.max(at, Number(part.start_offset) + Number(part.bytes));
    }
    return at >= to ? null : at;
  }

  /** The parts of a file, or of an upload that failed (and the slices recorded for its batches, and its staged rows). */
  async deleteParts(manager: EntityManager | null, importId: string): Promise<void> {
    await (manager ?? this.dataSource.manager).query(`DELETE FROM account_import_part WHERE import_id = $1`, [importId]);
    await (manager ?? this.dataSource.manager).query(`DELETE FROM account_import_slice WHERE import_id = $1`, [importId]);
    await (manager ?? this.dataSource.manager).query(`DELETE FROM account_import_row WHERE import_id = $1`, [importId]);
  }

  /** The slices of the batch at `resumeOffset` (its first staged row) that committed in transactions of their own: what each wrote. */
  async appliedSlices(manager: EntityManager, importId: string, resumeOffset: number): Promise<Map<number, AppliedSlice>> {
    const rows: Array<{ slice: number; inserted: number; lines: number[]; account_ids: string[] }> = await manager.query(
      `SELECT slice, inserted, lines, account_ids FROM account_import_slice WHERE import_id = $1 AND resume_offset = $2`,
      [importId, resumeOffset],
    );
    return new Map(rows.map((r) => [Number(r.slice), { inserted: Number(r.inserted), lines: r.lines.map(Number), accountIds: r.account_ids }]));
  }

  /** In a slice's own transaction: it committed (a re-run of the batch does not apply it again); the ids of the accounts it inserted are the staged ones of `freshOrds`. */
  async recordSlice(manager: EntityManager, importId: string, resumeOffset: number, slice: number, applied: { inserted: number; lines: number[]; freshOrds: number[] }): Promise<void> {
    await manager.query(
      `INSERT INTO account_import_slice (import_id, resume_offset, slice, inserted, lines, account_ids)
       VALUES ($1, $2, $3, $4, $5::int[], ARRAY(SELECT id FROM account_import_row WHERE import_id = $1 AND ord = ANY($6::int[])))`,
      [importId, resumeOffset, slice, applied.inserted, `{${applied.lines.join(',')}}`, `{${applied.freshOrds.join(',')}}`],
    );
  }

  /** In the chunk's transaction, with its progress: its slices' records are no longer needed. */
  async clearSlices(manager: EntityManager, importId: string, resumeOffset: number): Promise<void> {
    await manager.query(`DELETE FROM account_import_slice WHERE import_id = $1 AND resume_offset = $2`, [importId, resumeOffset]);
  }

  /** Parts of uploads that never became an import (the process stopped while receiving), after a day. */
  async sweepOrphanParts(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM account_import_part p WHERE p.created_at < now() - interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM account_import i WHERE i.id = p.import_id)`,
    );
  }

  async errors(id: string, limit: number): Promise<ImportError[]> {
    const rows: Array<{ line: number; field: string; reason: string; code: ImportRowErrorCode | null; params: ImportRowErrorParams | null }> =
      await this.dataSource.query(
        `SELECT line, field, reason, code, params FROM account_import_error WHERE import_id = $1 ORDER BY line, field LIMIT $2`,
        [id, limit],
      );
    return rows.map((r) => ({ line: Number(r.line), field: r.field, reason: r.reason, code: r.code ?? null, params: r.params ?? {} }));
  }

  async markRunning(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE account_import SET status = 'running', started_at = COALESCE(started_at, now()), updated_at = now(), version = version + 1 WHERE id = $1`,
      [id],
    );
  }

  /** Commits a staging chunk's progress, with its staged rows and row errors (a re-run starts at rows_read). */
  async advanceStaging(
    manager: EntityManager,
    id: string,
    p: { rowsRead: number; resumeOffset: number; resumeLine: number; stagedRows: number; failed: number; staged: boolean },
  ): Promise<void> {
    await manager.query(
      `UPDATE account_import SET rows_read = $2, resume_offset = $3, resume_line = $4, staged_rows = $5, failed_count = failed_count + $6,
         staged = $7, status = 'running', updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, p.rowsRead, p.resumeOffset, p.resumeLine, p.stagedRows, p.failed, p.staged],
    );
  }

  /** Commits an applied batch's progress, in the batch's own transaction (a re-run starts at applied_rows). */
  async advanceApply(manager: EntityManager, id: string, p: { rowsDone: number; appliedRows: number; inserted: number; updated: number; finished: boolean }): Promise<void> {
    await manager.query(
      `UPDATE account_import SET rows_done = $2, applied_rows = $3, inserted_count = inserted_count + $4, updated_count = updated_count + $5,
         status = CASE WHEN $6 THEN 'completed' ELSE 'running' END, finished_at = CASE WHEN $6 THEN now() ELSE NULL END,
         updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, p.rowsDone, p.appliedRows, p.inserted, p.updated, p.finished],
    );
  }

  async fail(manager: EntityManager, id: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE account_import SET status = 'failed', failure_reason = $2, finished_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, reason.slice(0, 2000)],
    );
  }

  /** Row errors, at most `cap` per import are kept (the failed count keeps counting). */
  async insertErrors(manager: EntityManager, id: string, problems: RowProblem[], cap: number): Promise<void> {
    if (problems.length === 0) return;
    await manager.query(
      `INSERT INTO account_import_error (import_id, line, field, reason, code, params)
       SELECT $1, x.line, x.field, x.reason, x.code, x.params::jsonb
       FROM unnest($2::int[], $3::text[], $4::text[], $6::text[], $7::text[]) AS x(line, field, reason, code, params)
       WHERE (SELECT count(*) FROM account_import_error WHERE import_id = $1) < $5
       ON CONFLICT DO NOTHING`,
      [
        id,
        problems.map((p) => p.line),
        problems.map((p) => p.field),
        problems.map((p) => p.reason.slice(0, 500)),
        cap,
        problems.map((p) => p.code),
        // The cell as given, cut as the reason is.
        problems.map((p) => JSON.stringify(p.params.value === undefined ? p.params : { ...p.params, value: p.params.value.slice(0, 200) })),
      ],
    );
  }

  /** Writes an outbox event in the job's transaction (the relay hands it over after commit). */
  async emit(manager: EntityManager, type: string, payload: object): Promise<void> {
    await manager.query(`INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb)`, [type, JSON.stringify(payload)]);
  }
}
