import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { ImportsService } from './imports.service';

/** One chunk of an import per job; the chunk's writes, its progress and the next chunk's event commit with the ledger row. */
@Injectable()
@HandlesJob('imports.run')
export class ImportRunHandler implements JobHandler<'imports.run'> {
  constructor(private readonly imports: ImportsService) {}

  handle(payload: JobPayload<'imports.run'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.imports.runChunk(ctx.manager, payload.importId, payload.fromRow);
  }
}
