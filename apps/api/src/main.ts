import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { RunningLifeboat, startLifeboat } from './bootstrap';

/** Prints one line a person can act on and stops: no stack trace for a configuration problem. */
function fail(message: string): never {
  process.stderr.write(`lifeboat: ${message}\n`);
  process.exit(1);
}

/** A stop (SIGTERM, SIGINT) ends the process within this time, even in the middle of an import. */
const SHUTDOWN_DEADLINE_MS = 8_000;

async function main(): Promise<void> {
  const startedAt = Date.now();
  let config: AppConfig;
  let running: RunningLifeboat;
  try {
    config = loadConfig();
    running = await startLifeboat(config);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = running.app.get(Logger);
  logger.log(
    `Lifeboat is running${config.servesHttp ? ` at http://localhost:${config.http.port}` : ''} ` +
      `(role ${config.role}, ${config.database.kind} database, ${config.jobs.kind} jobs) after ${Date.now() - startedAt} ms`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    // Jobs stop between two chunks and resume at the next start; whatever still holds on is cut at the deadline.
    setTimeout(() => {
      process.stderr.write(`lifeboat: still stopping after ${SHUTDOWN_DEADLINE_MS / 1000} s, exiting now\n`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    running.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`lifeboat: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
