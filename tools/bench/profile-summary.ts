/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time by category (package in node_modules,
 * the api's bundle, Node internals, GC, idle) and the top functions by self time; and inclusive
 * time (the share of busy samples with the package or function anywhere on the stack).
 *
 *   node -r ts-node/register tools/bench/profile-summary.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function category(url: string, fn: string): string {
  if (!url) {
    if (fn === '(idle)') return '(idle)';
    if (fn === '(garbage collector)') return '(garbage collector)';
    if (fn === '(program)') return '(program: native, unattributed)';
    return `(native) ${fn || 'anonymous'}`;
  }
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.includes('dist/apps/api/main.js')) return 'lifeboat api bundle';
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file: string, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  let total = 0;
  let idle = 0;
  const cats = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const cat = category(n.callFrame.url, n.callFrame.functionName);
    total += us;
    if (cat === '(idle)') {
      idle += us;
      continue;
    }
    cats.set(cat, (cats.get(cat) ?? 0) + us);
    const key = `${n.callFrame.functionName || '(anonymous)'} ${cat}:${n.callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const busy = total - idle;
  const pct = (us: number) => Math.round((us / busy) * 1000) / 10;
  // Inclusive time: a sample counts for every package and function on its stack (once each), so a
  // plugin's share includes what it calls (graphql-query-complexity under our cost plugin, …).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusiveCats = new Map<string, number>();
  const inclusiveFns = new Map<string, number>();
  const stackOf = new Map<number, { cats: string[]; fns: string[] }>();
  for (const [id, us] of self) {
    let stack = stackOf.get(id);
    if (!stack) {
      const cats = new Set<string>();
      const fnsOnStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at);
        if (!n) break;
        const cat = category(n.callFrame.url, n.callFrame.functionName);
        if (cat.startsWith('(')) continue;
        cats.add(cat);
        fnsOnStack.add(`${n.callFrame.functionName || '(anonymous)'} ${cat}:${n.callFrame.lineNumber + 1}`);
      }
      stack = { cats: [...cats], fns: [...fnsOnStack] };
      stackOf.set(id, stack);
    }
    for (const c of stack.cats) inclusiveCats.set(c, (inclusiveCats.get(c) ?? 0) + us);
    for (const f of stack.fns) inclusiveFns.set(f, (inclusiveFns.get(f) ?? 0) + us);
  }
  return {
    wallSeconds: Math.round((profile.endTime - profile.startTime) / 1e4) / 100,
    busySeconds: Math.round(busy / 1e4) / 100,
    idleShare: Math.round((idle / total) * 1000) / 10,
    byCategory: [...cats.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, percentOfBusy: pct(us) })),
    topFunctions: [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, percentOfBusy: pct(us) })),
    inclusiveByCategory: [...inclusiveCats.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, percentOfBusy: pct(us) })),
    inclusiveFunctions: [...inclusiveFns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4 * top).map(([name, us]) => ({ name, percentOfBusy: pct(us) })),
  };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: profile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(JSON.stringify(summariseProfile(file, Number(process.argv[3] ?? 15)), null, 2));
}
