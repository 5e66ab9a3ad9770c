import { distribute, distributionShares } from './distribution';

const reps = (...loads: number[]) => loads.map((openAccounts, i) => ({ id: `r${i}`, openAccounts }));

describe('distribute', () => {
  it('round-robin deals the accounts in turn, whatever the loads', () => {
    expect(distribute(7, reps(50, 0, 3), 'round_robin')).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(distributionShares(10, reps(0, 0, 0, 0), 'round_robin')).toEqual([3, 3, 2, 2]);
  });

  it('by load fills the least loaded first, then evens everyone out', () => {
    // Loads 5, 0, 2: the second rep gets 2 to reach 2, then the two share until 5, then all three.
    expect(distributionShares(3, reps(5, 0, 2), 'by_load')).toEqual([0, 3, 0]);
    expect(distributionShares(9, reps(5, 0, 2), 'by_load')).toEqual([1, 5, 3]);
    expect(distribute(4, reps(1, 0), 'by_load')).toEqual([1, 0, 1, 0]);
  });

  it('gives every account to exactly one rep', () => {
    const out = distribute(1001, reps(3, 9, 0, 40), 'by_load');
    expect(out).toHaveLength(1001);
    expect(distributionShares(1001, reps(3, 9, 0, 40), 'by_load').reduce((a, b) => a + b, 0)).toBe(1001);
  });

  it('refuses no reps and a negative count', () => {
    expect(() => distribute(1, [], 'round_robin')).toThrow(RangeError);
    expect(() => distribute(-1, reps(0), 'by_load')).toThrow(RangeError);
  });
});
