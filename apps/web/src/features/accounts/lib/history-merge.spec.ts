import { compareEntries, mergeHistory, type HistoryEntryLike, type HistoryStream } from './history-merge';

const e = (id: string, at: string, entityType = 'Account', action = 'account.updated', changes: HistoryEntryLike['changes'] = []): HistoryEntryLike => ({
  id,
  at,
  entityType,
  action,
  changes,
});

const stream = (entityId: string, entries: HistoryEntryLike[], hasNextPage = false, totalCount = entries.length): HistoryStream<HistoryEntryLike> => ({
  entityId,
  entries,
  hasNextPage,
  endCursor: null,
  totalCount,
});

describe('mergeHistory', () => {
  it('merges the trails oldest first', () => {
    const merged = mergeHistory([stream('acc', [e('a1', '2026-11-20T08:00:00Z'), e('a2', '2026-11-22T08:00:00Z')]), stream('opp', [e('o1', '2026-11-21T08:00:00Z', 'Opportunity')])]);
    expect(merged.visible.map((x) => x.id)).toEqual(['a1', 'o1', 'a2']);
    expect(merged.totalCount).toBe(3);
    expect(merged.next).toEqual([]);
  });

  it('holds back what a trail with more pages might precede, and names that trail to read next', () => {
    const merged = mergeHistory([
      stream('acc', [e('a1', '2026-11-20T08:00:00Z'), e('a2', '2026-11-21T08:00:00Z')], true, 5),
      stream('opp', [e('o1', '2026-11-20T12:00:00Z', 'Opportunity'), e('o2', '2026-11-23T08:00:00Z', 'Opportunity')], true, 4),
      stream('prop', [e('p1', '2026-11-22T08:00:00Z', 'Proposal')]),
    ]);
    // The account's trail is read up to 21 Nov: nothing later is shown yet.
    expect(merged.visible.map((x) => x.id)).toEqual(['a1', 'o1', 'a2']);
    expect(merged.totalCount).toBe(10);
    expect(merged.next).toEqual(['acc']);
  });
});

describe('mergeHistory, newest first (issue #20)', () => {
  it('merges trails read newest first into one timeline, newest first, the same instant in reverse causal order', () => {
    const at = '2026-11-20T08:00:00Z';
    const merged = mergeHistory(
      [
        stream('acc', [e('a2', '2026-11-22T08:00:00Z'), e('a1', at)]),
        stream('opp', [e('o2', '2026-11-21T08:00:00Z', 'Opportunity', 'opportunity.moved'), e('o1', at, 'Opportunity', 'opportunity.created')]),
      ],
      'NEWEST_FIRST',
    );
    expect(merged.visible.map((x) => x.id)).toEqual(['a2', 'o2', 'o1', 'a1']);
  });

  it('holds back what a trail with more pages might hold later than the others’ oldest, and names that trail', () => {
    const merged = mergeHistory(
      [
        // Read back to 22 Nov: it may still hold a change of 21 Nov, so the deal's 20 Nov move waits.
        stream('acc', [e('a3', '2026-11-23T08:00:00Z'), e('a2', '2026-11-22T08:00:00Z')], true, 5),
        stream('opp', [e('o2', '2026-11-22T12:00:00Z', 'Opportunity'), e('o1', '2026-11-20T08:00:00Z', 'Opportunity')]),
        stream('prop', [], true, 2),
      ],
      'NEWEST_FIRST',
    );
    expect(merged.visible).toEqual([]);
    expect(merged.next).toEqual(['prop']);
    const read = mergeHistory(
      [
        stream('acc', [e('a3', '2026-11-23T08:00:00Z'), e('a2', '2026-11-22T08:00:00Z')], true, 5),
        stream('opp', [e('o2', '2026-11-22T12:00:00Z', 'Opportunity'), e('o1', '2026-11-20T08:00:00Z', 'Opportunity')]),
      ],
      'NEWEST_FIRST',
    );
    expect(read.visible.map((x) => x.id)).toEqual(['a3', 'o2', 'a2']);
    expect(read.next).toEqual(['acc']);
  });
});

describe('compareEntries, for entries written at the same instant', () => {
  const at = '2026-11-20T08:00:00Z';

  it('puts the account first, then its deal, its proposals, its migration', () => {
    const list = [e('m', at, 'Migration', 'migration.created'), e('p', at, 'Proposal', 'proposal.sent'), e('o', at, 'Opportunity', 'opportunity.created'), e('a', at)];
    expect([...list].sort(compareEntries).map((x) => x.id)).toEqual(['a', 'o', 'p', 'm']);
  });

  it('puts an acceptance before the move to won it causes', () => {
    const list = [e('won', at, 'Opportunity', 'opportunity.moved'), e('acc', at, 'Proposal', 'proposal.accepted')];
    expect([...list].sort(compareEntries).map((x) => x.id)).toEqual(['acc', 'won']);
  });

  it('orders moves of one deal by their stages, whatever their ids', () => {
    const list = [
      e('z1', at, 'Opportunity', 'opportunity.moved', [{ field: 'stage', before: 'contacted', after: 'proposal_sent' }]),
      e('z2', at, 'Opportunity', 'opportunity.moved', [{ field: 'stage', before: 'identified', after: 'contacted' }]),
    ];
    expect([...list].sort(compareEntries).map((x) => x.id)).toEqual(['z2', 'z1']);
  });

  it('falls back on the id', () => {
    expect([e('b', at), e('a', at)].sort(compareEntries).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
