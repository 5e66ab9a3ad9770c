import { Controller, HttpStatus, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AuthService } from '../identity/auth.service';
import { AccessService } from '../identity/access.service';
import { RateLimitsService } from '../identity/rate-limits.service';
import { clientIp } from '../identity/request-context.factory';
import { BadInputError, ForbiddenError, LifeboatError, RateLimitedError, UnauthenticatedError } from '../common/errors/lifeboat-error';
import { toGlobalId } from '../common/graphql/global-id';
import { ImportAccountsInput } from './dto/import-accounts.input';
import { ImportsService, type SubmitImport } from './imports.service';
import { MAX_IMPORT_BYTES } from './import-file';
import { UploadTooLargeError } from './upload-reader';

/** The content types of an upload: the file's bytes as they are. */
export const UPLOAD_TYPES = ['text/csv', 'application/csv', 'application/octet-stream', 'text/plain'];

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * `POST /imports/:campaignId`: the same import as the `importAccounts` mutation, for files too
 * large for a GraphQL request (up to 50 MB). The body is the file's bytes (Content-Type text/csv
 * or application/octet-stream; UTF-8, UTF-16 with a BOM or Windows-1252, as `csvBase64`), read
 * as a stream once the caller is authenticated: decoded, checked and stored part by part (never
 * whole in memory), a larger body refused with 413 as soon as it passes the limit;
 * `Authorization: Bearer <token or API key>` as for GraphQL, with its rate limits; query
 * parameters `preset`, `fileName`, `defaultSegment` and `mapping` (a JSON object of field →
 * column header). Answers 202 with `{ id, status, totalRows }` (`id`: the AccountImport, to
 * follow with `accountImport(id)` or the `importProgress` subscription); an error answers
 * `{ error: { code, message, fields } }` with 400, 401, 403, 404, 413, 415 or 429.
 */
@Controller('imports')
export class ImportsUploadController {
  private readonly logger = new Logger(ImportsUploadController.name);

  constructor(
    private readonly imports: ImportsService,
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly limits: RateLimitsService,
  ) {}

  @Post(':campaignId')
  async upload(@Param('campaignId') campaignId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { actor, problem } = await this.auth.authenticate(req.headers.authorization);
      if (problem) throw problem;
      if (actor.kind === 'anonymous' || actor.kind === 'customer') throw new UnauthenticatedError();
      await this.limits.consumeRequest({
        userId: actor.kind === 'user' ? actor.userId : undefined,
        apiKeyId: actor.kind === 'api_key' ? actor.apiKeyId : undefined,
        ip: clientIp(req),
      });
      if (actor.kind === 'api_key' && !actor.scopes.includes('import')) throw new ForbiddenError('This API key lacks the "import" scope.');
      if (!req.is(UPLOAD_TYPES) || req.readableEnded) {
        res.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json({
          error: { code: 'BAD_USER_INPUT', message: `Send the file's bytes as the body, with Content-Type ${UPLOAD_TYPES.join(', ')}.`, fields: [] },
        });
        return;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_IMPORT_BYTES) throw new UploadTooLargeError();
      const input = readInput(campaignId, req.query, req);
      const scope = await this.access.scopeFor(actor);
      const created = await this.imports.submit(actor, scope, input);
      res.status(HttpStatus.ACCEPTED).json({ id: toGlobalId('AccountImport', created.id), status: created.status, totalRows: created.totalRows });
    } catch (error) {
      if (!(error instanceof LifeboatError)) {
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.', fields: [] } });
        return;
      }
      if (error instanceof RateLimitedError) res.setHeader('retry-after', String(error.retryAfterSeconds));
      // The rest of a refused body is read and dropped (as it arrives, never kept), so the client gets the answer.
      if (!req.readableEnded) req.resume();
      const status = error instanceof UploadTooLargeError ? HttpStatus.PAYLOAD_TOO_LARGE : (STATUS[error.code] ?? HttpStatus.BAD_REQUEST);
      res.status(status).json({ error: { code: error.code, message: error.message, fields: error.fields } });
    }
  }
}

/** The query parameters, checked like the mutation's input (the same DTO and its rules). */
function readInput(campaignId: string, query: Request['query'], body: Request): SubmitImport {
  const one = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new BadInputError(`Give ${name} once.`, [{ field: name, reason: 'repeated or nested' }]);
    return value;
  };
  let mapping: unknown;
  const rawMapping = one('mapping');
  if (rawMapping !== undefined) {
    try {
      mapping = JSON.parse(rawMapping);
    } catch {
      throw new BadInputError('mapping must be a JSON object of field → column header.', [{ field: 'mapping', reason: 'not JSON' }]);
    }
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
      throw new BadInputError('mapping must be a JSON object of field → column header.', [{ field: 'mapping', reason: 'not an object' }]);
    }
  }
  const plain = {
    campaignId,
    fileName: one('fileName'),
    preset: one('preset'),
    defaultSegment: one('defaultSegment'),
    mapping,
  };
  const input = plainToInstance(ImportAccountsInput, plain);
  const problems = validateSync(input as object, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) {
    const fields = problems.flatMap((p) => {
      const own = Object.values(p.constraints ?? {}).map((reason) => ({ field: p.property, reason }));
      const nested = (p.children ?? []).flatMap((c) => Object.values(c.constraints ?? {}).map((reason) => ({ field: `${p.property}.${c.property}`, reason })));
      return [...own, ...nested];
    });
    throw new BadInputError(`The upload's parameters are invalid: ${fields.map((f) => `${f.field} (${f.reason})`).join('; ')}.`, fields);
  }
  return { ...input, body };
}
