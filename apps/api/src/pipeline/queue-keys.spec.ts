import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestApp } from '../testing/test-app';
import { ImportUpsertRepository } from '../imports/import-upsert.repository';
import type { ImportRow } from '../imports/import-row';

/**
 * The queue walks account by its open deal's due time (`has_open_deal`, `open_deal_due_at`,
 * migration 1795402800000): after any write of `opportunity`, by whatever statement, each account's
 * keys equal what its deals say. A key left stale puts an account at the wrong place in every
 * rep's queue, or out of it.
 */
describe('the queue keys of an account follow its deals, whoever writes them (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat;
  let ds: DataSource;
  let campaignId: string;

  /** Accounts whose stored keys differ from their deals'. */
  const stale = async () =>
    ds.query(
      `SELECT a.name, a.has_open_deal, a.open_deal_due_at, o.id IS NOT NULL AS open, o.due_at
       FROM account a LEFT JOIN opportunity o ON o.account_id = a.id AND o.stage NOT IN ('won','lost')
       WHERE a.has_open_deal IS DISTINCT FROM (o.id IS NOT NULL) OR a.open_deal_due_at IS DISTINCT FROM o.due_at
       ORDER BY a.name`,
    );
  const keysOf = async (name: string) =>
    (await ds.query(`SELECT has_open_deal AS open, open_deal_due_at AS due FROM account WHERE name = $1`, [name]))[0] as { open: boolean; due: Date | null };

  beforeAll(async () => {
    lifeboat = await startTestApp();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('Failing Host', 'FR', 'insolvent') RETURNING id`);
    const [campaign] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Takeover') RETURNING id`, [rival.id]);
    campaignId = campaign.id;
    await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment) SELECT $1, 'Acct ' || g, 'acct ' || g, 'hosting' FROM generate_series(1, 6) g`,
      [campaignId],
    );
  }, 120_000);

  afterAll(() => lifeboat?.close());

  it('starts with no open deal and no due time', async () => {
    expect(await keysOf('Acct 1')).toEqual({ open: false, due: null });
    expect(await stale()).toEqual([]);
  });

  it('follows deals inserted, in one statement or many', async () => {
    await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, due_at)
       SELECT id, campaign_id, 'identified', now(), CASE WHEN name = 'Acct 2' THEN NULL ELSE now() + interval '2 days' END
       FROM account WHERE name IN ('Acct 1', 'Acct 2', 'Acct 3', 'Acct 4')`,
    );
    await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, closed_at) SELECT id, campaign_id, 'won', now(), now() FROM account WHERE name = 'Acct 5'`,
    );
    expect(await keysOf('Acct 1')).toEqual({ open: true, due: expect.any(Date) });
    expect(await keysOf('Acct 2')).toEqual({ open: true, due: null });
    expect(await keysOf('Acct 5')).toEqual({ open: false, due: null });
    expect(await stale()).toEqual([]);
  });

  it('an import sets the keys itself and skips the lookups for its own deals only: the next deal of its transaction is followed', async () => {
    const upserts = lifeboat.app.get(ImportUpsertRepository);
    const row = (name: string): ImportRow => ({
      line: 2, name, normalizedName: name.toLowerCase(), segment: 'hosting', countries: ['FR'], monthlySpend: 100, externalRef: null,
      contactName: null, contactEmail: null, contactTitle: null, contactPhone: null, prepaidUntil: null, contractEndsAt: null,
      hasBackupProvider: null, rivalIsPrincipalOperator: null, collective: null,
    });
    const due = new Date(Date.now() + 3 * 86_400_000);
    const importId = randomUUID();
    await ds.transaction(async (manager) => {
      // Staged, then inserted from the staging table, as an import's batch does.
      await upserts.stage(manager, importId, 0, [row('Imported 1'), row('Imported 2')], [1, 2]);
      const inserted = await upserts.insertStaged(manager, importId, campaignId, [0, 1], [
        { urgency: 10, factors: [], queuePriority: 0, dueAt: due },
        { urgency: 20, factors: [], queuePriority: 0, dueAt: null },
      ], new Date(), 'import');
      expect(inserted).toBe(2);
      // Another writer in the same transaction, after the import's statement: the trigger looks again.
      await manager.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, 'Added after', 'added after', 'hosting')`,
        [campaignId],
      );
      await manager.query(
        `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, due_at)
         SELECT id, campaign_id, 'identified', now(), now() + interval '1 day' FROM account WHERE name = 'Added after'`,
      );
    });
    expect(await keysOf('Imported 1')).toEqual({ open: true, due });
    expect(await keysOf('Imported 2')).toEqual({ open: true, due: null });
    expect(await keysOf('Added after')).toEqual({ open: true, due: expect.any(Date) });
    expect(await stale()).toEqual([]);
  });

  it('follows moves, new due times, wins, losses, a deal moved to another account and deletions', async () => {
    // A move with a new due time, and a bulk re-derivation of due times (as after a distress event).
    await ds.query(`UPDATE opportunity SET stage = 'contacted', due_at = now() - interval '1 hour' FROM account a WHERE a.id = account_id AND a.name = 'Acct 1'`);
    await ds.query(`UPDATE opportunity SET due_at = due_at - interval '1 day' WHERE due_at IS NOT NULL AND stage NOT IN ('won','lost')`);
    expect(await stale()).toEqual([]);
    // Won and lost: out of the queue's open deals.
    await ds.query(`UPDATE opportunity SET stage = 'won', closed_at = now() FROM account a WHERE a.id = account_id AND a.name = 'Acct 3'`);
    await ds.query(`UPDATE opportunity SET stage = 'lost', lost_reason = 'price', closed_at = now() FROM account a WHERE a.id = account_id AND a.name = 'Acct 4'`);
    expect(await keysOf('Acct 3')).toEqual({ open: false, due: null });
    // A lost account gets a new deal; a fields-only update changes nothing.
    await ds.query(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, due_at) SELECT id, campaign_id, 'identified', now(), now() + interval '3 days' FROM account WHERE name = 'Acct 4'`,
    );
    await ds.query(`UPDATE opportunity SET note = 'call back', version = version + 1`);
    expect(await keysOf('Acct 4')).toEqual({ open: true, due: expect.any(Date) });
    expect(await stale()).toEqual([]);
    // A deal moved to another account: both accounts follow.
    await ds.query(`UPDATE opportunity SET account_id = (SELECT id FROM account WHERE name = 'Acct 6') FROM account a WHERE a.id = account_id AND a.name = 'Acct 2'`);
    expect(await keysOf('Acct 2')).toEqual({ open: false, due: null });
    expect(await keysOf('Acct 6')).toEqual({ open: true, due: null });
    expect(await stale()).toEqual([]);
    // Deleted deals, one and all.
    await ds.query(`DELETE FROM opportunity o USING account a WHERE a.id = o.account_id AND a.name = 'Acct 1'`);
    expect(await keysOf('Acct 1')).toEqual({ open: false, due: null });
    await ds.query(`DELETE FROM stage_transition`);
    await ds.query(`DELETE FROM opportunity`);
    expect(await stale()).toEqual([]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM account WHERE has_open_deal`)).toEqual([{ n: 0 }]);
  });
});
