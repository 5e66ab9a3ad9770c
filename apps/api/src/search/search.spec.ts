import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { searchKey } from '../common/text/search-key';
import { FROM, TO } from '../database/migrations/1795401350000-search-names';

const SEARCH = `query($text: String!, $campaignId: ID, $first: Int, $after: String) {
  search(text: $text, campaignId: $campaignId) {
    accounts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name campaign { name } } } }
    contacts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name account { id name } } } }
  }
}`;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}
interface Found {
  accounts: Page<{ id: string; name: string; campaign: { name: string } }>;
  contacts: Page<{ id: string; name: string; account: { id: string; name: string } }>;
}

describe('search: accounts and contacts by name, in the caller’s campaigns only', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignA: string;
  let campaignB: string;
  const tokens: Record<string, string> = {};

  const search = async (who: string, text: string, extra: Record<string, unknown> = {}) => {
    const res = await graphql<{ search: Found }>(lifeboat.url, tokens[who], { query: SEARCH, variables: { text, ...extra } });
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.search;
  };
  const names = (found: Found) => ({
    accounts: found.accounts.edges.map((e) => e.node.name),
    contacts: found.contacts.edges.map((e) => `${e.node.name} @ ${e.node.account.name}`),
  });

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [kpn] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    const [amen] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: campaignA }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [kpn.id]);
    [{ id: campaignB }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [amen.id]);
    const account = async (campaignId: string, name: string, contacts: string[]) => {
      const [row] = await ds.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, urgency, urgency_factors, urgency_computed_at)
         VALUES ($1, $2, lower($2), 'hosting', 1000, '{FR}', 10, '[]', now()) RETURNING id`,
        [campaignId, name],
      );
      for (const contact of contacts) await ds.query(`INSERT INTO contact (account_id, name) VALUES ($1, $2)`, [row.id, contact]);
      return row.id as string;
    };
    await account(campaignA, 'Société Générale', ['Jeanne Martin', 'Pierre Dupont']);
    await account(campaignA, 'Euronext', ['Sophie Marchand']);
    await account(campaignA, 'Hewlett-Packard', ['Catherine Roussel']);
    await account(campaignA, 'Générale de Téléphone', []);
    await account(campaignB, 'Martin Hébergement', ['Martine Lefèvre']);
    await account(campaignB, 'Atelier Générale', ['Jean Martin']);
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    const alice = await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [campaignA] });
    const chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignB] });
    tokens.admin = await signIn(lifeboat.url, admin.email, admin.password);
    tokens.alice = await signIn(lifeboat.url, alice.email, alice.password);
    tokens.chloe = await signIn(lifeboat.url, chloe.email, chloe.password);
  });

  afterAll(() => lifeboat?.close());

  it('finds accounts and contacts (with their account) by the start of any word, case and accents ignored', async () => {
    expect(names(await search('alice', 'martin'))).toEqual({ accounts: [], contacts: ['Jeanne Martin @ Société Générale'] });
    expect(names(await search('alice', 'SOCIETE'))).toEqual({ accounts: ['Société Générale'], contacts: [] });
    expect(names(await search('alice', 'gén soc'))).toEqual({ accounts: ['Société Générale'], contacts: [] });
    expect(names(await search('alice', 'packard'))).toEqual({ accounts: ['Hewlett-Packard'], contacts: [] });
    expect(names(await search('alice', 'mar'))).toEqual({ accounts: [], contacts: ['Jeanne Martin @ Société Générale', 'Sophie Marchand @ Euronext'] });
    // A word must start a word of the name: the middle of one is not a match.
    expect(names(await search('alice', 'next'))).toEqual({ accounts: [], contacts: [] });
  });

  it('lists the names that start with the text first, then A to Z', async () => {
    expect(names(await search('alice', 'generale')).accounts).toEqual(['Générale de Téléphone', 'Société Générale']);
  });

  it('never shows another campaign’s accounts or contacts — while their own team finds them', async () => {
    const alice = names(await search('alice', 'martin'));
    expect(alice.contacts.join()).not.toMatch(/Jean Martin|Martine/);
    expect(alice.accounts).not.toContain('Martin Hébergement');
    expect(names(await search('chloe', 'martin'))).toEqual({ accounts: ['Martin Hébergement'], contacts: ['Martine Lefèvre @ Martin Hébergement', 'Jean Martin @ Atelier Générale'] });
    // Asking for the other campaign by id gives nothing either.
    expect(names(await search('chloe', 'martin', { campaignId: toGlobalId('Campaign', campaignA) }))).toEqual({ accounts: [], contacts: [] });
  });

  it('searches every campaign for an admin, or the one asked for', async () => {
    // "Martine …" starts with the text: first; then A to Z.
    expect(names(await search('admin', 'martin')).contacts).toEqual(['Martine Lefèvre @ Martin Hébergement', 'Jean Martin @ Atelier Générale', 'Jeanne Martin @ Société Générale']);
    expect(names(await search('admin', 'martin', { campaignId: toGlobalId('Campaign', campaignB) })).contacts).toEqual([
      'Martine Lefèvre @ Martin Hébergement',
      'Jean Martin @ Atelier Générale',
    ]);
  });

  it('pages each list (first, after) with its total, and finds nothing for a text without letters or digits', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Found = await search('admin', 'martin', { first: 1, after });
      expect(page.contacts.totalCount).toBe(3);
      seen.push(...names(page).contacts);
      after = page.contacts.pageInfo.hasNextPage ? page.contacts.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Martine Lefèvre @ Martin Hébergement', 'Jean Martin @ Atelier Générale', 'Jeanne Martin @ Société Générale']);
    expect(names(await search('alice', ' -- '))).toEqual({ accounts: [], contacts: [] });
    // Characters that mean something to LIKE or to a full-text query are plain text here.
    expect(names(await search('alice', "%_:*&|!'"))).toEqual({ accounts: [], contacts: [] });
    const tooMany = await graphql(lifeboat.url, tokens.alice, { query: SEARCH, variables: { text: 'mar', first: 201 } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('folds a name in the database as it folds the text searched', async () => {
    const samples = ['Société Générale', 'ÉCOLE Française', 'Łódź Østergaard', 'Ærø Straße', 'Çağrı İnşaat', 'Hewlett-Packard'];
    const rows: Array<{ k: string }> = await ds.query(`SELECT lifeboat_search_key(s) AS k FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i) ORDER BY i`, [samples]);
    expect(rows.map((r) => r.k)).toEqual(samples.map(searchKey));
  });

  it('folds a name whose lower case is ASCII as translate folds it (the functions skip translate for such names)', async () => {
    const samples = ['Hewlett-Packard', 'ACME Hosting, SA', 'Nordia Logistics', 'Société Générale', 'ÉCOLE', 'Ærø Straße', 'İnşaat', 'x', '', '  a  b  ', 'Zürich 2 GmbH'];
    const rows: Array<{ key: string; folded: string; same: boolean }> = await ds.query(
      `SELECT lifeboat_search_key(s) AS key, translate(lower(s), $2, $3) AS folded,
              lifeboat_search_words(s) = to_tsvector('simple'::regconfig, translate(lower(s), $2, $3)) AS same
       FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i) ORDER BY i`,
      [samples, FROM, TO],
    );
    expect(rows.map((r) => r.key)).toEqual(rows.map((r) => r.folded));
    expect(rows.every((r) => r.same)).toBe(true);
  });

  it('has functions the planner inlines (an index expression evaluated as plain lower / translate / to_tsvector, not a SQL-function call per name)', async () => {
    const plan = async (expr: string): Promise<string> => {
      const rows: Array<{ 'QUERY PLAN': string }> = await ds.query(`EXPLAIN (VERBOSE, COSTS OFF) SELECT ${expr} FROM account`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    for (const expr of ['lifeboat_search_words(name)', 'lifeboat_search_key(name)']) {
      const output = await plan(expr);
      expect(output).toContain('translate(lower(');
      expect(output).not.toContain('lifeboat_search');
    }
    // NULL in, NULL out, as when they were STRICT.
    const [nulls] = await ds.query(`SELECT lifeboat_search_words(NULL) IS NULL AS words, lifeboat_search_key(NULL) IS NULL AS key`);
    expect(nulls).toEqual({ words: true, key: true });
  });
});
