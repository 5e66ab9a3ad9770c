import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, ConfigError, redactUrl } from '../config/app-config';
import { MIGRATIONS } from './migrations';

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
 * Embedded: PGlite (PostgreSQL in WebAssembly) persisted under the data folder, reached through its
 * own node-postgres adapter with one connection, so each transaction has the database to itself.
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
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dataDir = config.database.dataDir;
  let pglite: InstanceType<typeof PGlite>;
  try {
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    pglite = await PGlite.create(dataDir);
  } catch (error) {
    throw new ConfigError(
      `Cannot open the embedded database in ${dataDir} (${describe(error)}): check LIFEBOAT_DATA_DIR points to a writable folder that no other Lifeboat process is using.`,
    );
  }
  const pgConfig = createPgConfig(pglite);
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
  await dataSource.initialize();
  if (runMigrations) await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    kind: 'embedded',
    close: async () => {
      await dataSource.destroy();
      await pglite.close();
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}
