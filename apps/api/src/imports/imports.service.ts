import { normalizeAccountName } from '../accounts/normalize-account-name';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertTakesNewAccounts } from '../campaigns/campaign-status';
import { parse } from 'csv-parse/sync';
import { EntityManager } from 'typeorm';
import { DEFAULT_LAWFUL_BASIS, monthlySpendPoints, resolveCampaignSettings, type LawfulBasis, type Segment } from '@lifeboat/domain';
import { LeadSourcesRepository } from '../lead-sources/lead-sources.repository';
import { actorRef, canSeeCampaign, FULL_ACCESS, type AccessScope, type Actor } from '../common/access/actor';
import { BadInputError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { actsAsManager, requireAuthenticated } from '../common/access/permissions';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { UrgencyService } from '../urgency/urgency.service';
import { wordInEnglish } from '../urgency/urgency-english';
import type { StoredUrgency } from '../urgency/urgency-rules';
import type { ImportMapping, ImportPreset } from './import-file';
import { MAX_FIELD_CHARS, UploadReader, type ReadUpload } from './upload-reader';
import { readRow, type ImportRow, type RowProblem } from './import-row';
import { AccountImportRecord, AppliedSlice, ImportError, ImportsRepository } from './imports.repository';
import { ImportUpsertRepository, NewAccountDerived, type StagedRep } from './import-upsert.repository';

/**
 * Staged rows applied per batch: one transaction, its progress committed (and published) with its
 * writes. The embedded database (PGlite, in a thread of its own) has one connection, which a
 * batch's transaction holds: batches stay small enough there that other users' requests get the
 * database between two of them within a fraction of a second.
 */
export function importChunkRows(database: 'embedded' | 'server'): number {
  return database === 'embedded' ? 2_000 : 10_000;
}
/**
 * Records of the file read, checked and staged per chunk (one transaction). Staging writes an
 * unindexed table but one key; what a chunk takes is mostly this thread's reading, between turns of
 * the event loop.
 */
export function importStageRows(database: 'embedded' | 'server'): number {
  return database === 'embedded' ? 4_000 : 10_000;
}
/**
 * Transactions that write a batch's rows at once. On the server, two: most of a batch's time is
 * the database inserting rows and their index entries, on one core per transaction, and this
 * machine has two. The embedded database has one connection (one at a time, whatever is asked).
 */
export function importSlices(database: 'embedded' | 'server'): number {
  return database === 'embedded' ? 1 : 2;
}
/** How often, at most, a running import publishes its progress (its rows done are committed by every step). */
export const PROGRESS_EVERY_MS = 500;
/** The tables an import writes in bulk: their planner statistics are refreshed once it finishes. */
export const IMPORT_TABLES = ['account', 'contact', 'rival_service', 'opportunity', 'stage_transition', 'account_import_error'];
/** Row errors kept per import (the failed count goes on counting). */
export const MAX_STORED_ERRORS = 10_000;

export interface SubmitImport {
  campaignId: string;
  csv?: string | null;
  csvBase64?: string | null;
  /** The file's bytes as they arrive (POST /imports/:campaignId): read as a stream, never whole. */
  body?: AsyncIterable<Buffer | Uint8Array | string> | null;
  fileName?: string | null;
  mapping?: ImportMapping | null;
  preset?: ImportPreset | null;
  defaultSegment?: Segment | null;
  /** The lawful basis relied on for the file's people (default legitimate_interests). */
  lawfulBasis?: LawfulBasis | null;
}

interface CachedPart {
  start: number;
  end: number;
  bytes: Buffer;
}

/**
 * The parts read of the running imports (a part holds many chunks' rows; a step reads those of the
 * next chunk with its own, so that the next step can read its chunk while its batch is applied,
 * without the database): those
 * not behind the last offset read, at most 12 parts of about 512 KB an import, of 4 imports.
 */
class PartCache {
  private readonly imports = new Map<string, CachedPart[]>();
  get(id: string, offset: number): CachedPart | undefined {
    return this.imports.get(id)?.find((p) => p.start <= offset && offset < p.end);
  }
  set(id: string, part: CachedPart): void {
    const parts = (this.imports.get(id) ?? []).filter((p) => p.start !== part.start);
    parts.push(part);
    parts.sort((a, b) => a.start - b.start);
    while (parts.length > 12) parts.shift();
    this.imports.delete(id);
    this.imports.set(id, parts);
    while (this.imports.size > 4) this.imports.delete(this.imports.keys().next().value as string);
  }
  /** Forgets the parts that end before `offset` (chunks only go forward). */
  dropBefore(id: string, offset: number): void {
    const parts = this.imports.get(id);
    if (parts) this.imports.set(id, parts.filter((p) => p.end > offset));
  }
  drop(id: string): void {
    this.imports.delete(id);
  }
}

/**
 * Imports of customer lists: submission checks the file and the mapping, stores it part by part and
 * queues the import (outbox `import.requested`); a job then stages and applies it a step at a time:
 * each step applies the next batch of staged rows with set-based statements (dedupe and match in
 * SQL, then the inserts and updates from the staging table) while it reads and checks the next chunk
 * of the file, whose valid rows it stages; its progress commits with it and the next step is queued
 * by the same commit (`import.continued`), so a worker killed mid-file resumes at the last committed
 * step with neither duplicates nor gaps. Before anything is applied, the first step checks that the
 * stored file is whole.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly cache = new PartCache();
  /** When each running import last published its progress (this process). */
  private readonly progressAt = new Map<string, number>();
  private readonly chunkRows: number;
  private readonly stageRows: number;
  private readonly sliceCount: number;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly upserts: ImportUpsertRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly urgency: UrgencyService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly relay: OutboxRelay,
    private readonly sources: LeadSourcesRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.chunkRows = importChunkRows(config.database.kind);
    this.stageRows = importStageRows(config.database.kind);
    this.sliceCount = importSlices(config.database.kind);
  }

  async submit(actor: Actor, scope: AccessScope, input: SubmitImport): Promise<AccountImportRecord> {
    const caller = requireAuthenticated(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    // Managers of the campaign, admins, and API keys with the import scope bound to it (or global).
    const allowed = caller.kind === 'api_key' ? caller.scopes.includes('import') : actsAsManager(caller, scope, campaignId);
    if (!allowed) throw new ForbiddenError('Only a manager of the campaign, an admin or an API key with the import scope can import accounts.');
    const mapping = input.mapping ?? null;
    const preset = input.mapping ? null : (input.preset ?? 'lifeboat');
    await this.imports.sweepOrphanParts();
    // The file is stored part by part as it arrives; its import row commits once it is whole and checked.
    const id = randomUUID();
    try {
      const file = await readUpload(input, new UploadReader(mapping, preset, (part) => this.imports.insertPart(id, part)));
      await this.uow.run(async (tx) => {
        const ctx = (await this.campaigns.getWithRivalByIds(tx.manager, scope, [campaignId])).get(campaignId);
        if (!ctx) throw new NotFoundError('The campaign');
        assertTakesNewAccounts(ctx.campaign);
        await this.imports.insert(tx.manager, {
          id,
          campaignId,
          preset,
          mapping: { fields: mapping ?? {}, columns: file.columns, delimiter: file.delimiter, headers: file.headers.slice(0, 200) },
          defaultSegment: input.defaultSegment ?? null,
          fileName: input.fileName ?? null,
          contentBytes: file.bytes,
          totalRows: file.totalRows,
          resumeOffset: file.dataOffset,
          resumeLine: file.dataLine,
          lawfulBasis: input.lawfulBasis ?? DEFAULT_LAWFUL_BASIS,
          actor: actorRef(caller),
        });
        // Every account and contact the file brings in points at this one source: the file, who imported it, the basis.
        await this.sources.create(tx.manager, { campaignId, kind: 'import', importId: id, fileName: input.fileName ?? null, actor: caller, lawfulBasis: input.lawfulBasis ?? DEFAULT_LAWFUL_BASIS });
        await this.audit.record(tx.manager, caller, {
          action: 'account_import.requested',
          entityType: 'AccountImport',
          entityId: id,
          campaignId,
          before: {},
          after: { fileName: input.fileName ?? null, totalRows: file.totalRows, preset: input.preset ?? null, columns: file.columns, lawfulBasis: input.lawfulBasis ?? DEFAULT_LAWFUL_BASIS },
        });
        await tx.emit('import.requested', { importId: id, campaignId });
      });
    } catch (error) {
      // Nothing half-written: the parts of a refused upload go.
      await this.imports.deleteParts(null, id).catch((e: unknown) => this.logger.warn(`Parts of refused upload ${id} not deleted: ${String(e)}`));
      throw error;
    }
    return (await this.imports.getById(FULL_ACCESS, id)) as AccountImportRecord;
  }

  async get(scope: AccessScope, globalId: string): Promise<AccountImportRecord | null> {
    const id = expectGlobalId(globalId, 'AccountImport', 'id');
    return this.imports.getById(scope, id);
  }

  async getByDbId(scope: AccessScope, id: string): Promise<AccountImportRecord | null> {
    return this.imports.getById(scope, id);
  }

  errors(importId: string, limit: number): Promise<ImportError[]> {
    return this.imports.errors(importId, limit);
  }

  /**
   * Runs one step of an import in the job's transaction, at `fromRow` (the import's cursor: the
   * records read plus the staged rows applied, which only grows); a job whose `fromRow` is not the
   * committed cursor is a stale duplicate and does nothing.
   *
   * A step applies the next batch of staged rows (set-based statements, the database's work) and,
   * at the same time, reads and checks the next chunk of the file (this thread's work), whose valid
   * rows it then stages: both commit with the step's progress. The first step only stages, after
   * checking that the stored file is whole; the last ones only apply.
   */
  async runChunk(manager: EntityManager, importId: string, fromRow: number, now = new Date()): Promise<Record<string, unknown>> {
    const record = await this.imports.lockById(manager, importId);
    if (!record || record.status === 'completed' || record.status === 'failed') return { skipped: 'finished' };
    const cursor = cursorOf(record);
    if (cursor !== fromRow) return { skipped: `at row ${cursor}, not ${fromRow}` };
    const ctx = (await this.campaigns.getWithRivalByIds(manager, FULL_ACCESS, [record.campaignId])).get(record.campaignId);
    if (!ctx) {
      await this.imports.fail(manager, importId, 'The campaign no longer exists.');
      await this.upserts.clearStaged(manager, importId);
      return { failed: 'campaign missing' };
    }
    if (record.status === 'queued') await this.imports.markRunning(manager, importId);
    const started = Date.now();

    // Before anything is applied: the stored file is whole (its parts follow one another to its end).
    if (record.rowsRead === 0 && record.stagedRows === 0 && !record.staged) {
      const gap = await this.imports.partsGap(manager, importId, record.resumeOffset, record.contentBytes);
      if (gap !== null) return this.failUnreadable(manager, record, `part of the file at byte ${gap} is missing`);
    }

    // The database applies the next batch of staged rows; once its writes are under way (its dedupe
    // and match done: this thread's work would only delay them), this thread reads and checks the
    // next chunk of the file, its parts in memory (read by the step before).
    const from = record.appliedRows;
    const to = Math.min(record.stagedRows, from + this.chunkRows);
    let read: RowsRead | { error: string } | null = null;
    let readMs = 0;
    let missed = false;
    const readNext = async (): Promise<void> => {
      if (record.staged) return;
      this.cache.dropBefore(importId, record.resumeOffset);
      await nextTurn();
      const t0 = Date.now();
      read = await this.readRows(record, (offset) => (to > from ? this.cache.get(importId, offset) ?? null : this.partAt(manager, record, offset)));
      readMs = Date.now() - t0;
    };
    const applying = to > from ? this.applyStaged(manager, record, ctx, now, from, to, readNext) : null;
    applying?.catch(() => undefined);
    if (!applying) await readNext();
    const applied = applying ? await applying : null;
    // A part not in memory is read now that the batch's statements are done (the connection was theirs).
    if (applying && read && 'error' in read) {
      missed = true;
      read = await this.readRows(record, (offset) => this.partAt(manager, record, offset));
    }
    read = read as RowsRead | { error: string } | null;
    if (read && 'error' in read) return this.failUnreadable(manager, record, read.error);

    let next = { ...record };
    let failedRows = 0;
    if (read) {
      await this.resolveCollectives(manager, record.campaignId, read);
      const { valid, recs, problems, offset, line } = read;
      const staged = (read.eof && read.records < this.stageRows) || offset >= record.contentBytes;
      failedRows = new Set(problems.map((p) => p.line)).size;
      await this.upserts.stage(manager, importId, record.stagedRows, valid, recs);
      await this.imports.insertErrors(manager, importId, problems, MAX_STORED_ERRORS);
      next = { ...next, rowsRead: record.rowsRead + read.records, stagedRows: record.stagedRows + valid.length, staged, resumeOffset: offset, resumeLine: line };
      next.failedCount += failedRows;
      await this.imports.advanceStaging(manager, importId, {
        rowsRead: next.rowsRead,
        resumeOffset: offset,
        resumeLine: line,
        stagedRows: next.stagedRows,
        failed: failedRows,
        staged,
      });
      // The parts of the chunk the next step reads, in memory (it reads them while its batch is applied).
      if (!staged) {
        this.cache.dropBefore(importId, offset);
        const end = Math.min(offset + this.chunkBytes(record, this.stageRows), record.contentBytes);
        for (let at = offset; at < end; ) {
          const part = await this.partAt(manager, record, at);
          if (!part) break;
          at = part.end;
        }
      }
    }
    next.appliedRows = to;
    const finished = next.staged && to >= next.stagedRows;
    const counts = { inserted: applied?.inserted ?? 0, updated: applied ? to - from - applied.inserted : 0 };
    if (applied || finished) {
      const rowsDone = finished ? next.rowsRead : (applied as AppliedBatch).lastRec;
      await this.imports.advanceApply(manager, importId, { rowsDone, appliedRows: to, ...counts, finished });
      // Subscribers hear of the progress at most about once every PROGRESS_EVERY_MS (each event is a
      // job of its own after the step's commit), and always of the end.
      const last = this.progressAt.get(importId) ?? 0;
      if (finished || Date.now() - last >= PROGRESS_EVERY_MS) {
        this.progressAt.set(importId, Date.now());
        while (this.progressAt.size > 16) this.progressAt.delete(this.progressAt.keys().next().value as string);
        await this.imports.emit(manager, 'import.progress', {
          importId: importId,
          campaignId: record.campaignId,
          status: finished ? 'completed' : 'running',
          rowsDone,
          totalRows: Math.max(record.totalRows, rowsDone),
        });
      }
    }
    if (finished) {
      await this.complete(manager, next, counts.inserted, counts.updated);
    } else {
      await this.imports.emit(manager, 'import.continued', { importId: importId, campaignId: record.campaignId, fromRow: cursorOf(next) });
      this.kickRelay();
    }
    this.logger.debug(
      `import ${importId}: step at ${fromRow}: read ${next.rowsRead - record.rowsRead} rows (${failedRows} refused), applied staged rows ${from}–${to} in ${Date.now() - started} ms (reading ${readMs} ms${missed ? ', a part not in memory' : ''})${applied ? ` (${applied.detail})` : ''}`,
    );
    return { fromRow, rowsRead: next.rowsRead, applied: to - from, ...counts, failed: failedRows, finished };
  }

  /** The stored file cannot be read: the import fails, before anything of it is applied when found by the first step. */
  private async failUnreadable(manager: EntityManager, record: AccountImportRecord, error: string): Promise<Record<string, unknown>> {
    const reason = `The file cannot be read after line ${record.resumeLine}: ${error}`;
    await this.imports.fail(manager, record.id, reason);
    await this.finished(manager, record, 'failed', record.insertedCount, record.updatedCount, record.failedCount);
    await this.imports.deleteParts(manager, record.id);
    this.drop(record.id);
    return { failed: reason };
  }

  /**
   * Applies staged rows `from` ≤ ord < `to`: deduplicated and matched by set-based statements, then
   * their new accounts inserted (with contact, deal and first transition) and their matched ones
   * updated, with their urgency; the staged rows go. Returns how many accounts went in and the record
   * number of the last row.
   */
  private async applyStaged(
    manager: EntityManager,
    record: AccountImportRecord,
    ctx: CampaignWithRival,
    now: Date,
    from: number,
    to: number,
    /** This thread's work meanwhile, started once the writes are under way. */
    meanwhile: () => Promise<void>,
  ): Promise<AppliedBatch> {
    const importId = record.id;
    const steps: Array<[string, number]> = [];
    const step = (name: string) => steps.push([name, Date.now()]);
    const started = Date.now();
    const reps = await this.upserts.planBatch(manager, importId, from, to);
    step('plan');
    await nextTurn();
    const matches = await this.upserts.match(manager, record.campaignId, reps);
    step('match');
    await nextTurn();
    // Slices that committed before this job's transaction failed (a re-run): their rows are not
    // written again, and the accounts they inserted are no match for the other rows (the first
    // run did not see them: each row goes where it went then).
    const applied = this.sliceCount > 1 ? await this.imports.appliedSlices(manager, importId, from) : new Map<number, AppliedSlice>();
    const written = new Set([...applied.values()].flatMap((a) => a.lines));
    const inserted = new Set([...applied.values()].flatMap((a) => a.accountIds));
    const seen = inserted.size === 0 ? matches : matches.map((id) => (id !== null && inserted.has(id) ? null : id));
    const slices = sliceRows(reps, seen, this.sliceCount, (rep) => written.has(rep.ord));
    const lastRec = await this.upserts.recOf(manager, importId, to - 1);
    // What the rows bring in is recorded as coming from the import's source (none for an import submitted before sources were recorded).
    const sourceId = await this.sources.idOfImport(manager, importId);
    await nextTurn();
    // The first slice in the job's transaction; each other one in a transaction of its own, at the
    // same time (on the server: one core each), recorded as applied when it commits. The job's
    // transaction commits the batch's progress only once they all have.
    const work = slices.map((slice, index) => {
      if (index === 0) return this.applySlice(manager, record, ctx, slice, sourceId, now);
      const done = applied.get(index);
      if (done !== undefined) return Promise.resolve(done.inserted);
      return this.uow.run(async (tx) => {
        const count = await this.applySlice(tx.manager, record, ctx, slice, sourceId, now);
        const lines = [...slice.fresh, ...slice.existing].map((r) => r.ord);
        await this.imports.recordSlice(tx.manager, importId, from, index, { inserted: count, lines, freshOrds: slice.fresh.map((r) => r.ord) });
        return count;
      });
    });
    // Awaited below: a failure meanwhile is not an unhandled rejection.
    for (const w of work) w.catch(() => undefined);
    await nextTurn();
    const aside = meanwhile().then(
      () => null,
      (error: unknown) => error,
    );
    // Every slice settles (commits or rolls back) before this transaction goes on or fails: a
    // slice still running when the job's transaction rolled back could commit after a re-run read
    // the slices applied.
    const settled = await Promise.allSettled(work);
    const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    const asideError = await aside;
    if (asideError) throw asideError;
    const insertedCount = settled.reduce((sum, r) => sum + (r as PromiseFulfilledResult<number>).value, 0);
    step('slices');
    if (this.sliceCount > 1) await this.imports.clearSlices(manager, importId, from);
    await this.upserts.clearStaged(manager, importId, from, to);
    step('clear');
    const detail = steps.map(([name, t], i) => `${name} ${t - (i === 0 ? started : steps[i - 1][1])}`).join(', ');
    return { inserted: insertedCount, lastRec, detail };
  }

  /**
   * The import is done (in the transaction of its last step, its progress written): its finished
   * event, its parts and what is left of its staging gone, its tables' statistics refreshed after commit.
   */
  private async complete(manager: EntityManager, record: AccountImportRecord, inserted: number, updated: number): Promise<void> {
    const importId = record.id;
    await this.finished(manager, record, 'completed', record.insertedCount + inserted, record.updatedCount + updated, record.failedCount);
    await this.imports.deleteParts(manager, importId);
    this.drop(importId);
    // After commit, the planner's statistics of what the import wrote are refreshed (maintenance.analyze).
    await this.imports.emit(manager, 'tables.bulk_written', { tables: IMPORT_TABLES, reason: `import ${importId}` });
    this.kickRelay();
  }

  /**
   * The next step's event commits with this one: ask for a relay pass right after. Without Redis the
   * relay is the caller of this very job: a kick now makes its pass go round once more as soon as
   * this job has committed (no pause between two steps). A relay not running (this job came from
   * Redis) starts a pass now, before the commit, and the one 20 ms later sees the event.
   */
  private kickRelay(): void {
    this.relay.kick();
    setTimeout(() => this.relay.kick(), 20).unref();
  }

  /** Writes one slice of a batch: its new accounts (with contact, deal and first transition), its updates and their urgency; returns how many accounts it inserted. */
  private async applySlice(manager: EntityManager, record: AccountImportRecord, ctx: CampaignWithRival, slice: Slice<StagedRep>, sourceId: string | null, now: Date): Promise<number> {
    const t0 = Date.now();
    const derived = this.deriveNew(slice.fresh, ctx, now);
    const t1 = Date.now();
    const inserted = await this.upserts.insertStaged(manager, record.id, record.campaignId, slice.fresh.map((r) => r.ord), derived, now, record.actorLabel, sourceId);
    const t2 = Date.now();
    await nextTurn();
    const states = await this.upserts.updateStaged(manager, record.id, record.campaignId, slice.existing.map((r) => r.ord), slice.existingIds, now, sourceId);
    await nextTurn();
    await this.urgency.recomputeAccounts(manager, ctx, states, now);
    // Rows naming a collective link their account to it (one statement; none when the file has no such column).
    const linking = [...slice.fresh.map((r) => [r, null] as const), ...slice.existing.map((r, i) => [r, slice.existingIds[i]] as const)].filter(([r]) => r.collectiveId !== null);
    if (linking.length > 0) {
      const urgent = await this.upserts.linkCollectives(manager, record.id, record.campaignId, linking.map(([r]) => r.ord), linking.map(([, id]) => id));
      if (urgent.length > 0) await this.urgency.recomputeAccountIds(manager, record.campaignId, urgent, now);
    }
    this.logger.debug(`import ${record.id}: slice of ${slice.fresh.length} new, ${slice.existing.length} matched: derive ${t1 - t0} ms, insert ${t2 - t1} ms, update and urgency ${Date.now() - t2} ms`);
    return inserted;
  }

  /**
   * Resolves the collective each valid row names (the `collective` column) among the campaign's
   * collectives, matched on normalized names (case, accents and punctuation ignored, as account
   * names): a row naming none of them (or several) is refused with its line, the column and the
   * name, and is not staged.
   */
  private async resolveCollectives(manager: EntityManager, campaignId: string, read: RowsRead): Promise<void> {
    if (!read.valid.some((r) => r.collective !== null)) return;
    const collectives: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM collective WHERE campaign_id = $1`, [campaignId]);
    const byKey = new Map<string, string | null>();
    for (const c of collectives) {
      const key = normalizeAccountName(c.name);
      byKey.set(key, byKey.has(key) ? null : c.id);
    }
    const valid: ImportRow[] = [];
    const recs: number[] = [];
    read.valid.forEach((row, i) => {
      if (row.collective === null) {
        valid.push(row);
        recs.push(read.recs[i]);
        return;
      }
      const id = byKey.get(normalizeAccountName(row.collective));
      if (id) {
        valid.push({ ...row, collectiveId: id });
        recs.push(read.recs[i]);
        return;
      }
      read.problems.push({
        line: row.line,
        field: 'collective',
        reason: id === null ? `"${row.collective}" names several collectives of the campaign` : `the campaign has no collective named "${row.collective}"`,
        code: 'unknown_collective',
        params: { value: row.collective },
      });
    });
    read.valid = valid;
    read.recs = recs;
    read.problems.sort((a, b) => a.line - b.line);
  }

  /**
   * The rows of the chunk that starts at the record's resume offset and line: its records parsed
   * from the stored parts (`part`), each read and checked, with where the next chunk starts.
   */
  private async readRows(record: AccountImportRecord, part: PartSource): Promise<RowsRead | { error: string }> {
    const read = await this.readChunk(record, part);
    if ('error' in read) return read;
    const { window, records } = read;
    // Line numbers: each record starts after the blank lines that precede it.
    const problems: RowProblem[] = [];
    const valid: ImportRow[] = [];
    const recs: number[] = [];
    let at = 0;
    let line = record.resumeLine;
    let rec = record.rowsRead;
    for (const { record: cells, info } of records) {
      rec++;
      const end = info.bytes;
      let start = at;
      while (start < end && (window[start] === 10 || window[start] === 13 || window[start] === 32 || window[start] === 9)) {
        if (window[start] === 10) line++;
        start++;
      }
      const rowLine = line;
      for (let i = start; i < end; i++) if (window[i] === 10) line++;
      at = end;
      const long = cells.findIndex((cell) => cell.length > MAX_FIELD_CHARS);
      if (long >= 0) {
        problems.push(tooLong(record, long, rowLine));
        continue;
      }
      const row = readRow(cells, rowLine, record.columns, (record.defaultSegment as Segment | null) ?? null);
      if ('row' in row) {
        valid.push(row.row);
        recs.push(rec);
      } else problems.push(...row.problems);
    }
    return { records: records.length, eof: read.eof, valid, recs, problems, offset: record.resumeOffset + at, line };
  }

  private drop(importId: string): void {
    this.cache.drop(importId);
  }

  /**
   * The next chunk's records from the stored parts: a window of whole parts from the resume offset,
   * parsed, grown by the next part while the chunk's last record may continue past the window.
   */
  private async readChunk(record: AccountImportRecord, part: PartSource): Promise<{ window: Buffer; records: ParsedRecord[]; eof: boolean } | { error: string }> {
    let window: Buffer = Buffer.alloc(0);
    let next = record.resumeOffset;
    let eof = next >= record.contentBytes;
    // Enough parts for a whole chunk at the file's average row size before the first parse (a
    // chunk spans parts: parsing a window one part short means parsing it all again).
    const wanted = this.chunkBytes(record, this.stageRows);
    for (;;) {
      while (!eof) {
        const found = await part(next);
        if (!found) return { error: `part of the file at byte ${next} is missing` };
        const from = next - found.start;
        window = window.length === 0 ? found.bytes.subarray(from) : Buffer.concat([window, found.bytes.subarray(from)]);
        next = found.end;
        eof = next >= record.contentBytes;
        // One part at a time once the window holds a chunk's worth.
        if (window.length >= wanted) break;
      }
      let records: ParsedRecord[];
      try {
        records = parse(window, {
          delimiter: record.delimiter,
          relax_column_count: true,
          skip_empty_lines: true,
          relax_quotes: true,
          info: true,
          to: this.stageRows,
        }) as unknown as ParsedRecord[];
      } catch (error) {
        if (!eof) continue;
        return { error: (error as Error).message };
      }
      // A record that reaches the end of the window may go on in the next part.
      const whole = eof ? records : records.filter((r) => r.info.bytes < window.length);
      if (eof || whole.length >= this.stageRows) return { window, records: whole, eof: eof && whole.length === records.length };
    }
  }

  /**
   * The part holding byte `offset`. Not in memory: read with the parts after it up to two chunks'
   * worth of bytes, in one statement, so that the next chunk finds its parts in memory (and can be
   * read ahead while this one's statements run).
   */
  private async partAt(manager: EntityManager, record: AccountImportRecord, offset: number): Promise<CachedPart | null> {
    const cached = this.cache.get(record.id, offset);
    if (cached) return cached;
    const parts = await this.imports.partsBetween(manager, record.id, offset, offset + 1 + 2 * this.chunkBytes(record, this.stageRows));
    let found: CachedPart | null = null;
    for (const part of parts) {
      const read = { start: part.start, end: part.start + part.bytes, bytes: Buffer.from(part.text, 'utf8') };
      this.cache.set(record.id, read);
      if (read.start <= offset && offset < read.end) found ??= read;
    }
    return found;
  }

  /** About how many bytes a chunk of this file takes (its average row size), 0 when its rows were not counted. */
  private chunkBytes(record: AccountImportRecord, rows: number): number {
    return record.totalRows > 0 ? Math.ceil((record.contentBytes / record.totalRows) * rows * 1.05) : 0;
  }

  private async finished(manager: EntityManager, record: AccountImportRecord, status: 'completed' | 'failed', inserted: number, updated: number, failed: number) {
    await this.imports.emit(manager, 'import.finished', { importId: record.id, campaignId: record.campaignId, status, inserted, updated, failed });
  }

  /**
   * Urgency, queue priority and due time of new accounts, in one pass: rows alike in what the rules look at share
   * one computation (the same spend points, countries, backup and principal-operator flags); each
   * row then gets its own spend in the factors' parameters and its own name in their English words.
   */
  private deriveNew(rows: ReadonlyArray<StagedRep>, ctx: CampaignWithRival, now: Date): NewAccountDerived[] {
    const templates = new Map<string, StoredUrgency>();
    const dues = new Map<Segment, Date | null>();
    const settings = resolveCampaignSettings(ctx.campaign.settings);
    const spendMax = settings.urgencyWeights.monthlySpendMax;
    const priorityOf = this.urgency.queuePriorityScorer(ctx, now);
    return rows.map((row) => {
      const spend = row.monthlySpend ?? 0;
      const countries = row.countries ?? [];
      const distinct = countries.length >= 3 ? [...new Set(countries)].sort().join(',') : String(new Set(countries).size);
      const key = `${monthlySpendPoints(spend, spendMax)}|${distinct}|${row.hasBackupProvider ?? false}|${row.rivalIsPrincipalOperator ?? false}`;
      let template = templates.get(key);
      if (!template) {
        template = this.urgency.urgencyOf(
          {
            name: row.name,
            monthlySpend: spend,
            countries,
            hasBackupProvider: row.hasBackupProvider ?? false,
            rivalIsPrincipalOperator: row.rivalIsPrincipalOperator ?? false,
            lastContactAt: null,
            createdAt: now,
          },
          ctx,
          'identified',
          now,
        );
        templates.set(key, template);
      }
      let due = dues.get(row.segment);
      if (due === undefined) {
        due = this.urgency.dueAtOf('identified', now, row.segment, ctx);
        dues.set(row.segment, due);
      }
      const factors = template.factors.map((f) => (f.key === 'monthly_spend' ? { key: f.key, points: f.points, params: { ...f.params, monthlySpend: spend } } : { key: f.key, points: f.points, params: f.params }));
      // Its deal opens in identified, due from now: not overdue.
      const queuePriority = priorityOf({ monthlySpend: spend, segment: row.segment, stage: 'identified', dueAt: null });
      return { urgency: template.score, factors: wordInEnglish(factors, { rival: ctx.rival.name, account: row.name }), queuePriority, dueAt: due };
    });
  }
}

type ParsedRecord = { record: string[]; info: { bytes: number } };
/** A part of a stored file by offset: read from the database, or from memory only. */
type PartSource = (offset: number) => Promise<CachedPart | null> | CachedPart | null;
/** A chunk's rows as read from the file, before the database is asked anything. */
interface RowsRead {
  /** Records read, valid or not. */
  records: number;
  eof: boolean;
  valid: ImportRow[];
  /** The record number of each valid row (the header excluded, from 1). */
  recs: number[];
  problems: RowProblem[];
  /** Where the chunk after it starts. */
  offset: number;
  line: number;
}

/**
 * A turn of the event loop between two steps of a chunk: reading the rows, deriving the new
 * accounts and scoring them run on the api's thread (the statements do not: a server, or the
 * embedded database's own thread), so requests waiting for the event loop (/health, anything not
 * needing the database) are served between those steps rather than after the whole chunk.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The error of a row with a field longer than MAX_FIELD_CHARS: the field it maps to, else its column's header. */
function tooLong(record: AccountImportRecord, column: number, line: number): RowProblem {
  const field = (Object.entries(record.columns) as Array<[string, number]>).find(([, index]) => index === column)?.[0];
  const header = record.headers[column] ?? `column ${column + 1}`;
  return {
    line,
    field: field ?? header,
    reason: `field "${header}" is longer than ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters`,
    code: 'too_long',
    params: { max: MAX_FIELD_CHARS },
  };
}

/** The upload through the reader: a stream of bytes, or the mutation's `csv` (text) or `csvBase64` (bytes). */
async function readUpload(input: SubmitImport, reader: UploadReader): Promise<ReadUpload> {
  if (input.body != null) {
    for await (const chunk of input.body) await reader.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return reader.end();
  }
  if ((input.csv == null) === (input.csvBase64 == null)) {
    throw new BadInputError('Give the file either as `csv` (its text) or as `csvBase64` (its bytes in base64), not both.', [
      { field: 'input.csv', reason: 'exactly one of csv or csvBase64' },
    ]);
  }
  if (input.csv != null) {
    await reader.writeText(input.csv);
    return reader.end();
  }
  const b64 = (input.csvBase64 ?? '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64)) throw new BadInputError('csvBase64 is not base64.', [{ field: 'input.csvBase64', reason: 'not base64' }]);
  await reader.write(Buffer.from(b64, 'base64'));
  return reader.end();
}

/** A part of a batch's rows that one transaction writes: new accounts, and matched ones with their ids. */
interface Slice<T> {
  fresh: T[];
  existing: T[];
  existingIds: string[];
}

/**
 * A chunk's rows (deduplicated) in `count` slices of consecutive rows that transactions running at
 * once can write without waiting for each other: no two slices insert the same external ref or
 * name (deduplicated) nor update the same account. Rows matching one account all go to the slice
 * of the last of them, as in one transaction. Rows `skip` says were written already (by a slice
 * of an earlier run) are left out; the others keep the slices they had.
 */
export function sliceRows<T>(rows: T[], matches: Array<string | null>, count: number, skip: (row: T) => boolean = () => false): Slice<T>[] {
  const slices: Slice<T>[] = Array.from({ length: Math.max(1, count) }, () => ({ fresh: [], existing: [], existingIds: [] }));
  const size = Math.max(1, Math.ceil(rows.length / slices.length));
  const sliceOf = (i: number) => Math.min(slices.length - 1, Math.floor(i / size));
  const lastSlice = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = matches[i];
    if (id && !skip(row)) lastSlice.set(id, sliceOf(i));
  });
  rows.forEach((row, i) => {
    if (skip(row)) return;
    const id = matches[i];
    if (!id) {
      slices[sliceOf(i)].fresh.push(row);
      return;
    }
    const target = lastSlice.get(id) as number;
    slices[target].existing.push(row);
    slices[target].existingIds.push(id);
  });
  return slices;
}

/** Where an import is: the records read plus the staged rows applied (only ever grows). */
function cursorOf(record: Pick<AccountImportRecord, 'rowsRead' | 'appliedRows'>): number {
  return record.rowsRead + record.appliedRows;
}

/** What applying a batch of staged rows did. */
interface AppliedBatch {
  inserted: number;
  /** The record number of its last row. */
  lastRec: number;
  /** Where its time went, for the debug log. */
  detail: string;
}
