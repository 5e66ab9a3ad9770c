import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from './job-handler';
import { ANALYZABLE_TABLES, JobPayload } from './job-catalog';

/**
 * Job `maintenance.analyze`: after a bulk write (an import, a hand-out, an urgency recomputation
 * over a campaign) has committed, refresh the planner's statistics of the tables it touched.
 * Without it a rep's queue planned on the statistics of an empty table ran for minutes on a
 * PostgreSQL server until someone ran ANALYZE by hand (then 0.65 s). ANALYZE samples (about 30,000
 * rows a table by default), takes no lock that blocks reads or writes, and may run again harmlessly.
 */
@Injectable()
@HandlesJob('maintenance.analyze')
export class AnalyzeHandler implements JobHandler<'maintenance.analyze'> {
  private readonly logger = new Logger(AnalyzeHandler.name);

  async handle(payload: JobPayload<'maintenance.analyze'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const started = Date.now();
    // Only known table names reach the SQL (the payload is validated against the same list).
    const tables = [...new Set(payload.tables)].filter((t) => (ANALYZABLE_TABLES as readonly string[]).includes(t));
    for (const table of tables) await ctx.manager.query(`ANALYZE ${table}`);
    this.logger.debug(`ANALYZE ${tables.join(', ')} in ${Date.now() - started} ms (${payload.reason ?? 'bulk write'})`);
    return { analyzed: tables, ms: Date.now() - started };
  }
}
