/**
 * mulberry32: a small deterministic pseudo-random generator, numbers in [0, 1) from a 32-bit seed.
 * The same seed gives the same numbers everywhere (the demo's customers, the simulator's scenarios,
 * tests); the race simulator keeps its own streams of the same generator, one per account and run.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
