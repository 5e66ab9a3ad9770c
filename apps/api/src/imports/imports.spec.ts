import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { parseCountries, parseDate, parseDecimal } from './import-values';
import { importChunkRows, importStageRows } from './imports.service';
import { ImportUpsertRepository, pgArray } from './import-upsert.repository';
import { readRow, type ImportRow } from './import-row';
import { explain, planNodes } from '../testing/explain';
import { failOnce } from '../testing/fail-once';

/** A valid row of the Lifeboat preset with just a name (segment hosting, country FR). */
function readRowOf(name: string): ImportRow {
  const read = readRow([name, 'hosting', 'FR'], 2, { name: 0, segment: 1, countries: 2 }, null);
  if (!('row' in read)) throw new Error(JSON.stringify(read.problems));
  return read.row;
}

const IMPORT = `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id status totalRows } } }`;
const PROGRESS = `query($id: ID!) { accountImport(id: $id) { status totalRows rowsDone insertedCount updatedCount failedCount failureReason errors { line field reason code params { value max } } } }`;

interface Progress {
  status: string;
  totalRows: number;
  rowsDone: number;
  insertedCount: number;
  updatedCount: number;
  failedCount: number;
  failureReason: string | null;
  errors: Array<{ line: number; field: string; reason: string; code: string | null; params: { value: string | null; max: number | null } }>;
}

describe('cell readers', () => {
  it('reads French and English numbers, day-first and ISO dates, country codes and names', () => {
    expect(parseDecimal('12 500,00')).toBe(12500);
    expect(parseDecimal('12\u202f500,00 €')).toBe(12500);
    expect(parseDecimal('12,500.50')).toBe(12500.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDate('31/12/2002', 'd').toISOString()).toBe('2002-12-31T00:00:00.000Z');
    expect(parseDate('2002-12-31', 'd').toISOString()).toBe('2002-12-31T00:00:00.000Z');
    expect(() => parseDate('31/02/2002', 'd')).toThrow(/not a date/);
    expect(parseCountries('fr|Allemagne, Netherlands')).toEqual(['FR', 'DE', 'NL']);
    expect(() => parseCountries('XQ')).toThrow(/not a known ISO country/);
  });
});

