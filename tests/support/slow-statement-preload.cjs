// Test-only preload for the built api (node --require, through NODE_OPTIONS; never part of the
// program): on SIGUSR2 it starts one long statement (pg_sleep(60)) on the api's TypeORM data source
// and prints what becomes of it, so a test can stop the process while a statement runs.
'use strict';
const { isMainThread } = require('node:worker_threads');

if (isMainThread) {
  const { DataSource } = require('typeorm');
  const initialize = DataSource.prototype.initialize;
  let dataSource = null;
  const remember = (initialized) => (dataSource = initialized);
  DataSource.prototype.initialize = async function (...args) {
    return remember(await initialize.apply(this, args));
  };
  process.on('SIGUSR2', () => {
    process.stdout.write('slow statement: started\n');
    dataSource.query('SELECT pg_sleep(60)').then(
      () => process.stdout.write('slow statement: finished\n'),
      (error) => process.stdout.write(`slow statement: failed (${error.message})\n`),
    );
  });
}
