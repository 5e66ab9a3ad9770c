import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { RunningLifeboat, startLifeboat } from './bootstrap';

/** SIGTERM or SIGINT stops the process within this time, whatever it is doing. */
const SHUTDOWN_DEADLINE_MS = 10_000;

/** Prints one line a person can act on and stops: no stack trace for a configuration problem. */
function fail(message: string): never {
  process.stderr.write(`lifeboat: ${message}\n`);
  process.exit(1);
}

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
    // A graceful stop finishes the job in hand (its transaction commits or rolls back as a whole)
    // and closes the database; if anything hangs (a stuck query, a socket that will not close),
    // the process still ends within the deadline: what a job had not committed rolls back and is
    // redone, exactly once, by the next process (job_run, the outbox).
    const deadline = setTimeout(() => {
      process.stderr.write(`lifeboat: ${signal}: graceful shutdown did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s, exiting\n`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS - 500);
    deadline.unref();
    running
      .close()
      .catch((error: unknown) => process.stderr.write(`lifeboat: shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`lifeboat: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
