/**
 * Handing a list of accounts out to reps (DESIGN.md §9: "distributed … a filtered list in bulk,
 * round-robin or by load"). Pure: the same accounts, reps and loads give the same plan, so the
 * preview a manager confirms is the plan the job carries out.
 */
export const DISTRIBUTION_STRATEGIES = ['round_robin', 'by_load'] as const;
export type DistributionStrategy = (typeof DISTRIBUTION_STRATEGIES)[number];

export interface DistributionRep {
  id: string;
  /** Open accounts the rep already owns in the campaign (what "by load" evens out). */
  openAccounts: number;
}

/**
 * The rep (an index into `reps`) each of `count` accounts goes to, in the accounts' order.
 * - round_robin: first to reps[0], second to reps[1], … and around again (shares differ by ≤ 1).
 * - by_load: each account to the rep with the fewest open accounts so far (the ones already owned
 *   plus the ones handed out), ties to the earlier rep in `reps`: the least loaded are filled up
 *   first, then everyone goes up together.
 */
export function distribute(count: number, reps: readonly DistributionRep[], strategy: DistributionStrategy): number[] {
  if (reps.length === 0) throw new RangeError('distribute: no reps');
  if (!Number.isInteger(count) || count < 0) throw new RangeError('distribute: count must be a whole number ≥ 0');
  const out = new Array<number>(count);
  if (strategy === 'round_robin') {
    for (let i = 0; i < count; i++) out[i] = i % reps.length;
    return out;
  }
  const load = reps.map((r) => Math.max(0, r.openAccounts));
  for (let i = 0; i < count; i++) {
    let best = 0;
    for (let r = 1; r < load.length; r++) if (load[r] < load[best]) best = r;
    out[i] = best;
    load[best]++;
  }
  return out;
}

/** How many accounts each rep gets (in the order of `reps`). */
export function distributionShares(count: number, reps: readonly DistributionRep[], strategy: DistributionStrategy): number[] {
  const shares = reps.map(() => 0);
  for (const r of distribute(count, reps, strategy)) shares[r]++;
  return shares;
}
