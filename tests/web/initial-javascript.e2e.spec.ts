import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIR } from '../support/lifeboat-process';

/**
 * Issue #9: the first page load fetches at most 300 KB of JavaScript, gzipped. "What the first
 * load fetches" is computed from the built index.html: its module scripts and modulepreloads,
 * and every chunk those import statically (transitively). Chunks loaded by a dynamic `import()`
 * (each screen is a `React.lazy` route) are not part of it.
 */
const BUDGET_BYTES = 300 * 1024;

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`: not `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+))?)?\s*(?:from\s*)?["']([^"']+\.js)["']/g;

function entryScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return [...scripts, ...preloads].map((src) => src.replace(/^\//, ''));
}

/** The entry scripts and their static imports, transitively: paths relative to the build. */
export function initialChunks(webDir: string): string[] {
  const seen = new Set<string>();
  const queue = entryScripts(readFileSync(join(webDir, 'index.html'), 'utf8'));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(webDir, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return [...seen];
}

describe('the web app’s first load', () => {
  it('fetches at most 300 KB of JavaScript, gzipped (the entry, its preloads and static imports)', () => {
    // Like every test of this project, it runs on the build (`nx run tests:test` builds first).
    expect({ built: existsSync(join(WEB_DIR, 'index.html')), hint: 'npx nx run web:build' }).toEqual({ built: true, hint: 'npx nx run web:build' });
    const chunks = initialChunks(WEB_DIR);
    const sizes = chunks.map((file) => ({ file, gzip: gzipSync(readFileSync(join(WEB_DIR, file))).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    // The entry chunk is found, and it is not alone in the build: the routes are split off it.
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks[0]).toMatch(/\.js$/);
    const report = sizes.map((s) => `${s.file}: ${(s.gzip / 1024).toFixed(1)} KB`).join('\n');
    // On failure, the report says what each chunk weighs.
    expect({ withinBudget: total <= BUDGET_BYTES, totalKB: Math.round(total / 1024), report }).toEqual({ withinBudget: true, totalKB: expect.any(Number), report });
  });

  it('finds static imports and leaves dynamic ones out', () => {
    const code = `import{a as b}from"./a.js";import"./b.js";export{c}from"./c.js";import d,{e}from'./d.js';const f=()=>import("./lazy.js");`;
    expect([...code.matchAll(STATIC_IMPORT)].map((m) => m[1])).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});
