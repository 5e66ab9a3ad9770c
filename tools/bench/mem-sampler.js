/**
 * Preloaded into the api by tools/bench/heap-probe.ts (`node --expose-gc -r tools/bench/mem-sampler.js …`):
 * every LIFEBOAT_MEM_SAMPLE_MS (5,000) forces a full GC and appends one JSON line to
 * LIFEBOAT_MEM_SAMPLE_FILE with process.memoryUsage() after it (the post-GC floor of each part:
 * V8 heap used and reserved, external and ArrayBuffer memory, and RSS, which also holds malloc's
 * arenas and code), so JS retention can be told from native growth. Not for production.
 */
'use strict';
const { appendFileSync } = require('node:fs');
const v8 = require('node:v8');

const file = process.env.LIFEBOAT_MEM_SAMPLE_FILE;
const every = Number(process.env.LIFEBOAT_MEM_SAMPLE_MS || 5000);
if (file && typeof global.gc === 'function') {
  const t0 = Date.now();
  const timer = setInterval(() => {
    global.gc();
    const m = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_used_size / 1024)]));
    appendFileSync(file, JSON.stringify({ t: Math.round((Date.now() - t0) / 1000), rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, spacesKiB: spaces }) + '\n');
  }, every);
  timer.unref();
}
