import { parentPort } from 'node:worker_threads';
import { runForecastJob, type ForecastJob } from './race-forecast.compute';

/** A worker thread of the forecast pool (race-forecast.pool.ts): runs one job at a time, as asked. */
parentPort?.on('message', (message: { id: number; job: ForecastJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, ok: true, result: runForecastJob(message.job) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
