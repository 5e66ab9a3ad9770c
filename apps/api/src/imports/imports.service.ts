import { Injectable, Logger } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { EntityManager } from 'typeorm';
import { formatMoney, monthlySpendPoints, resolveCampaignSettings, type Segment, type Stage, type UrgencyFactor } from '@lifeboat/domain';
import { actorRef, canSeeCampaign, FULL_ACCESS, type AccessScope, type Actor } from '../identity/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { actsAsManager, requireAuthenticated } from '../common/access/permissions';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../database/unit-of-work';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository, CampaignWithRival } from '../campaigns/campaigns.repository';
import { AccountUrgencyService } from '../accounts/account-urgency.service';
import { decodeUpload, prepareFile, type ImportMapping, type ImportPreset } from './import-file';
import { readRow, type ImportRow, type RowProblem } from './import-row';
import { AccountImportRecord, ImportError, ImportsRepository } from './imports.repository';
import { ImportUpsertRepository, NewAccountDerived } from './import-upsert.repository';

/** Rows per chunk: one transaction, its progress committed with its writes. */
export const IMPORT_CHUNK_ROWS = 10_000;
/** The tables an import writes in bulk: their planner statistics are refreshed once it finishes. */
export const IMPORT_TABLES = ['account', 'contact', 'rival_service', 'opportunity', 'stage_transition', 'account_import_error'];
/** Row errors kept per import (the failed count goes on counting). */
export const MAX_STORED_ERRORS = 10_000;

export interface SubmitImport {
  campaignId: string;
  csv?: string | null;
  csvBase64?: string | null;
  /** The file's bytes (POST /imports/:campaignId). */
  bytes?: Buffer | null;
  fileName?: string | null;
  mapping?: ImportMapping | null;
  preset?: ImportPreset | null;
  defaultSegment?: Segment | null;
}

/** The decoded files of running imports, so each chunk does not fetch the whole file again. */
class FileCache {
  private readonly files = new Map<string, Buffer>();
  get(id: string): Buffer | undefined {
    return this.files.get(id);
  }
  set(id: string, file: Buffer): void {
    this.files.set(id, file);
    while (this.files.size > 4) this.files.delete(this.files.keys().next().value as string);
  }
  drop(id: string): void {
    this.files.delete(id);
  }
}

