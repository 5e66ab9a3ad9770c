import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, ConfigError, redactUrl } from '../config/app-config';
import { lockDataDir } from './data-dir-lock';
import { MIGRATIONS } from './migrations';
import { PGliteThread } from './pglite-thread';

export interface OpenDatabase {
  dataSource: DataSource;
  kind: 'embedded' | 'server';
  /** Closes the pool and, for the embedded database, PGlite itself (or the process never exits). */
  close(): Promise<void>;
}

/** The entity classes of every context (the composition root lists them: src/entities.ts). */
export type Entities = NonNullable<DataSourceOptions['entities']>;

const common = {
  type: 'postgres' as const,
  migrations: MIGRATIONS,
  migrationsTableName: 'typeorm_migrations',
  // Never: the schema changes only through migrations, the same on both kinds of database.
  synchronize: false,
  migrationsRun: false,
  logging: false,
};

/** Options for a PostgreSQL server (also used by the migration CLI). */
export function serverDataSourceOptions(url: string, entities: Entities): DataSourceOptions {
  return { ...common, entities, url, poolSize: 10, extra: { connectionTimeoutMillis: 5000 } };
}

/**
 * Opens the database of the configuration and brings its schema up to date.
 * Embedded: PGlite (PostgreSQL in WebAssembly) persisted under the data folder, running in a worker
 * thread of its own (pglite-thread.ts: a statement never holds the api's event loop), reached through
 * PGlite's node-postgres adapter with one connection, so each transaction has the database to itself.
 */
export async function openDatabase(config: AppConfig, entities: Entities, opts: { runMigrations?: boolean } = {}): Promise<OpenDatabase> {
  const runMigrations = opts.runMigrations ?? true;
  if (config.database.kind === 'server') {
    const dataSource = new DataSource(serverDataSourceOptions(config.database.url, entities));
    try {
      await dataSource.initialize();
    } catch (error) {
      throw new ConfigError(
        `Cannot reach PostgreSQL at ${redactUrl(config.database.url)} (${describe(error)}): check DATABASE_URL and that the server is running.`,
      );
    }
    if (runMigrations) await dataSource.runMigrations({ transaction: 'each' });
    return { dataSource, kind: 'server', close: () => dataSource.destroy() };
  }

  const { mkdirSync } = await import('node:fs');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dataDir = config.database.dataDir;
  const cannotOpen = (error: unknown) =>
    new ConfigError(
      `Cannot open the embedded database in ${dataDir} (${describe(error)}): check LIFEBOAT_DATA_DIR points to a writable folder that no other Lifeboat process is using.`,
    );
  let unlock: () => void = () => undefined;
  try {
    if (!dataDir.startsWith('memory://')) {
      mkdirSync(dataDir, { recursive: true });
      // PGlite has no lock of its own: one process at a time (data-dir-lock.ts).
      unlock = lockDataDir(dataDir);
    }
  } catch (error) {
    throw error instanceof ConfigError ? error : cannotOpen(error);
  }
  const thread = new PGliteThread(dataDir);
  try {
    await thread.waitReady;
  } catch (error) {
    await thread.close();
    unlock();
    throw cannotOpen(error);
  }
  // The adapter only asks its PGlite for waitReady and execProtocolStream, which the thread has.
  const pgConfig = createPgConfig(thread as unknown as Parameters<typeof createPgConfig>[0]);
  const dataSource = new DataSource({
    ...common,
    entities,
    host: pgConfig.host,
    port: pgConfig.port,
    username: pgConfig.user,
    password: pgConfig.password,
    database: pgConfig.database,
    poolSize: 1,
    installExtensions: false,
    extra: { connection: pgConfig.connection, max: 1 },
  });
  try {
    await dataSource.initialize();
    if (runMigrations) await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await thread.close();
    unlock();
    throw error;
  }
  return {
    dataSource,
    kind: 'embedded',
    close: async () => {
      // The pool ends once its connection is released: a statement still running after a short
      // grace is abandoned when the thread stops (what it had not committed rolls back, as on any
      // stop), and the pool then ends at once with its failure.
      const destroyed = dataSource.destroy().then(
        () => true,
        () => true,
      );
      const released = await within(destroyed, CLOSE_GRACE_MS);
      await thread.close();
      unlock();
      if (!released) await within(destroyed, CLOSE_GRACE_MS);
    },
  };
}

/** How long closing the embedded database waits for the statement in hand before stopping its thread. */
const CLOSE_GRACE_MS = 2000;

/** Whether `promise` settled within `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}
