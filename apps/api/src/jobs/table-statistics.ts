import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ANALYZABLE_TABLES } from './job-catalog';

/** default_statistics_target while analysing the embedded database (PostgreSQL's default: 100). */
const EMBEDDED_STATISTICS_TARGET = 20;

/** The tables among these that bulk writes touch (only those names ever reach the SQL), each once. */
const knownTables = (tables: readonly string[]) => [...new Set(tables)].filter((t) => (ANALYZABLE_TABLES as readonly string[]).includes(t));

/**
 * Refreshes the planner's statistics of tables (ANALYZE), in the caller's transaction: ANALYZE
 * samples (about 30,000 rows a table by default), takes no lock that blocks reads or writes, and
 * counts the transaction's own writes, so statistics refreshed in a bulk write's last transaction
 * are current the moment it commits. Only known table names reach the SQL.
 */
@Injectable()
export class TableStatistics {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * After a bulk write committed, on a PostgreSQL server: VACUUM (ANALYZE) of the tables, on a
   * connection of its own (VACUUM runs in no transaction), so that besides current statistics their
   * visibility map is set and a count over an index is answered from the index alone (a rep's queue
   * count read 13,800 heap pages for 10,000 accounts right after a hand-out: 0.7 s), and the rows
   * the write left dead are gone. (At 1,000,000 accounts the first queue reads after it were still
   * 0.87 s at the median: whether the pages were all-visible then is not established.) The embedded database has one connection, which the caller's
   * transaction holds, so there it is ANALYZE in that transaction (PGlite has no autovacuum either).
   */
  async vacuum(manager: EntityManager, tables: readonly string[]): Promise<string[]> {
    if (this.config.database.kind === 'embedded') return this.refresh(manager, tables);
    const known = knownTables(tables);
    for (const table of known) await this.dataSource.query(`VACUUM (ANALYZE) ${table}`);
    return known;
  }

  async refresh(manager: EntityManager, tables: readonly string[]): Promise<string[]> {
    const known = knownTables(tables);
    // The embedded database has one connection, which the caller's transaction holds: a smaller
    // sample (6,000 rows a table instead of 30,000) keeps one ANALYZE of a busy table under a tenth
    // of a second there, so other users' statements wait little; its databases are small enough for
    // the estimates to stay good. A server keeps its default.
    if (this.config.database.kind === 'embedded') await manager.query(`SET LOCAL default_statistics_target = ${EMBEDDED_STATISTICS_TARGET}`);
    for (const table of known) {
      await manager.query(`ANALYZE ${table}`);
      // A macrotask between two tables lets waiting requests in.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return known;
  }
}
