import { Controller, HttpStatus, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../identity/auth.service';
import { AccessService } from '../identity/access.service';
import { RateLimitsService } from '../identity/rate-limits.service';
import { identifyRestCaller } from '../identity/rest-caller';
import { BadInputError, ForbiddenError } from '../common/errors/lifeboat-error';
import { checkParams, queryParam, sendRestError } from '../common/errors/rest-error';
import { toGlobalId } from '../common/graphql/global-id';
import { ImportAccountsInput } from './dto/import-accounts.input';
import { ImportsService, type SubmitImport } from './imports.service';
import { MAX_IMPORT_BYTES } from './import-file';
import { UploadTooLargeError } from './upload-reader';

/** The content types of an upload: the file's bytes as they are. */
export const UPLOAD_TYPES = ['text/csv', 'application/csv', 'application/octet-stream', 'text/plain'];

/**
 * `POST /imports/:campaignId`: the same import as the `importAccounts` mutation, for files too
 * large for a GraphQL request (up to 50 MB). The body is the file's bytes (Content-Type text/csv
 * or application/octet-stream; UTF-8, UTF-16 with a BOM or Windows-1252, as `csvBase64`), read
 * as a stream once the caller is authenticated: decoded, checked and stored part by part (never
 * whole in memory), a larger body refused with 413 as soon as it passes the limit;
 * `Authorization: Bearer <token or API key>` as for GraphQL, with its rate limits; query
 * parameters `preset`, `fileName`, `defaultSegment`, `lawfulBasis` and `mapping` (a JSON object of field →
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
      const actor = await identifyRestCaller(req, this.auth, this.limits);
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
      sendRestError(res, req, error, this.logger, error instanceof UploadTooLargeError ? HttpStatus.PAYLOAD_TOO_LARGE : undefined);
    }
  }
}

/** The query parameters, checked like the mutation's input (the same DTO and its rules). */
function readInput(campaignId: string, query: Request['query'], body: Request): SubmitImport {
  let mapping: unknown;
  const rawMapping = queryParam(query, 'mapping');
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
    fileName: queryParam(query, 'fileName'),
    preset: queryParam(query, 'preset'),
    defaultSegment: queryParam(query, 'defaultSegment'),
    lawfulBasis: queryParam(query, 'lawfulBasis'),
    mapping,
  };
  return { ...checkParams(ImportAccountsInput, plain, 'upload'), body };
}
