// The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs every
// statement synchronously, so it lives here, in a worker_threads Worker, and the api's event loop
// stays free (/health, other users' requests, SIGTERM) while a statement runs.
// Plain JavaScript on purpose: the same file is loaded from the sources (jest, ts-node) and,
// copied by apps/api/build.mjs, from dist/ (npm start). Its counterpart is pglite-thread.ts.
//
// Messages from the api:   { type: 'exec', id, bytes: ArrayBuffer }   frontend protocol messages
//                          { type: 'close' }
// Messages to the api:     { type: 'ready' } | { type: 'open-failed', message }
//                          { type: 'reply', id, bytes: ArrayBuffer } | { type: 'exec-failed', id, message }
//                          { type: 'closed' }
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');

/** The first line of an error's message (the first of an AggregateError's errors). */
function describe(error) {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}

/** The bytes of a Uint8Array as an ArrayBuffer of their own, to transfer (no copy when already so). */
function ownBuffer(bytes) {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return bytes.slice().buffer;
}

async function main() {
  let pglite;
  try {
    pglite = await PGlite.create(workerData.dataDir);
  } catch (error) {
    parentPort.postMessage({ type: 'open-failed', message: describe(error) });
    return;
  }
  // One message at a time, in order (PGlite itself runs one statement at a time).
  let queue = Promise.resolve();
  parentPort.on('message', (message) => {
    queue = queue.then(async () => {
      if (message.type === 'exec') {
        try {
          // What PGlite's own execProtocolStream does, minus the parsing (done by the api, with
          // node-postgres's parser): run the messages, then write what changed to the files.
          const reply = await pglite.execProtocolRaw(new Uint8Array(message.bytes), { syncToFs: true });
          const bytes = ownBuffer(reply);
          parentPort.postMessage({ type: 'reply', id: message.id, bytes }, [bytes]);
        } catch (error) {
          parentPort.postMessage({ type: 'exec-failed', id: message.id, message: describe(error) });
        }
      } else if (message.type === 'close') {
        await pglite.close().catch(() => undefined);
        parentPort.postMessage({ type: 'closed' });
      }
    });
  });
  parentPort.postMessage({ type: 'ready' });
}

void main();