/**
 * Imports of customer lists: submission checks the file and the mapping and queues the import
 * (outbox `import.requested`); a job then takes the file chunk by chunk, each chunk and its
 * progress committed together, the next chunk queued by the same commit (`import.continued`), so
 * a worker killed mid-file resumes at the last committed chunk with neither duplicates nor gaps.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly cache = new FileCache();

  constructor(
    private readonly imports: ImportsRepository,
    private readonly upserts: ImportUpsertRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly urgency: AccountUrgencyService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly relay: OutboxRelay,
  ) {}

  async submit(actor: Actor, scope: AccessScope, input: SubmitImport): Promise<AccountImportRecord> {
    const caller = requireAuthenticated(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    // Managers of the campaign, admins, and API keys with the import scope bound to it (or global).
    const allowed = caller.kind === 'api_key' ? caller.scopes.includes('import') : actsAsManager(caller, scope, campaignId);
    if (!allowed) throw new ForbiddenError('Only a manager of the campaign, an admin or an API key with the import scope can import accounts.');
    const text = decodeUpload(input);
    const file = prepareFile(text, input.mapping ?? null, input.mapping ? null : (input.preset ?? 'lifeboat'));
    const id = await this.uow.run(async (tx) => {
      const ctx = (await this.campaigns.getWithRivalByIds(tx.manager, scope, [campaignId])).get(campaignId);
      if (!ctx) throw new NotFoundError('The campaign');
      const importId = await this.imports.insert(tx.manager, {
        campaignId,
        preset: input.mapping ? null : (input.preset ?? 'lifeboat'),
        mapping: { fields: input.mapping ?? {}, columns: file.columns, delimiter: file.delimiter },
        defaultSegment: input.defaultSegment ?? null,
        fileName: input.fileName ?? null,
        content: file.text,
        totalRows: file.totalRows,
        resumeOffset: file.dataOffset,
        resumeLine: file.dataLine,
        actor: actorRef(caller),
      });
      await this.audit.record(tx.manager, caller, {
        action: 'account_import.requested',
        entityType: 'AccountImport',
        entityId: importId,
        campaignId,
        before: {},
        after: { fileName: input.fileName ?? null, totalRows: file.totalRows, preset: input.preset ?? null, columns: file.columns },
      });
      await tx.emit('import.requested', { importId, campaignId });
      return importId;
    });
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
   * Runs one chunk of an import in the job's transaction, from `fromRow`; a job whose `fromRow`
   * is not the committed `rows_done` is a stale duplicate and does nothing.
   */
  async runChunk(manager: EntityManager, importId: string, fromRow: number, now = new Date()): Promise<Record<string, unknown>> {
    const record = await this.imports.lockById(manager, importId);
    if (!record || record.status === 'completed' || record.status === 'failed') return { skipped: 'finished' };
    if (record.rowsDone !== fromRow) return { skipped: `at row ${record.rowsDone}, not ${fromRow}` };
    const ctx = (await this.campaigns.getWithRivalByIds(manager, FULL_ACCESS, [record.campaignId])).get(record.campaignId);
    if (!ctx) {
      await this.imports.fail(manager, importId, 'The campaign no longer exists.');
      return { failed: 'campaign missing' };
    }
    if (record.status === 'queued') await this.imports.markRunning(manager, importId);
    let file = this.cache.get(importId);
    if (!file) {
      file = Buffer.from(await this.imports.content(manager, importId), 'utf8');
      this.cache.set(importId, file);
    }

    const started = Date.now();
    let records: Array<{ record: string[]; info: { bytes: number } }>;
    try {
      records = parse(file.subarray(record.resumeOffset), {
        delimiter: record.delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        relax_quotes: true,
        info: true,
        to: IMPORT_CHUNK_ROWS,
      }) as unknown as Array<{ record: string[]; info: { bytes: number } }>;
    } catch (error) {
      const reason = `The file cannot be read after line ${record.resumeLine}: ${(error as Error).message}`;
      await this.imports.fail(manager, importId, reason);
      await this.finished(manager, record, 'failed', 0, 0, 0);
      this.cache.drop(importId);
      return { failed: reason };
    }

    // Line numbers: each record starts after the blank lines that precede it.
    const problems: RowProblem[] = [];
    const valid: ImportRow[] = [];
    let offset = record.resumeOffset;
    let line = record.resumeLine;
    for (const { record: cells, info } of records) {
      const end = record.resumeOffset + info.bytes;
      let start = offset;
      while (start < end && (file[start] === 10 || file[start] === 13 || file[start] === 32 || file[start] === 9)) {
        if (file[start] === 10) line++;
        start++;
      }
      const rowLine = line;
      for (let i = start; i < end; i++) if (file[i] === 10) line++;
      offset = end;
      const read = readRow(cells, rowLine, record.columns, (record.defaultSegment as Segment | null) ?? null);
      if ('row' in read) valid.push(read.row);
      else problems.push(...read.problems);
    }
    const failedRows = new Set(problems.map((p) => p.line)).size;

    // Within the chunk a later row of the same account wins (earlier chunks are in the database already).
    const unique = dedupe(valid);
    const matches = await this.upserts.match(manager, record.campaignId, unique);
    const fresh: ImportRow[] = [];
    const existing: ImportRow[] = [];
    const existingIds: string[] = [];
    unique.forEach((row, i) => {
      const id = matches[i];
      if (id) {
        existing.push(row);
        existingIds.push(id);
      } else {
        fresh.push(row);
      }
    });
    const derived = this.deriveNew(fresh, ctx, now);
    const inserted = await this.upserts.insertNew(manager, record.campaignId, fresh, derived, now, record.actorLabel);
    const states = await this.upserts.updateExisting(manager, record.campaignId, existing, existingIds, now);
    await this.upserts.setUrgency(
      manager,
      states.map((s) => {
        const result = this.urgency.urgencyOf(s, ctx, (s.openStage as Stage | null) ?? null, now);
        return { id: s.id, urgency: result.score, factors: result.factors };
      }),
      now,
    );
    await this.imports.insertErrors(manager, importId, problems, MAX_STORED_ERRORS);

    const rowsDone = record.rowsDone + records.length;
    const finished = records.length < IMPORT_CHUNK_ROWS || offset >= file.length;
    const counts = { inserted, updated: valid.length - inserted, failed: failedRows };
    await this.imports.advance(manager, importId, { rowsDone, resumeOffset: offset, resumeLine: line, ...counts, finished });
    const totalRows = Math.max(record.totalRows, rowsDone);
    await this.imports.emit(manager, 'import.progress', {
      importId,
      campaignId: record.campaignId,
      status: finished ? 'completed' : 'running',
      rowsDone,
      totalRows,
    });
    if (finished) {
      await this.finished(
        manager,
        record,
        'completed',
        record.insertedCount + counts.inserted,
        record.updatedCount + counts.updated,
        record.failedCount + counts.failed,
      );
      this.cache.drop(importId);
      // After commit, the planner's statistics of what the import wrote are refreshed (maintenance.analyze).
      await this.imports.emit(manager, 'tables.bulk_written', { tables: IMPORT_TABLES, reason: `import ${importId}` });
    } else {
      await this.imports.emit(manager, 'import.continued', { importId, campaignId: record.campaignId, fromRow: rowsDone });
    }
    // The next chunk's event commits with this chunk: ask for a relay pass right after.
    setTimeout(() => this.relay.kick(), 20).unref();
    this.logger.debug(`import ${importId}: rows ${fromRow}–${rowsDone} in ${Date.now() - started} ms`);
    return { fromRow, rowsDone, ...counts, finished };
  }

  private async finished(manager: EntityManager, record: AccountImportRecord, status: 'completed' | 'failed', inserted: number, updated: number, failed: number) {
    await this.imports.emit(manager, 'import.finished', { importId: record.id, campaignId: record.campaignId, status, inserted, updated, failed });
  }

  /**
   * Urgency and due time of new accounts, in one pass: rows alike in what the rules look at share
   * one computation (the same spend points, countries, backup and principal-operator flags), whose
   * texts are then filled with the row's name and spend. The domain computes each distinct case
   * once; the texts it returns are templates (placeholders for the name and the formatted spend).
   */
  private deriveNew(rows: ImportRow[], ctx: CampaignWithRival, now: Date): NewAccountDerived[] {
    const templates = new Map<string, { score: number; factors: UrgencyFactor[] }>();
    const dues = new Map<Segment, Date | null>();
    const settings = resolveCampaignSettings(ctx.campaign.settings);
    const spendMax = settings.urgencyWeights.monthlySpendMax;
    const currency = ctx.campaign.currency.trim();
    const money = moneyFormatter(currency);
    return rows.map((row) => {
      const spend = row.monthlySpend ?? 0;
      const countries = row.countries ?? [];
      const distinct = countries.length >= 3 ? [...new Set(countries)].sort().join(',') : String(new Set(countries).size);
      // A name ending in s has another possessive ("Acme Networks' principal operator").
      const placeholder = row.name.endsWith('s') ? NAME_S : NAME;
      const key = `${monthlySpendPoints(spend, spendMax)}|${distinct}|${row.hasBackupProvider ?? false}|${row.rivalIsPrincipalOperator ?? false}|${placeholder}`;
      let template = templates.get(key);
      if (!template) {
        const result = this.urgency.urgencyOf(
          {
            name: placeholder,
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
        // The spend's text becomes a placeholder, when the domain writes it as formatMoney does.
        const formatted = formatMoney(spend, currency);
        const exact = money(spend) === formatted;
        template = {
          score: result.score,
          factors: result.factors.map((f) =>
            f.key === 'monthly_spend' && exact && f.reason.includes(formatted) ? { ...f, reason: f.reason.split(formatted).join(SPEND) } : f,
          ),
        };
        // Not templated (another text): computed per row, as cheap as before.
        if (!exact) templates.delete(key);
        else templates.set(key, template);
      }
      let due = dues.get(row.segment);
      if (due === undefined) {
        due = this.urgency.dueAtOf('identified', now, row.segment, ctx);
        dues.set(row.segment, due);
      }
      const factors = template.factors.map((f) =>
        f.reason.includes(placeholder) || f.reason.includes(SPEND)
          ? { ...f, reason: fillName(f.reason, placeholder, row.name).split(SPEND).join(money(spend)) }
          : f,
      );
      return { urgency: template.score, factors, dueAt: due };
    });
  }
}

/** formatMoney's output with one formatter per currency (formatMoney makes one per call). */
function moneyFormatter(currency: string): (minorUnits: number) => string {
  try {
    const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
    return (minorUnits) => format.format(minorUnits / 100);
  } catch {
    return (minorUnits) => formatMoney(minorUnits, currency);
  }
}

const SPEND = 'SPEND\u0002';

const NAME = 'ACCOUNT\u0001';

/** The placeholder of a name ending in s: the domain's possessive then adds only an apostrophe. */
const NAME_S = 'ACCOUNT\u0003s';

function fillName(reason: string, placeholder: string, name: string): string {
  const capitalized = name.charAt(0).toUpperCase() + name.slice(1);
  return reason.startsWith(placeholder)
    ? capitalized + reason.slice(placeholder.length).split(placeholder).join(name)
    : reason.split(placeholder).join(name);
}

function dedupe(rows: ImportRow[]): ImportRow[] {
  const slot = new Map<string, number>();
  const out: Array<ImportRow | null> = [];
  for (const row of rows) {
    const byName = `n:${row.normalizedName}|${row.countries?.[0] ?? ''}`;
    const byRef = row.externalRef ? `e:${row.externalRef}` : null;
    const at = byRef ? slot.get(byRef) : slot.get(byName);
    if (at !== undefined) {
      out[at] = row;
      continue;
    }
    slot.set(byRef ?? byName, out.length);
    if (byRef && !slot.has(byName)) slot.set(byName, out.length);
    out.push(row);
  }
  return out.filter((r): r is ImportRow => r !== null);
}