describe('imports of customer lists (embedded PostgreSQL, jobs in process)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaign: string;
  let manager: string;
  let rep: string;

  const submit = (token: string, input: Record<string, unknown>) =>
    graphql<{ importAccounts: { accountImport: { id: string; status: string; totalRows: number } } }>(lifeboat.url, token, {
      query: IMPORT,
      variables: { input: { campaignId: campaign, ...input } },
    });

  async function waitFor(token: string, id: string): Promise<Progress> {
    for (let i = 0; i < 200; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      const res = await graphql<{ accountImport: Progress }>(lifeboat.url, token, { query: PROGRESS, variables: { id } });
      const p = res.data?.accountImport;
      if (p && (p.status === 'completed' || p.status === 'failed')) return p;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('AMEN', 'FR', 'distressed', now() + interval '20 days') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rival.id]);
    campaign = toGlobalId('Campaign', c.id);
    await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [c.id] });
    await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [c.id] });
    manager = await signIn(lifeboat.url, 'marc@example.test', 'correct horse battery staple');
    rep = await signIn(lifeboat.url, 'chloe@example.test', 'correct horse battery staple');
  });

  afterAll(() => lifeboat.close());

  it('hands whole columns to the database as array literals it reads back exactly (quotes, backslashes, line breaks, NULL, characters beyond the BMP)', async () => {
    // Written by JSON.stringify (the first), element by element (a control character, a character beyond the BMP).
    for (const texts of [
      ['Chez "Paul"', 'C:\\temp\\', 'NULL', '', null, '{a,b}', ' padded ', 'Café'],
      ['Chez "Paul"', 'C:\\temp\\', 'line\r\nbreak\ttab', 'NULL', '', null, '{a,b}', 'é\u0001', ' padded '],
      ['Café 😀 Ltd', 'C:\\temp\\', null],
    ]) {
      const [{ back }] = await ds.query(`SELECT $1::text[] AS back`, [pgArray(texts)]);
      expect(back).toEqual(texts);
    }
    const [{ n, b, d }] = await ds.query(`SELECT $1::bigint[] AS n, $2::boolean[] AS b, $3::timestamptz[] AS d`, [
      pgArray([1, null, 25_000_000]),
      pgArray([true, false, null]),
      pgArray([new Date('2027-01-15T00:00:00Z'), null]),
    ]);
    expect(n.map((v: string | number | null) => (v === null ? null : Number(v)))).toEqual([1, null, 25_000_000]);
    expect(b).toEqual([true, false, null]);
    expect(d.map((v: Date | string | null) => (v === null ? null : new Date(v).toISOString()))).toEqual(['2027-01-15T00:00:00.000Z', null]);
  });

  it('imports a French Excel export (BOM, ;, CRLF, quoted newline, accents, 12 500,00 €, 31/12/2002) and reports bad rows by line', async () => {
    const csv =
      '\uFEFFNom;Segment;Pays;Dépense mensuelle;Réf;Contact;Email;Prépayé jusqu’au\r\n' +
      'Société Générale;hosting;FR;12 500,00 €;SG-1;Élodie Martin;elodie@sg.example;31/12/2002\r\n' +
      '"Boulangerie ""Chez Paul""\r\nParis";smb_web;France;"1 200,50";;Paul;paul@example.fr;2002-12-31\r\n' +
      'Bad Mail SARL;hosting;FR;10;;X;not-an-email;\r\n' +
      'Nowhere Ltd;hosting;XQ;10;;;;\r\n' +
      'Negative SA;hosting;FR;-5;;;;\r\n' +
      'Odd Segment;satellite;FR;10;;;;\r\n' +
      '\r\n' +
      'Crédit Agricole;enterprise_vpn;FR|DE|NL;"100 000,00";CA-1;;;\r\n';
    const res = await submit(manager, {
      csv,
      fileName: 'clients.csv',
      mapping: {
        name: 'Nom',
        segment: 'Segment',
        countries: 'Pays',
        monthlySpend: 'Dépense mensuelle',
        externalRef: 'Réf',
        contactName: 'Contact',
        contactEmail: 'Email',
        prepaidUntil: 'Prépayé jusqu’au',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importAccounts.accountImport).toMatchObject({ status: 'queued', totalRows: 7 });
    const done = await waitFor(manager, res.data!.importAccounts.accountImport.id);
    expect(done).toMatchObject({ status: 'completed', rowsDone: 7, insertedCount: 3, updatedCount: 0, failedCount: 4 });
    // English words for integrations, and a code with its params for an app to word in its reader's language (issue #20).
    expect(done.errors).toEqual([
      { line: 5, field: 'contactEmail', reason: '"not-an-email" is not an email address', code: 'not_an_email', params: { value: 'not-an-email', max: null } },
      { line: 6, field: 'countries', reason: '"XQ" is not a known ISO country', code: 'unknown_country', params: { value: 'XQ', max: null } },
      { line: 7, field: 'monthlySpend', reason: 'monthlySpend cannot be negative (got "-5")', code: 'negative', params: { value: '-5', max: null } },
      { line: 8, field: 'segment', reason: expect.stringContaining('"satellite" is not a segment'), code: 'unknown_segment', params: { value: 'satellite', max: null } },
    ]);
    const accounts = await ds.query(
      `SELECT a.name, a.monthly_spend::int AS spend, a.countries, a.prepaid_until, a.urgency, o.stage, o.due_at IS NOT NULL AS has_due,
              (SELECT count(*)::int FROM contact c WHERE c.account_id = a.id) AS contacts,
              (SELECT count(*)::int FROM stage_transition t WHERE t.opportunity_id = o.id) AS transitions
       FROM account a JOIN opportunity o ON o.account_id = a.id ORDER BY a.name`,
    );
    expect(accounts.map((a: { name: string }) => a.name)).toEqual(['Boulangerie "Chez Paul"\r\nParis', 'Crédit Agricole', 'Société Générale']);
    const sg = accounts[2];
    expect(sg).toMatchObject({ spend: 1_250_000, stage: 'identified', has_due: true, contacts: 1, transitions: 1 });
    expect(sg.urgency).toBeGreaterThan(0);
    expect(new Date(sg.prepaid_until).toISOString()).toBe('2002-12-31T00:00:00.000Z');
    expect(accounts[1].countries.map((c: string) => c.trim())).toEqual(['FR', 'DE', 'NL']);
    expect(accounts[0].spend).toBe(120_050);
  });

  it('dedupes on externalRef, else on normalized name and country, with the Salesforce preset', async () => {
    const csv =
      'Account Name,Account ID,Billing Country,Annual Revenue,Type\n' +
      'SOCIETE GENERALE,SG-1,France,"240,000",hosting\n' + // same ref as before: update
      'Credit-Agricole,,FR,,enterprise_vpn\n' + // same normalized name and country, no ref: update
      'Credit Agricole,,BE,,enterprise_vpn\n' + // another country: a new account
      'Opodo,OP-1,ES,1200,enterprise_vpn\n' +
      'Opodo Travel,OP-1,ES,2400,enterprise_vpn\n'; // the same ref twice in the file: the later row wins
    const res = await submit(manager, { csv, preset: 'salesforce' });
    expect(res.errors).toBeUndefined();
    const done = await waitFor(manager, res.data!.importAccounts.accountImport.id);
    expect(done).toMatchObject({ status: 'completed', rowsDone: 5, insertedCount: 2, failedCount: 0 });
    const [sg] = await ds.query(`SELECT name, monthly_spend::int AS spend, version FROM account WHERE external_ref = 'SG-1'`);
    expect(sg).toEqual({ name: 'SOCIETE GENERALE', spend: 2_000_000, version: 2 });
    expect((await ds.query(`SELECT count(*)::int AS n FROM account WHERE normalized_name = 'credit agricole'`))[0].n).toBe(2);
    expect(await ds.query(`SELECT name FROM account WHERE external_ref = 'OP-1'`)).toEqual([{ name: 'Opodo Travel' }]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM opportunity`))[0].n).toBe(5);
  });

  it('matches a row whose ref no account has to the account of that name without a ref, reading none of the accounts of that name with one', async () => {
    // A list whose names repeat: 300 "Nordia Hosting" with refs, one (the latest) without.
    const [{ id: campaignId }] = await ds.query(`SELECT id FROM campaign WHERE name = 'AMEN rescue'`);
    await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, countries, external_ref, created_at)
       SELECT $1, 'Nordia Hosting', 'nordia hosting', 'hosting', '{FR}', 'NH-' || g, now() - interval '1 day' + g * interval '1 second' FROM generate_series(1, 300) g`,
      [campaignId],
    );
    const [{ id: unreferenced }] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, countries) VALUES ($1, 'Nordia Hosting', 'nordia hosting', 'hosting', '{FR}') RETURNING id`,
      [campaignId],
    );
    await ds.query(`ANALYZE account`);
    const row = (externalRef: string | null) => ({ ...readRowOf('Nordia Hosting'), externalRef });
    const upserts = lifeboat.app.get(ImportUpsertRepository);
    // The statements match() sends, through a manager of its own.
    const em = ds.createEntityManager();
    const sent: string[] = [];
    const query = em.query.bind(em);
    em.query = (sql: string, params?: unknown[]) => {
      sent.push(sql);
      return query(sql, params);
    };
    const matched = await upserts.match(em, campaignId, [row('NH-NEW'), row('NH-7'), row(null)]);
    const [{ id: nh7 }] = await ds.query(`SELECT id FROM account WHERE external_ref = 'NH-7'`);
    const [{ id: first }] = await ds.query(`SELECT id FROM account WHERE external_ref = 'NH-1'`);
    // A new ref: the account without one; a known ref: its account; no ref: the first of that name.
    expect(matched).toEqual([unreferenced, nh7, first]);

    // What the lookup of the new ref reads: its own account, not the 300 others of that name.
    const sql = sent.find((q) => q.includes('normalized_name')) as string;
    expect(sql).toBeDefined();
    // Its parameters as match() gives them for that one row (one array element per column).
    const plan = await explain(ds.manager, sql, [campaignId, pgArray(['NH-NEW']), pgArray(['nordia hosting']), pgArray(['{FR}'])], 'ANALYZE');
    const read = planNodes(plan)
      .filter((n) => n['Relation Name'] === 'account')
      .reduce((sum, n) => sum + ((n['Actual Rows'] ?? 0) + (n['Rows Removed by Filter'] ?? 0)) * (n['Actual Loops'] ?? 1), 0);
    expect(read).toBeLessThanOrEqual(2);
    await ds.query(`DELETE FROM account WHERE normalized_name = 'nordia hosting'`);
  });

  it('refuses a binary file, a file without the mapped header, and callers who cannot write in the campaign', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]).toString('base64');
    const binary = await submit(manager, { csvBase64: png });
    expect(binary.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(binary.errors?.[0].message).toMatch(/binary data/);
    const noHeader = await submit(manager, { csv: 'a,b\n1,2\n', preset: 'hubspot' });
    expect(noHeader.errors?.[0].message).toMatch(/no header row with the account name column \(Company name or Name\)/);
    const badMapping = await submit(manager, { csv: 'Nom,Pays\nX,FR\n', mapping: { name: 'Nom', countries: 'Country' } });
    expect(badMapping.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badMapping.errors?.[0].message).toMatch(/no column "Country" \(countries\)/);
    const byRep = await submit(rep, { csv: 'name,segment\nX,hosting\n' });
    expect(byRep.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('stages the file in chunks and applies it in batches, a step at a time (one ledger entry each, progress committed with each); a duplicate or stale job does nothing', async () => {
    const rows = importChunkRows(lifeboat.db.kind) * 2 + 123;
    let csv = 'name,segment,countries,monthlySpend,externalRef\n';
    for (let i = 0; i < rows; i++) csv += `Client ${i},smb_web,FR,${i % 500},BULK-${i}\n`;
    const res = await submit(manager, { csv });
    const id = res.data!.importAccounts.accountImport.id;
    const dbId = Buffer.from(id, 'base64url').toString().split(':')[1];
    const done = await waitFor(manager, id);
    expect(done).toMatchObject({ status: 'completed', rowsDone: rows, insertedCount: rows, failedCount: 0 });
    // One ledger entry per step: the first stages a chunk, each next one applies a batch of staged
    // rows while it stages the next chunk (staging keeps ahead); a duplicate of an earlier job is a no-op.
    const runs: Array<{ result: { applied: number } }> = await ds.query(`SELECT result FROM job_run WHERE job_name = 'imports.run' AND result->>'fromRow' IS NOT NULL AND job_id IN (
      SELECT e.id || '--imports.run' FROM outbox_event e WHERE e.payload->>'importId' = $1)`, [dbId]);
    expect(importStageRows(lifeboat.db.kind)).toBeGreaterThanOrEqual(importChunkRows(lifeboat.db.kind));
    expect(runs).toHaveLength(1 + Math.ceil(rows / importChunkRows(lifeboat.db.kind)));
    expect(runs.reduce((sum, r) => sum + r.result.applied, 0)).toBe(rows);
    // Nothing staged is left behind.
    expect((await ds.query(`SELECT count(*)::int AS n FROM account_import_row WHERE import_id = $1`, [dbId]))[0].n).toBe(0);
    const { ImportsService } = await import('./imports.service');
    const service = lifeboat.app.get(ImportsService);
    await expect(ds.transaction((m) => service.runChunk(m, dbId, 0))).resolves.toEqual({ skipped: 'finished' });
    expect((await ds.query(`SELECT count(*)::int AS n FROM account WHERE external_ref LIKE 'BULK-%'`))[0].n).toBe(rows);
  });

  it('writes a chunk in slices at once, each exactly once: a job that fails after another slice committed re-runs without applying it again', async () => {
    // On the server a chunk's rows are written by two transactions at once (importSlices); embedded by one.
    const rows = importChunkRows(lifeboat.db.kind) + 77;
    const [c] = await ds.query(`SELECT id FROM campaign WHERE name = 'AMEN rescue'`);
    // An account two rows of the file match (the same name, countries FR and DE|FR): at both ends of the first chunk.
    await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, countries, monthly_spend) VALUES ($1, 'Twice Matched', 'twice matched', 'hosting', '{FR}', 100)`,
      [c.id],
    );
    let csv = 'name,segment,countries,monthlySpend,externalRef,contactEmail\n';
    const chunk = importChunkRows(lifeboat.db.kind);
    for (let i = 0, n = 0; i < rows; i++) {
      if (i === 0) csv += 'Twice Matched,hosting,FR,111,,first@twice.test\n';
      else if (i === chunk - 1) csv += 'Twice Matched,hosting,DE|FR,222,,last@twice.test\n';
      else csv += `Slice ${n},smb_web,FR,${n % 300},SLICE-${n},c${n++}@slice.test\n`;
    }
    // The first chunk's progress fails once, after its slices were written: the job runs again.
    const fault = await failOnce(ds, 'import_fault', 'account_import', 'OLD.rows_done = 0 AND NEW.rows_done > 0', 'injected: the chunk fails after its slices');
    try {
      const res = await submit(manager, { csv });
      const id = res.data!.importAccounts.accountImport.id;
      const dbId = Buffer.from(id, 'base64url').toString().split(':')[1];
      const done = await waitFor(manager, id);
      expect(done).toMatchObject({ status: 'completed', rowsDone: rows, insertedCount: rows - 2, updatedCount: 2, failedCount: 0 });
      // The first chunk's progress was written twice: it failed once, then its job ran again.
      expect(await fault.updates()).toBe(2);
      const [counts] = await ds.query(
        `SELECT count(DISTINCT a.id)::int AS accounts, count(DISTINCT o.id)::int AS deals, count(DISTINCT t.id)::int AS transitions, count(DISTINCT ct.id)::int AS contacts
         FROM account a JOIN opportunity o ON o.account_id = a.id JOIN stage_transition t ON t.opportunity_id = o.id LEFT JOIN contact ct ON ct.account_id = a.id
         WHERE a.external_ref LIKE 'SLICE-%'`,
      );
      expect(counts).toEqual({ accounts: rows - 2, deals: rows - 2, transitions: rows - 2, contacts: rows - 2 });
      // Both rows went to the one account: the later one's cells win, each adds its contact.
      const [twice] = await ds.query(`SELECT monthly_spend::int AS spend, (SELECT array_agg(email ORDER BY email) FROM contact WHERE account_id = a.id) AS emails FROM account a WHERE name = 'Twice Matched'`);
      expect(twice).toEqual({ spend: 22200, emails: ['first@twice.test', 'last@twice.test'] });
      expect((await ds.query(`SELECT count(*)::int AS n FROM account_import_slice WHERE import_id = $1`, [dbId]))[0].n).toBe(0);
    } finally {
      await fault.remove();
    }
  });

  it('reads every chunk as one import of the whole file would: row errors by line and updates across chunks and parts (blank lines, quoted line breaks)', async () => {
    // Each chunk's rows are read ahead while the chunk before it inserts: they must be the rows it would read itself.
    const chunk = importChunkRows(lifeboat.db.kind);
    const rows = chunk * 3 + 41;
    const pad = 'p'.repeat(Math.ceil(2_000_000 / rows)); // about 2 MB: several stored parts
    let csv = 'name,segment,countries,monthlySpend,externalRef,notes\n';
    let line = 2;
    const badLines: number[] = [];
    const stored = new Set<string>();
    let inserted = 0;
    let updated = 0;
    for (let i = 0; i < rows; i++) {
      const bad = i % 97 === 0;
      const ref = i >= chunk && i % 211 === 0 ? `AHEAD-${i - chunk}` : `AHEAD-${i}`; // an account of the chunk before
      const notes = i % 50 === 0 ? `"note ${i}\nsecond line ${pad}"` : pad;
      csv += `Ahead ${i},${bad ? 'nonsense' : 'hosting'},FR,${i},${ref},${notes}\n`;
      if (bad) badLines.push(line);
      else if (stored.has(ref)) updated++;
      else {
        stored.add(ref);
        inserted++;
      }
      line += i % 50 === 0 ? 2 : 1;
      if (i % 333 === 0) {
        csv += '\n'; // a blank line
        line++;
      }
    }
    const res = await fetch(`${lifeboat.url}/imports/${campaign}`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${manager}` }, body: csv });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const done = await waitFor(manager, id);
    expect(done).toMatchObject({ status: 'completed', rowsDone: rows, insertedCount: inserted, updatedCount: updated, failedCount: badLines.length });
    const dbId = Buffer.from(id, 'base64url').toString().split(':')[1];
    const errors: Array<{ line: number; field: string }> = await ds.query(`SELECT line, field FROM account_import_error WHERE import_id = $1 ORDER BY line`, [dbId]);
    expect(errors.map((e) => e.line)).toEqual(badLines);
    expect(new Set(errors.map((e) => e.field))).toEqual(new Set(['segment']));
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM account WHERE external_ref LIKE 'AHEAD-%'`);
    expect(n).toBe(inserted);
  });

  it('fails an import whose stored file has lost a part before anything of it is applied (nothing half-written)', async () => {
    const { randomUUID } = await import('node:crypto');
    const { ImportsRepository } = await import('./imports.repository');
    const { UploadReader } = await import('./upload-reader');
    const repo = lifeboat.app.get(ImportsRepository);
    const campaignDbId = Buffer.from(campaign, 'base64url').toString().split(':')[1];
    const id = randomUUID();
    const pad = 'q'.repeat(200);
    let csv = 'name,segment,countries,externalRef,notes\n';
    for (let i = 0; i < 12_000; i++) csv += `Lost ${i},hosting,FR,LOST-${i},${pad}\n`; // about 2.7 MB: 6 stored parts
    const reader = new UploadReader(null, 'lifeboat', (part) => repo.insertPart(id, part));
    await reader.writeText(csv);
    const file = await reader.end();
    await ds.transaction((m) =>
      repo.insert(m, {
        id,
        campaignId: campaignDbId,
        preset: 'lifeboat',
        mapping: { fields: {}, columns: file.columns, delimiter: file.delimiter, headers: file.headers },
        defaultSegment: null,
        fileName: 'lost.csv',
        contentBytes: file.bytes,
        totalRows: file.totalRows,
        resumeOffset: file.dataOffset,
        resumeLine: file.dataLine,
        lawfulBasis: 'legitimate_interests',
        actor: { actorType: 'user', actorId: null, actorLabel: 'spec' },
      }),
    );
    // A part in the middle of the stored file is gone (the first rows are all there), then the import is queued.
    await ds.query(`DELETE FROM account_import_part WHERE import_id = $1 AND seq = 3`, [id]);
    await ds.query(`INSERT INTO outbox_event (type, payload) VALUES ('import.requested', $1::jsonb)`, [JSON.stringify({ importId: id, campaignId: campaignDbId })]);
    const done = await waitFor(manager, toGlobalId('AccountImport', id));
    expect(done.status).toBe('failed');
    expect(done.failureReason).toMatch(/The file cannot be read after line \d+: part of the file at byte \d+ is missing/);
    expect((await ds.query(`SELECT count(*)::int AS n FROM account WHERE external_ref LIKE 'LOST-%'`))[0].n).toBe(0);
    expect((await ds.query(`SELECT count(*)::int AS n FROM account_import_row WHERE import_id = $1`, [id]))[0].n).toBe(0);
  });

  it('gives each new account the urgency the domain computes for it (shared computations, names and spends filled in)', async () => {
    const csv =
      'name,segment,countries,monthlySpend,hasBackupProvider,rivalIsPrincipalOperator\n' +
      'Acme Networks,hosting,FR,1500,no,yes\n' + // a name ending in s: its possessive
      'Acme Telecom,hosting,FR,1600,no,yes\n' + // the same spend points: shared, its own spend text
      'Blue Sky,hosting,FR|DE|NL,99000,yes,no\n' +
      'Red Sky,hosting,BE|LU|ES,99000,yes,no\n' + // other three countries: its own list
      'green planet,smb_web,,0,,\n';
    const res = await submit(manager, { csv });
    const done = await waitFor(manager, res.data!.importAccounts.accountImport.id);
    expect(done).toMatchObject({ status: 'completed', insertedCount: 5, failedCount: 0 });
    const { UrgencyService } = await import('../urgency/urgency.service');
    const { CampaignsRepository } = await import('../campaigns/campaigns.repository');
    const { FULL_ACCESS } = await import('../common/access/actor');
    const campaignDbId = Buffer.from(campaign, 'base64url').toString().split(':')[1];
    const ctx = (await lifeboat.app.get(CampaignsRepository).getWithRivalByIds(ds.manager, FULL_ACCESS, [campaignDbId])).get(campaignDbId)!;
    const stored = await ds.query(
      `SELECT name, monthly_spend, countries, has_backup_provider, rival_is_principal_operator, urgency, urgency_factors, urgency_computed_at, created_at
       FROM account WHERE name IN ('Acme Networks', 'Acme Telecom', 'Blue Sky', 'Red Sky', 'green planet') ORDER BY name`,
    );
    expect(stored).toHaveLength(5);
    for (const a of stored) {
      const now = new Date(a.urgency_computed_at);
      const expected = lifeboat.app.get(UrgencyService).urgencyOf(
        {
          name: a.name,
          monthlySpend: Number(a.monthly_spend),
          countries: a.countries.map((c: string) => c.trim()),
          hasBackupProvider: a.has_backup_provider,
          rivalIsPrincipalOperator: a.rival_is_principal_operator,
          lastContactAt: null,
          createdAt: new Date(a.created_at),
        },
        ctx,
        'identified',
        now,
      );
      expect({ name: a.name, score: a.urgency, factors: a.urgency_factors }).toEqual({ name: a.name, score: expected.score, factors: expected.factors });
    }
    expect(JSON.stringify(stored[0].urgency_factors)).toContain("Acme Networks' principal operator");
  });

  describe('POST /imports/:campaignId (files larger than a GraphQL request)', () => {
    const upload = (token: string | null, body: string | Buffer, query: Record<string, string> = {}, type = 'text/csv') =>
      fetch(`${lifeboat.url}/imports/${campaign}?${new URLSearchParams(query)}`, {
        method: 'POST',
        headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });

    it('imports a 1.5 MB file with a mapping given as JSON, like importAccounts; node(id) finds the import', async () => {
      const filler = 'x'.repeat(450);
      let csv = 'Company;Kind;Country;Notes\n';
      for (let i = 0; csv.length < 1.5 * 1024 * 1024; i++) csv += `Upload ${i};hosting;FR;${filler}\n`;
      const rows = csv.trim().split('\n').length - 1;
      // Through GraphQL the same file is refused by the 1 MB body limit.
      const viaGraphql = await fetch(`${lifeboat.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
        body: JSON.stringify({ query: IMPORT, variables: { input: { campaignId: campaign, csv } } }),
      });
      expect(viaGraphql.status).toBe(413);

      const response = await upload(manager, Buffer.from(csv, 'utf8'), {
        fileName: 'big.csv',
        mapping: JSON.stringify({ name: 'Company', segment: 'Kind', countries: 'Country' }),
      });
      expect(response.status).toBe(202);
      const body = (await response.json()) as { id: string; status: string; totalRows: number };
      expect(body).toEqual({ id: expect.any(String), status: 'queued', totalRows: rows });
      const done = await waitFor(manager, body.id);
      expect(done).toMatchObject({ status: 'completed', rowsDone: rows, insertedCount: rows, failedCount: 0 });
      const node = await graphql<{ node: { __typename: string; id: string; fileName: string } | null }>(lifeboat.url, manager, {
        query: `query($id: ID!) { node(id: $id) { __typename id ... on AccountImport { fileName } } }`,
        variables: { id: body.id },
      });
      expect(node.data?.node).toEqual({ __typename: 'AccountImport', id: body.id, fileName: 'big.csv' });
    });

    it('authenticates and authorizes like GraphQL, and checks its parameters', async () => {
      const csv = 'name,segment\nSomeone,hosting\n';
      const anonymous = await upload(null, csv);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
      expect((await upload('nonsense', csv)).status).toBe(401);
      const byRep = await upload(rep, csv);
      expect(byRep.status).toBe(403);
      expect(await byRep.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      const badPreset = await upload(manager, csv, { preset: 'excel' });
      expect(badPreset.status).toBe(400);
      expect(await badPreset.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [{ field: 'preset' }] } });
      const badMapping = await upload(manager, csv, { mapping: '{name:' });
      expect(badMapping.status).toBe(400);
      const json = await upload(manager, JSON.stringify({ csv }), {}, 'application/json');
      expect(json.status).toBe(415);
      const elsewhere = await fetch(`${lifeboat.url}/imports/${toGlobalId('Campaign', '00000000-0000-4000-8000-000000000000')}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${manager}` },
        body: csv,
      });
      expect(elsewhere.status).toBe(404);
      // A user of another campaign gets null from node(id) for this campaign's imports.
      const [other] = await ds.query(`INSERT INTO campaign (rival_id, name) SELECT rival_id, 'Other' FROM campaign LIMIT 1 RETURNING id`);
      await createUser(ds, { email: 'olga@example.test', role: 'manager', campaignIds: [other.id] });
      const olga = await signIn(lifeboat.url, 'olga@example.test', 'correct horse battery staple');
      const mine = (await (await upload(manager, csv)).json()) as { id: string };
      const seen = await graphql<{ node: unknown }>(lifeboat.url, olga, { query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: mine.id } });
      expect(seen.data?.node).toBeNull();
    });
  });
});
