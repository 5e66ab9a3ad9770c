import 'reflect-metadata';
import { ConfigError, loadConfig, redactUrl } from '../config/app-config';
import { openDatabase, OpenDatabase } from '../database/open-database';
import { ENTITIES } from '../entities';
import { loadDemoScenarioIfEmpty } from './demo-scenario';

/**
 * Loads the demo scenario (DESIGN.md §8) into an empty database, e.g. a PostgreSQL server:
 *   DATABASE_URL=postgres://… npm run seed:demo
 * Runs the migrations first. Refuses NODE_ENV=production: demo users must never exist there.
 * Prints one line; exits 0 when loaded or when the database was not empty, 1 on an error.
 */
async function main(): Promise<number> {
  if (process.env['NODE_ENV'] === 'production') {
    console.error('Refusing to load the demo scenario with NODE_ENV=production: demo users must never exist in production.');
    return 1;
  }
  const config = loadConfig();
  const where = config.database.kind === 'server' ? redactUrl(config.database.url) : `embedded database in ${config.database.dataDir}`;
  let db: OpenDatabase | undefined;
  try {
    db = await openDatabase(config, ENTITIES);
    const started = Date.now();
    const loaded = await loadDemoScenarioIfEmpty(db.dataSource, new Date());
    console.log(
      loaded
        ? `Demo scenario loaded into ${where} in ${Date.now() - started} ms (users @lifeboat.demo, password "lifeboat").`
        : `Database not empty: nothing loaded (${where}).`,
    );
    return 0;
  } finally {
    await db?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Could not load the demo scenario: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
