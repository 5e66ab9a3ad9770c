import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BadInputError } from '../common/errors/lifeboat-error';
import { checkParams, queryParam, sendRestError } from '../common/errors/rest-error';
import { AccountsArgs } from '../accounts/dto/accounts.args';
import { accountFilterOf } from '../accounts/accounts.service';
import { AuthService } from '../identity/auth.service';
import { AccessService } from '../identity/access.service';
import { RateLimitsService } from '../identity/rate-limits.service';
import { identifyRestCaller, type RestCaller } from '../identity/rest-caller';
import { AccountsExportService } from './accounts-export.service';
import { CsvExporter, type CsvExport, type ExportSink } from './csv-exporter';
import { PipelineExportsService } from './pipeline-exports.service';
import { ActivitiesExportParams } from './dto/activities-export.params';
import { OpportunitiesArgs } from '../pipeline/dto/opportunities.args';
import { dealFilterOf } from '../pipeline/pipeline.service';
import { expectGlobalId } from '../common/graphql/global-id';
import type { AccessScope } from '../common/access/actor';

/** The accounts list's filters, as `GET /exports/accounts.csv` takes them (its paging and order excepted). */
const ACCOUNT_FILTERS = ['campaignId', 'rivalId', 'segment', 'ownerId', 'unassigned', 'stage', 'overdue', 'minUrgency', 'search', 'country'] as const;
/** The `opportunities` filters, as `GET /exports/deals.csv` takes them. */
const DEAL_FILTERS = ['campaignId', 'rivalId', 'segment', 'ownerId', 'stage', 'overdue', 'closedFrom', 'closedBefore', 'cycleBucket'] as const;
const ACTIVITY_FILTERS = ['campaignId', 'accountId', 'kind', 'from', 'to'] as const;
const BOOLEANS = new Set(['unassigned', 'overdue']);
const INTEGERS = new Set(['minUrgency', 'cycleBucket']);
const INSTANTS = new Set(['closedFrom', 'closedBefore', 'from', 'to']);

/**
 * Filtered lists as CSV files, written while they are read (csv-exporter.ts): UTF-8 with a BOM,
 * CRLF, RFC 4180, formula-like text behind a '. Authorization as for GraphQL (`Bearer <token or API
 * key>`), with its rate limits; a refusal answers `{ error: { code, message, fields } }` with 400,
 * 401, 404 or 429 before any row is written; a file cut short by an error mid-way ends the
 * connection without its last chunk, so no client takes it for a whole one.
 *
 * - `GET /exports/accounts.csv`: the accounts list's filters (`campaignId`, `rivalId`, `segment`,
 *   `ownerId`, `unassigned`, `stage`, `overdue`, `minUrgency`, `search`, `country`); the columns an
 *   import reads first (`name` … `rivalIsPrincipalOperator`: the file re-imports as it is), then
 *   `currency`, `urgency`, `stage`, `dueAt`, `owner`, `ownerEmail`, `campaign`, `id`.
 * - `GET /exports/deals.csv`: the `opportunities` filters (`campaignId`, `rivalId`, `segment`,
 *   `ownerId`, `stage`, `overdue`, `closedFrom`, `closedBefore`, `cycleBucket`).
 * - `GET /exports/activities.csv`: one campaign's activities (`campaignId` required; `accountId`,
 *   `kind`, `from`, `to`), oldest first.
 */
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private readonly exporter: CsvExporter,
    private readonly accountsExport: AccountsExportService,
    private readonly pipelineExports: PipelineExportsService,
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly limits: RateLimitsService,
  ) {}

  @Get('accounts.csv')
  accounts(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'accounts', (actor, scope) => this.accountsExport.list(actor, scope, accountFilterOf(checkParams(AccountsArgs, readQuery(req.query, ACCOUNT_FILTERS), 'export'))));
  }

  @Get('deals.csv')
  deals(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'deals', (actor, scope) => this.pipelineExports.deals(actor, scope, dealFilterOf(checkParams(OpportunitiesArgs, readQuery(req.query, DEAL_FILTERS), 'export'))));
  }

  @Get('activities.csv')
  activities(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'activities', (actor, scope) => {
      const params = checkParams(ActivitiesExportParams, readQuery(req.query, ACTIVITY_FILTERS), 'export');
      return this.pipelineExports.activities(actor, scope, {
        campaignId: expectGlobalId(params.campaignId, 'Campaign', 'campaignId'),
        accountId: params.accountId ? expectGlobalId(params.accountId, 'Account', 'accountId') : undefined,
        kind: params.kind,
        from: params.from,
        to: params.to,
      });
    });
  }

  /** Identifies the caller, checks the request (`describe`), then streams the file. */
  private async send<R>(req: Request, res: Response, name: string, describe: (actor: RestCaller, scope: AccessScope) => CsvExport<R>): Promise<void> {
    try {
      const actor = await identifyRestCaller(req, this.auth, this.limits);
      const scope = await this.access.scopeFor(actor);
      const list = describe(actor, scope);
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="lifeboat-${name}-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.setHeader('cache-control', 'no-store');
      const { complete } = await this.exporter.write(actor, list, sinkOf(res));
      if (complete) res.end();
    } catch (error) {
      if (!res.headersSent) {
        // Nothing written yet (the database was out of connections, say): a plain error, not a file.
        res.removeHeader('content-disposition');
        sendRestError(res, req, error, this.logger);
        return;
      }
      // The file is under way: the reader must not take a cut file for a whole one.
      this.logger.error(`Export of ${name} cut short: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** The query's parameters (only `allowed` ones), in the types their DTO checks: booleans, integers and instants from their text. */
function readQuery(query: Request['query'], allowed: readonly string[]): Record<string, unknown> {
  const unknown = Object.keys(query).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new BadInputError(`Unknown parameter ${unknown.join(', ')}: this export takes ${allowed.join(', ')}.`, unknown.map((field) => ({ field, reason: 'unknown parameter' })));
  }
  const plain: Record<string, unknown> = {};
  for (const key of allowed) {
    const value = queryParam(query, key);
    if (value === undefined) continue;
    if (BOOLEANS.has(key)) plain[key] = value === 'true' ? true : value === 'false' ? false : value;
    else if (INTEGERS.has(key)) plain[key] = /^-?\d+$/.test(value) ? Number(value) : value;
    else if (INSTANTS.has(key)) plain[key] = /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : value;
    else plain[key] = value;
  }
  return plain;
}

/** Writes to the response as fast as the reader takes it: waits for `drain`, stops when it goes away. */
function sinkOf(res: Response): ExportSink {
  return (text) =>
    new Promise<boolean>((resolve) => {
      if (res.destroyed || res.writableEnded) return resolve(false);
      if (res.write(text)) return resolve(true);
      const done = (more: boolean) => {
        res.off('drain', onDrain);
        res.off('close', onClose);
        resolve(more);
      };
      const onDrain = () => done(true);
      const onClose = () => done(false);
      res.once('drain', onDrain);
      res.once('close', onClose);
    });
}
