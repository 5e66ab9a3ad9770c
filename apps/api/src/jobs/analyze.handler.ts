import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from './job-handler';
import { JobPayload } from './job-catalog';
import { TableStatistics } from './table-statistics';

/**
 * Job `maintenance.analyze`: after a bulk write (an import, a hand-out, an urgency recomputation
 * over a campaign) has committed, refresh the planner's statistics of the tables it touched.
 * Without it a rep's queue planned on the statistics of an empty table ran for minutes on a
 * PostgreSQL server until someone ran ANALYZE by hand (then 0.65 s). It may run again harmlessly.
 * (A hand-out refreshes `account`, which the queue reads, in its finishing step before it completes.)
 */
@Injectable()
@HandlesJob('maintenance.analyze')
export class AnalyzeHandler implements JobHandler<'maintenance.analyze'> {
  private readonly logger = new Logger(AnalyzeHandler.name);

  constructor(private readonly statistics: TableStatistics) {}

  async handle(payload: JobPayload<'maintenance.analyze'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const started = Date.now();
    const tables = await this.statistics.refresh(ctx.manager, payload.tables);
    this.logger.debug(`ANALYZE ${tables.join(', ')} in ${Date.now() - started} ms (${payload.reason ?? 'bulk write'})`);
    return { analyzed: tables, ms: Date.now() - started };
  }
}
