import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BadInputError } from '../common/errors/lifeboat-error';
import { checkParams, queryParam, sendRestError } from '../common/errors/rest-error';
import { AccountsArgs } from '../accounts/dto/accounts.args';
import { accountFilterOf } from '../accounts/accounts.service';
import { AuthService } from '../identity/auth.service';
import { AccessService } from '../identity/access.service';
import { RateLimitsService } from '../identity/rate-limits.service';
import { identifyRestCaller } from '../identity/rest-caller';
import { AccountsExportService, type ExportSink } from './accounts-export.service';

/** The accounts list's filters, as `GET /exports/accounts.csv` takes them (its paging and order excepted). */
const ACCOUNT_FILTERS = ['campaignId', 'rivalId', 'segment', 'ownerId', 'unassigned', 'stage', 'overdue', 'minUrgency', 'search', 'country'] as const;

/**
 * `GET /exports/accounts.csv`: every account the caller can see that the accounts list's filters
 * match (query parameters `campaignId`, `rivalId`, `segment`, `ownerId`, `unassigned`, `stage`,
 * `overdue`, `minUrgency`, `search`, `country`, as the `accounts` query takes them), as a CSV file
 * written while it is read (UTF-8 with a BOM, CRLF, RFC 4180, formula-like text behind a '): the
 * columns an import reads (`name` … `rivalIsPrincipalOperator`: the file re-imports as it is), then
 * `currency`, `urgency`, `stage`, `dueAt`, `owner`, `ownerEmail`, `campaign`, `id`. Authorization as
 * for GraphQL (`Bearer <token or API key>`), with its rate limits; refusals answer
 * `{ error: { code, message, fields } }` with 400, 401, 403, 404 or 429 before any row is written.
 */
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private readonly exports: AccountsExportService,
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly limits: RateLimitsService,
  ) {}

  @Get('accounts.csv')
  async accounts(@Req() req: Request, @Res() res: Response): Promise<void> {
    let started = false;
    try {
      const actor = await identifyRestCaller(req, this.auth, this.limits);
      const filter = accountFilterOf(readFilters(req.query));
      const scope = await this.access.scopeFor(actor);
      this.exports.prepare(actor, scope, filter);
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="lifeboat-accounts-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.setHeader('cache-control', 'no-store');
      started = true;
      const { complete } = await this.exports.write(actor, scope, filter, sinkOf(res));
      if (complete) res.end();
    } catch (error) {
      if (!started || !res.headersSent) {
        sendRestError(res, req, error, this.logger);
        return;
      }
      // The file is under way: the reader must not take a cut file for a whole one.
      this.logger.error(`Export of accounts cut short: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** The query's filters, in the types the accounts list's arguments check (booleans and numbers from their text). */
function readFilters(query: Request['query']): AccountsArgs {
  const unknown = Object.keys(query).filter((key) => !(ACCOUNT_FILTERS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new BadInputError(`Unknown parameter ${unknown.join(', ')}: an export takes ${ACCOUNT_FILTERS.join(', ')}.`, unknown.map((field) => ({ field, reason: 'unknown parameter' })));
  }
  const plain: Record<string, unknown> = {};
  for (const key of ACCOUNT_FILTERS) {
    const value = queryParam(query, key);
    if (value === undefined) continue;
    if (key === 'unassigned' || key === 'overdue') plain[key] = value === 'true' ? true : value === 'false' ? false : value;
    else if (key === 'minUrgency') plain[key] = /^-?\d+$/.test(value) ? Number(value) : value;
    else plain[key] = value;
  }
  return checkParams(AccountsArgs, plain, 'export');
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
