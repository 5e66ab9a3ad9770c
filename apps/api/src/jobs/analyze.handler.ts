import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { HandlesJob, JobContext, JobHandler } from './job-handler';
import { ANALYZABLE_TABLES, JobPayload } from './job-catalog';

/**
 * Job `maintenance.analyze`: after a bulk write (an import, a hand-out, an urgency recomputation
 * over a campaign) has committed, refresh the planner's statistics of the tables it touched.
 * Without it a rep's queue planned on the statistics of an empty table ran for minutes on a
 * PostgreSQL server until someone ran ANALYZE by hand (then 0.65 s). ANALYZE samples (about 30,000
 * rows a table by default), takes no lock that blocks reads or writes, and may run again harmlessly.
 */
/** default_statistics_target while analysing the embedded database (PostgreSQL's default: 100). */
const EMBEDDED_STATISTICS_TARGET = 20;

@Injectable()
@HandlesJob('maintenance.analyze')
export class AnalyzeHandler implements JobHandler<'maintenance.analyze'> {
  private readonly logger = new Logger(AnalyzeHandler.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async handle(payload: JobPayload<'maintenance.analyze'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const started = Date.now();
    // Only known table names reach the SQL (the payload is validated against the same list).
    const tables = [...new Set(payload.tables)].filter((t) => (ANALYZABLE_TABLES as readonly string[]).includes(t));
    // The embedded database has one connection, which this job's transaction holds: a smaller sample
    // (6,000 rows a table instead of 30,000) keeps one ANALYZE of a busy table under a tenth of a
    // second there, so other users' statements wait little; its databases are small enough for the
    // estimates to stay good. A server keeps its default.
    if (this.config.database.kind === 'embedded') await ctx.manager.query(`SET LOCAL default_statistics_target = ${EMBEDDED_STATISTICS_TARGET}`);
    for (const table of tables) {
      await ctx.manager.query(`ANALYZE ${table}`);
      // A macrotask between two tables lets waiting requests in, whatever the database (when PGlite
      // ran on the api's thread, its answers resolved without passing through the event loop).
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.logger.debug(`ANALYZE ${tables.join(', ')} in ${Date.now() - started} ms (${payload.reason ?? 'bulk write'})`);
    return { analyzed: tables, ms: Date.now() - started };
  }
}
