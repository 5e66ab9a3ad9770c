import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { createUser, graphql, GraphqlResult, signIn } from '../testing/auth';
import { startTestServer } from '../testing/test-app';

/**
 * Issue #21 part 4, where each lead came from: every account and contact written records its source
 * (the imported file and who imported it, or who entered it by hand) and the lawful basis stated.
 */
const IMPORT = `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id lawfulBasis } } }`;
const STATUS = `query($id: ID!) { accountImport(id: $id) { status insertedCount updatedCount } }`;
const SOURCE = 'source { kind importId fileName recordedBy recordedAt lawfulBasis }';
const ACCOUNTS = `query($campaignId: ID!) { accounts(campaignId: $campaignId, first: 50) { edges { node { name ${SOURCE} contacts { name ${SOURCE} } } } } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version name ${SOURCE} contacts { name ${SOURCE} } } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { version contacts { name ${SOURCE} } } } }`;

type Res = GraphqlResult<Record<string, any>>;
interface Source {
  kind: string;
  importId: string | null;
  fileName: string | null;
  recordedBy: string;
  recordedAt: string;
  lawfulBasis: string;
}
interface Lead {
  name: string;
  source: Source | null;
  contacts: Array<{ name: string; source: Source | null }>;
}

describe('where each lead came from: sources and lawful bases of accounts and contacts', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaign: string;
  let manager: string;
  let rep: string;
  const call = (token: string, query: string, variables?: Record<string, unknown>): Promise<Res> => graphql(lifeboat.url, token, { query, variables });
  const leads = async (token: string): Promise<Map<string, Lead>> => {
    const res = await call(token, ACCOUNTS, { campaignId: campaign });
    expect(res.errors).toBeUndefined();
    return new Map((res.data!.accounts.edges as Array<{ node: Lead }>).map((e) => [e.node.name, e.node]));
  };
  async function importFile(csv: string, extra: Record<string, unknown>): Promise<string> {
    const res = await call(manager, IMPORT, { input: { campaignId: campaign, csv, ...extra } });
    expect(res.errors).toBeUndefined();
    const id = res.data!.importAccounts.accountImport.id as string;
    for (let i = 0; i < 200; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      const s = await call(manager, STATUS, { id });
      if (s.data?.accountImport.status === 'completed') return id;
      if (s.data?.accountImport.status === 'failed') throw new Error('import failed');
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    const [c] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rival.id]);
    campaign = toGlobalId('Campaign', c.id);
    await createUser(ds, { email: 'marc@example.test', name: 'Marc Dubois', role: 'manager', campaignIds: [c.id] });
    await createUser(ds, { email: 'chloe@example.test', name: 'Chloé Martin', role: 'rep', campaignIds: [c.id] });
    manager = await signIn(lifeboat.url, 'marc@example.test', 'correct horse battery staple');
    rep = await signIn(lifeboat.url, 'chloe@example.test', 'correct horse battery staple');
    // An account written before sources were recorded.
    await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, 'Legacy SARL', 'legacy sarl', 'smb_web')`, [c.id]);
  }, 120_000);

  afterAll(() => lifeboat?.close());

  it('an import records its file, who imported it and the basis stated on every account and contact it brings in (one source for the file)', async () => {
    const csv = 'name,segment,countries,externalRef,contactName,contactEmail\nBoulangerie Paul,smb_web,FR,B-1,Paul,paul@example.fr\nGarage Martin,smb_web,FR,G-1,,\n';
    const importId = await importFile(csv, { fileName: 'amen-forum-members.csv', lawfulBasis: 'consent' });
    const byName = await leads(manager);
    const expected = { kind: 'import', importId, fileName: 'amen-forum-members.csv', recordedBy: 'Marc Dubois', lawfulBasis: 'consent', recordedAt: expect.any(String) };
    expect(byName.get('Boulangerie Paul')!.source).toEqual(expected);
    expect(byName.get('Boulangerie Paul')!.contacts).toEqual([{ name: 'Paul', source: expected }]);
    expect(byName.get('Garage Martin')!.source).toEqual(expected);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM lead_source WHERE kind = 'import'`);
    expect(n).toBe(1);
    // Written before sources were recorded: says so (null), nothing made up.
    expect(byName.get('Legacy SARL')!.source).toBeNull();
  });

  it('a second file matching the same account keeps the account’s first source and records the new contact as the second file’s', async () => {
    const csv = 'name,segment,countries,externalRef,contactName,contactEmail\nBoulangerie Paul,smb_web,FR,B-1,Julie,julie@example.fr\n';
    const importId = await importFile(csv, { fileName: 'second-list.csv' });
    const paul = (await leads(manager)).get('Boulangerie Paul')!;
    expect(paul.source).toMatchObject({ fileName: 'amen-forum-members.csv', lawfulBasis: 'consent' });
    const julie = paul.contacts.find((c) => c.name === 'Julie')!;
    // No basis given: the default, legitimate interests.
    expect(julie.source).toMatchObject({ kind: 'import', importId, fileName: 'second-list.csv', lawfulBasis: 'legitimate_interests' });
  });

  it('an account entered by hand records who entered it and the basis; contacts added later record their own entry', async () => {
    const created = await call(rep, CREATE, {
      input: { campaignId: campaign, name: 'Fleuriste Rose', segment: 'smb_web', monthlySpend: 1500, lawfulBasis: 'contract', contacts: [{ name: 'Rose' }] },
    });
    expect(created.errors).toBeUndefined();
    const account = created.data!.createAccount.account;
    expect(account.source).toEqual({ kind: 'manual', importId: null, fileName: null, recordedBy: 'Chloé Martin', recordedAt: expect.any(String), lawfulBasis: 'contract' });
    expect(account.contacts[0].source).toEqual(account.source);
    const updated = await call(manager, UPDATE, { input: { id: account.id, expectedVersion: account.version, contacts: [{ name: 'Léa' }] } });
    expect(updated.errors).toBeUndefined();
    const lea = (updated.data!.updateAccount.account.contacts as Lead['contacts']).find((c) => c.name === 'Léa')!;
    expect(lea.source).toMatchObject({ kind: 'manual', recordedBy: 'Marc Dubois', lawfulBasis: 'legitimate_interests' });
    const rose = (updated.data!.updateAccount.account.contacts as Lead['contacts']).find((c) => c.name === 'Rose')!;
    expect(rose.source).toMatchObject({ recordedBy: 'Chloé Martin', lawfulBasis: 'contract' });
  });

  it('refuses a basis that is not one of GDPR’s, and writes nothing', async () => {
    const before = (await ds.query(`SELECT (SELECT count(*) FROM lead_source)::int + (SELECT count(*) FROM account)::int AS n`))[0].n;
    const bad = await call(rep, CREATE, { input: { campaignId: campaign, name: 'Nope', segment: 'smb_web', monthlySpend: 1, lawfulBasis: 'because' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('lawfulBasis');
    const badImport = await call(manager, IMPORT, { input: { campaignId: campaign, csv: 'name,segment\nX,hosting\n', lawfulBasis: 'leaked_list' } });
    expect(badImport.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ds.query(`SELECT (SELECT count(*) FROM lead_source)::int + (SELECT count(*) FROM account)::int AS n`))[0].n).toBe(before);
  });
});
