import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { fromGlobalId, toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import type { RunningLifeboat } from '../bootstrap';
import { ACCOUNT_EXPORT_COLUMNS } from './accounts-export.service';
import { EXPORT_BATCH_ROWS, majorUnits } from './csv-exporter';
import { ACTIVITY_EXPORT_COLUMNS, DEAL_EXPORT_COLUMNS } from './pipeline-exports.service';

/**
 * Issue #19 (exports that stream): `GET /exports/accounts.csv` writes every account a filter
 * matches, batch after batch, in columns an import reads back; it refuses before writing anything.
 */
const IMPORT = `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id } } }`;
const PROGRESS = `query($id: ID!) { accountImport(id: $id) { status insertedCount failedCount } }`;

const LIST = [
  'name,externalRef,segment,countries,monthlySpend,contactName,contactEmail,contactTitle,contactPhone,prepaidUntil,contractEndsAt,hasBackupProvider,rivalIsPrincipalOperator',
  'Société Générale,SG-1,enterprise_vpn,FR|BE|LU,12500.50,Anne Roux,anne@sg.example,DSI,+33 1 42 14 20 00,2027-03-31,2027-12-31,no,yes',
  '"Dupont, ""Le Web"" & Fils",DLW-2,smb_web,FR,99,,,,,,,yes,no',
  '"=HYPERLINK(""http://evil.example"")",EV-3,hosting,DE,0.05,@admin,,"-chief",,,,no,no',
  '"Two\nlines",TL-4,colocation,NL,1000000,Jo,jo@tl.example,,,,2026-02-01T10:30:00.000Z,no,no',
].join('\r\n');

describe('GET /exports/accounts.csv', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignId: string;
  let otherCampaignId: string;
  let manager: string;
  let outsider: string;

  const get = (query: Record<string, string>, token: string | null = manager, list = 'accounts') =>
    fetch(`${lifeboat.url}/exports/${list}.csv?${new URLSearchParams(query)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  /** The file's text after its BOM (fetch's text() would drop the BOM unseen). */
  const body = async (response: Response) => {
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.subarray(3).toString('utf8');
  };
  const read = async (response: Response) => parse(await body(response), { columns: true }) as Array<Record<string, string>>;

  async function importList(campaign: string, csv: string): Promise<void> {
    const started = await graphql<{ importAccounts: { accountImport: { id: string } } }>(lifeboat.url, manager, { query: IMPORT, variables: { input: { campaignId: campaign, csv } } });
    const id = started.data?.importAccounts.accountImport.id;
    if (!id) throw new Error(JSON.stringify(started.errors));
    for (let i = 0; i < 400; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      const p = (await graphql<{ accountImport: { status: string; failedCount: number } }>(lifeboat.url, manager, { query: PROGRESS, variables: { id } })).data?.accountImport;
      if (p?.status === 'completed') {
        expect(p.failedCount).toBe(0);
        return;
      }
      if (p?.status === 'failed') throw new Error('import failed');
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest rescue') RETURNING id`, [rival.id]);
    const [o] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [other.id]);
    campaignId = toGlobalId('Campaign', c.id);
    otherCampaignId = toGlobalId('Campaign', o.id);
    await createUser(ds, { email: 'marc@example.test', name: 'Marc Manager', role: 'manager', campaignIds: [c.id] });
    await createUser(ds, { email: 'olga@example.test', role: 'rep', campaignIds: [o.id] });
    manager = await signIn(lifeboat.url, 'marc@example.test', 'correct horse battery staple');
    outsider = await signIn(lifeboat.url, 'olga@example.test', 'correct horse battery staple');
    await importList(campaignId, LIST);
  }, 120_000);

  afterAll(() => lifeboat.close());

  it('writes every column an import reads, formula-like text behind a quote, and the file re-imports to the same accounts', async () => {
    const response = await get({ campaignId });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="lifeboat-accounts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await body(response.clone());
    expect(text.split('\r\n')[0]).toBe(ACCOUNT_EXPORT_COLUMNS.join(','));
    // What a spreadsheet would run is written as text.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(`'+33 1 42 14 20 00`);
    const rows = await read(response);
    expect(rows.map((r) => r['name'])).toEqual(['=HYPERLINK("http://evil.example")', 'Dupont, "Le Web" & Fils', 'Société Générale', 'Two\nlines'].map((n) => (n.startsWith('=') ? `'${n}` : n)));
    const sg = rows.find((r) => r['externalRef'] === 'SG-1') as Record<string, string>;
    expect(sg).toMatchObject({
      segment: 'enterprise_vpn',
      countries: 'FR|BE|LU',
      monthlySpend: '12500.50',
      contactName: 'Anne Roux',
      contactEmail: 'anne@sg.example',
      contactPhone: `'+33 1 42 14 20 00`,
      prepaidUntil: '2027-03-31',
      contractEndsAt: '2027-12-31',
      hasBackupProvider: 'no',
      rivalIsPrincipalOperator: 'yes',
      currency: 'EUR',
      stage: 'identified',
      owner: '',
      campaign: 'KPNQwest rescue',
      // Where it came from (issue #21): the import (no file name given), who imported it, the basis.
      source: 'import',
      sourceFile: '',
      sourceBy: 'Marc Manager',
      lawfulBasis: 'legitimate_interests',
    });
    expect(Date.parse(sg['sourceAt'])).toBeGreaterThan(Date.now() - 600_000);
    expect(Number(sg['urgency'])).toBeGreaterThan(0);
    expect(fromGlobalId(sg['id'], 'id').type).toBe('Account');
    expect(rows.find((r) => r['externalRef'] === 'TL-4')).toMatchObject({ monthlySpend: '1000000.00', contractEndsAt: '2026-02-01T10:30:00.000Z' });
    expect(rows.find((r) => r['externalRef'] === 'EV-3')).toMatchObject({ monthlySpend: '0.05', contactName: "'@admin", contactTitle: "'-chief" });

    // Imported into another campaign, the file gives the same accounts (every imported column equal).
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) SELECT rival_id, 'KPNQwest again' FROM campaign WHERE name = 'KPNQwest rescue' RETURNING id`);
    await ds.query(`INSERT INTO campaign_member (campaign_id, user_id, team_role) SELECT $1, id, 'manager' FROM app_user WHERE email = 'marc@example.test'`, [c.id]);
    manager = await signIn(lifeboat.url, 'marc@example.test', 'correct horse battery staple');
    await importList(toGlobalId('Campaign', c.id), text);
    const again = await read(await get({ campaignId: toGlobalId('Campaign', c.id) }));
    const imported = ACCOUNT_EXPORT_COLUMNS.slice(0, ACCOUNT_EXPORT_COLUMNS.indexOf('currency'));
    const pick = (r: Record<string, string>) => Object.fromEntries(imported.map((k) => [k, r[k]]));
    expect(again.map(pick)).toEqual(rows.map(pick));
    // Stored as they were given, not as the spreadsheet-safe text of the file.
    const stored = await ds.query(`SELECT name, (SELECT title FROM contact k WHERE k.account_id = a.id) AS title FROM account a WHERE campaign_id = $1 ORDER BY name`, [c.id]);
    expect(stored).toEqual(
      await ds.query(`SELECT a.name, (SELECT title FROM contact k WHERE k.account_id = a.id) AS title FROM account a JOIN campaign c ON c.id = a.campaign_id WHERE c.name = 'KPNQwest rescue' ORDER BY a.name`),
    );
    expect(stored.map((r: { name: string }) => r.name)).toContain('=HYPERLINK("http://evil.example")');
    expect(new Set(again.map((r) => r['id'])).size).toBe(4);
    expect(again.every((r) => !rows.some((o) => o['id'] === r['id']))).toBe(true);
  }, 120_000);

  it('walks batch after batch: every matching account once, however many share a name', async () => {
    const [{ id: cid }] = await ds.query(`SELECT id FROM campaign WHERE name = 'KPNQwest rescue'`);
    const n = EXPORT_BATCH_ROWS * 2 + 345;
    await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, countries, monthly_spend, has_backup_provider, rival_is_principal_operator, urgency, urgency_factors)
       SELECT $1, CASE WHEN i % 3 = 0 THEN 'Same name' ELSE 'Bulk ' || i END, 'bulk ' || i, CASE WHEN i % 2 = 0 THEN 'hosting' ELSE 'smb_web' END,
              ARRAY['FR']::char(2)[], i * 100, false, false, 10, '[]'::jsonb
       FROM generate_series(1, $2) AS i`,
      [cid, n],
    );
    const rows = await read(await get({ campaignId }));
    expect(rows.length).toBe(n + 4);
    expect(new Set(rows.map((r) => r['id'])).size).toBe(n + 4);
    expect(rows.filter((r) => r['name'] === 'Same name').length).toBe(Math.floor(n / 3));
    // In (campaign, name, id) order.
    const names = rows.map((r) => r['name'].replace(/^'/, ''));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // The accounts list's filters: the same accounts as the list counts.
    const hosting = await read(await get({ campaignId, segment: 'hosting' }));
    const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM account WHERE campaign_id = $1 AND segment = 'hosting'`, [cid]);
    expect(hosting.length).toBe(count);
    expect(hosting.every((r) => r['segment'] === 'hosting')).toBe(true);
    expect((await read(await get({ campaignId, search: 'soc gen', unassigned: 'true' }))).map((r) => r['name'])).toEqual(['Société Générale']);
    expect(await read(await get({ campaignId, unassigned: 'false' }))).toEqual([]);
    // Audited: who exported what, how many rows.
    const [entry] = await ds.query(`SELECT actor_label, entity_type, campaign_id, changes FROM audit_entry WHERE action = 'accounts.exported' ORDER BY at DESC, id DESC LIMIT 1`);
    expect(entry).toMatchObject({ actor_label: 'Marc Manager', entity_type: 'AccountExport', campaign_id: cid });
    expect(JSON.stringify(entry.changes)).toContain('"rows"');
  }, 120_000);

  it('writes the deals a filter matches and a campaign’s activities, oldest first', async () => {
    const [{ id: cid }] = await ds.query(`SELECT id FROM campaign WHERE name = 'KPNQwest rescue'`);
    // The first case imported the same list into a second campaign: SG-1 is there too, so pick this campaign's.
    const [sg] = await ds.query(`SELECT a.id, o.id AS deal FROM account a JOIN opportunity o ON o.account_id = a.id WHERE a.external_ref = 'SG-1' AND a.campaign_id = $1`, [cid]);
    await ds.query(`UPDATE opportunity SET stage = 'contacted', monthly_value = 1250050, note = '=1+1' WHERE id = $1`, [sg.deal]);
    const deals = await read(await get({ campaignId, stage: 'contacted' }, manager, 'deals'));
    expect(Object.keys(deals[0])).toEqual([...DEAL_EXPORT_COLUMNS]);
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ account: 'Société Générale', externalRef: 'SG-1', stage: 'contacted', monthlyValue: '12500.50', currency: 'EUR', note: "'=1+1", campaign: 'KPNQwest rescue' });
    expect(fromGlobalId(deals[0]['id'], 'id')).toEqual({ type: 'Opportunity', id: sg.deal });
    const all = await read(await get({ campaignId }, manager, 'deals'));
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM opportunity WHERE campaign_id = $1`, [cid]);
    expect(all).toHaveLength(n);
    expect(new Set(all.map((d) => d['id'])).size).toBe(n);

    await ds.query(
      `INSERT INTO activity (campaign_id, account_id, opportunity_id, kind, occurred_at, author_label, body, outcome, metadata)
       VALUES ($1, $2, $3, 'call', '2026-12-02T09:00:00Z', 'Marc Manager', 'Second call', 'interested', '{}'),
              ($1, $2, $3, 'note', '2026-12-01T09:00:00Z', 'Marc Manager', '@everyone: first', NULL, '{}')`,
      [cid, sg.id, sg.deal],
    );
    const activities = await read(await get({ campaignId }, manager, 'activities'));
    expect(Object.keys(activities[0])).toEqual([...ACTIVITY_EXPORT_COLUMNS]);
    const ours = activities.filter((a) => a['account'] === 'Société Générale' && ['call', 'note'].includes(a['kind']));
    expect(ours.map((a) => [a['occurredAt'], a['kind'], a['body']])).toEqual([
      ['2026-12-01T09:00:00.000Z', 'note', "'@everyone: first"],
      ['2026-12-02T09:00:00.000Z', 'call', 'Second call'],
    ]);
    const times = activities.map((a) => a['occurredAt']);
    expect(times).toEqual([...times].sort());
    expect((await read(await get({ campaignId, kind: 'call', from: '2026-12-02T00:00:00Z' }, manager, 'activities'))).map((a) => a['body'])).toEqual(['Second call']);
    const noCampaign = await get({}, manager, 'activities');
    expect(noCampaign.status).toBe(400);
    expect(await noCampaign.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'campaignId' }] } });
    const badFrom = await get({ campaignId, from: 'yesterday' }, manager, 'activities');
    expect(await badFrom.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'from', reason: 'from must be a date-time (ISO 8601)' }] } });
    expect((await get({ campaignId }, outsider, 'activities')).status).toBe(404);
    expect((await get({ campaignId }, outsider, 'deals')).status).toBe(404);
    const audited = await ds.query(`SELECT action FROM audit_entry WHERE action IN ('deals.exported', 'activities.exported') ORDER BY at`);
    expect(new Set(audited.map((r: { action: string }) => r.action))).toEqual(new Set(['deals.exported', 'activities.exported']));
  }, 60_000);

  it('refuses before writing anything: no token, a campaign not yours, a bad or unknown parameter', async () => {
    const anonymous = await get({ campaignId }, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const foreign = await get({ campaignId }, outsider);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    // The outsider's own campaign is theirs to export (empty here: the header alone).
    expect(await read(await get({ campaignId: otherCampaignId }, outsider))).toEqual([]);
    const badSegment = await get({ campaignId, segment: 'satellite' });
    expect(badSegment.status).toBe(400);
    expect(await badSegment.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'segment' }] } });
    const badUrgency = await get({ campaignId, minUrgency: '101' });
    expect(await badUrgency.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'minUrgency' }] } });
    const unknown = await get({ campaignId, first: '50' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'first', reason: 'unknown parameter' }] } });
    const notAnId = await get({ campaignId: 'nope' });
    expect(notAnId.status).toBe(400);
    expect(await notAnId.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'campaignId' }] } });
  });
});

describe('majorUnits', () => {
  it('writes minor units as an amount with two decimals', () => {
    expect(['0', '5', '99', '100', '1250050', '-250'].map(majorUnits)).toEqual(['0.00', '0.05', '0.99', '1.00', '12500.50', '-2.50']);
  });
});
