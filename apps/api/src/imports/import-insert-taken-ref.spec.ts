import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestApp } from '../testing/test-app';
import { ImportUpsertRepository } from './import-upsert.repository';
import type { ImportRow } from './import-row';

/**
 * A batch's new accounts go in by one statement; an external ref another writer took after the
 * batch was matched (a rep's new account, another import) skips that row with its deal and contact,
 * and the others go in, in the same transaction.
 */
describe('an import batch whose external ref another writer took meanwhile (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat;
  let ds: DataSource;
  let campaignId: string;

  const row = (name: string, externalRef: string | null): ImportRow => ({
    line: 2, name, normalizedName: name.toLowerCase(), segment: 'hosting', countries: ['FR'], monthlySpend: 100, externalRef,
    contactName: `${name} contact`, contactEmail: null, contactTitle: null, contactPhone: null, prepaidUntil: null, contractEndsAt: null,
    hasBackupProvider: null, rivalIsPrincipalOperator: null, collective: null,
  });
  const derived = { urgency: 10, factors: [], queuePriority: 5, dueAt: null };

  beforeAll(async () => {
    lifeboat = await startTestApp();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('Failing Host', 'FR', 'insolvent') RETURNING id`);
    const [campaign] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Takeover') RETURNING id`, [rival.id]);
    campaignId = campaign.id;
  }, 120_000);

  afterAll(() => lifeboat?.close());

  it('inserts every row of a batch with free refs', async () => {
    const upserts = lifeboat.app.get(ImportUpsertRepository);
    const importId = randomUUID();
    const inserted = await ds.transaction(async (manager) => {
      await upserts.stage(manager, importId, 0, [row('Free 1', 'F-1'), row('Free 2', null)], [1, 2]);
      return upserts.insertStaged(manager, importId, campaignId, [0, 1], [derived, derived], new Date(), 'import');
    });
    expect(inserted).toBe(2);
    const names = await ds.query(`SELECT a.name, count(o.id)::int AS deals, count(c.id)::int AS contacts FROM account a
      LEFT JOIN opportunity o ON o.account_id = a.id LEFT JOIN contact c ON c.account_id = a.id
      WHERE a.name LIKE 'Free %' GROUP BY a.name ORDER BY a.name`);
    expect(names).toEqual([
      { name: 'Free 1', deals: 1, contacts: 1 },
      { name: 'Free 2', deals: 1, contacts: 1 },
    ]);
  });

  it('skips the row whose ref was taken, with its deal and contact, writes the others, and the transaction goes on', async () => {
    const upserts = lifeboat.app.get(ImportUpsertRepository);
    const importId = randomUUID();
    // Matched (no account had T-2), then another writer commits an account with T-2.
    await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment, external_ref) VALUES ($1, 'Taken by a rep', 'taken by a rep', 'hosting', 'T-2')`, [campaignId]);
    const after = await ds.transaction(async (manager) => {
      await upserts.stage(manager, importId, 0, [row('Row 1', 'T-1'), row('Row 2', 'T-2'), row('Row 3', null)], [1, 2, 3]);
      const inserted = await upserts.insertStaged(manager, importId, campaignId, [0, 1, 2], [derived, derived, derived], new Date(), 'import');
      // The transaction goes on.
      const [{ staged }] = await manager.query(`SELECT count(*)::int AS staged FROM account_import_row WHERE import_id = $1`, [importId]);
      return { inserted, staged };
    });
    expect(after).toEqual({ inserted: 2, staged: 3 });
    const rows = await ds.query(`SELECT a.name, a.external_ref, count(DISTINCT o.id)::int AS deals, count(DISTINCT c.id)::int AS contacts FROM account a
      LEFT JOIN opportunity o ON o.account_id = a.id LEFT JOIN contact c ON c.account_id = a.id
      WHERE a.name LIKE 'Row %' OR a.external_ref = 'T-2' GROUP BY a.name, a.external_ref ORDER BY a.name`);
    expect(rows).toEqual([
      { name: 'Row 1', external_ref: 'T-1', deals: 1, contacts: 1 },
      { name: 'Row 3', external_ref: null, deals: 1, contacts: 1 },
      { name: 'Taken by a rep', external_ref: 'T-2', deals: 0, contacts: 0 },
    ]);
    // Nothing of the skipped row: no deal or contact of an account that was never inserted.
    const [{ orphans }] = await ds.query(`SELECT (SELECT count(*) FROM opportunity o WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.id = o.account_id))::int
      + (SELECT count(*) FROM contact c WHERE c.name = 'Row 2 contact')::int AS orphans`);
    expect(orphans).toBe(0);
  });

  it('still fails on any other error (nothing written)', async () => {
    const upserts = lifeboat.app.get(ImportUpsertRepository);
    const importId = randomUUID();
    await expect(
      ds.transaction(async (manager) => {
        await upserts.stage(manager, importId, 0, [row('Broken', 'B-1')], [1]);
        // A campaign that does not exist: a foreign key violation, not a taken ref.
        return upserts.insertStaged(manager, importId, randomUUID(), [0], [derived], new Date(), 'import');
      }),
    ).rejects.toThrow();
    expect(await ds.query(`SELECT id FROM account WHERE name = 'Broken'`)).toEqual([]);
  });
});
