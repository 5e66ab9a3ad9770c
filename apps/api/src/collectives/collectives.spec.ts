import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, signIn, clientFor } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { toCollectiveGlobalId } from './collective-id';
import { MIGRATIONS } from '../database/migrations';
import { Collectives1795490000012 } from '../database/migrations/1795490000012-collectives';

const DAY = 24 * 3600 * 1000;
const FIELDS = `id name forumUrl claimedMembers announcedCancellationAt notes version spokesperson { id name } campaign { id }
  progress { claimed linked won pending lost untouched }`;
const CREATE = `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { collective { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateCollectiveInput!) { updateCollective(input: $input) { collective { ${FIELDS} } } }`;
const ADD = `mutation($input: CollectiveMembersInput!) { addCollectiveMembers(input: $input) { collective { ${FIELDS} } } }`;
const REMOVE = `mutation($input: CollectiveMembersInput!) { removeCollectiveMembers(input: $input) { collective { ${FIELDS} } } }`;
const LINK = `mutation($input: LinkCollectiveMembersByNameInput!) { linkCollectiveMembersByName(input: $input) {
  collective { progress { linked } } matched { name } unmatched ambiguous inOtherCollective { name } } }`;
const ONE = `query($id: ID!) { collective(id: $id) { ${FIELDS}
  members(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { state account { name } } } } } }`;
const PAGE = `query($id: ID!, $after: String) { collective(id: $id) { members(first: 2, after: $after) { edges { node { account { name } } } } } }`;
const LIST = `query($campaignId: ID!) { collectives(campaignId: $campaignId) { totalCount edges { node { name progress { linked } } } } }`;
const OF_ACCOUNT = `query($id: ID!) { node(id: $id) { ... on Account { name collective { name } } } }`;

describe('customer collectives: a campaign’s organised customers, their members and progress (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignId: string;
  let otherCampaignId: string;
  const tokens: Record<string, string> = {};
  const acc: Record<string, string> = {};
  let contactId: string;
  let otherContactId: string;

  const { gql, must } = clientFor(() => lifeboat.url, tokens);
  const count = async (table: string) => Number((await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const campaign = () => toGlobalId('Campaign', campaignId);
  const account = async (campaign: string, name: string, stages: string[]) => {
    const [{ id }] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, $3, 'smb_web') RETURNING id`, [
      campaign,
      name,
      normalizeAccountName(name),
    ]);
    for (const stage of stages) {
      await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, $3, now())`, [id, campaign, stage]);
    }
    return id as string;
  };
  const expectBadInput = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }, field: string) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rival.id]);
    [{ id: otherCampaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [other.id]);
    const marc = await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [campaignId] });
    const chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignId] });
    const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [otherCampaignId] });
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    for (const [name, u] of Object.entries({ marc, chloe, manon, admin })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
    acc.boulangerie = await account(campaignId, 'Boulangerie Dupont', ['won']);
    acc.atelier = await account(campaignId, 'L’Atelier du Bois', ['contacted']);
    acc.cafe = await account(campaignId, 'Café des Arts', ['lost']);
    acc.reopened = await account(campaignId, 'Garage Martin', ['lost', 'identified']);
    acc.fresh = await account(campaignId, 'Librairie Lemoine', []);
    acc.twinA = await account(campaignId, 'Pharmacie Centrale', []);
    acc.twinB = await account(campaignId, 'PHARMACIE CENTRALE', []);
    acc.foreign = await account(otherCampaignId, 'Euronext', ['identified']);
    [{ id: contactId }] = await ds.query(`INSERT INTO contact (account_id, name) VALUES ($1, 'Sophie Renard') RETURNING id`, [acc.fresh]);
    [{ id: otherContactId }] = await ds.query(`INSERT INTO contact (account_id, name) VALUES ($1, 'Catherine Roussel') RETURNING id`, [acc.foreign]);
  });

  afterAll(() => lifeboat.close());

  it('refuses a bad collective with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '   ' }, 'input.name'],
      [{ name: 'Forum', forumUrl: 'javascript:alert(1)' }, 'forumUrl'],
      [{ name: 'Forum', forumUrl: 'ftp://forum.example.test' }, 'forumUrl'],
      [{ name: 'Forum', claimedMembers: -1 }, 'claimedMembers'],
      [{ name: 'Forum', announcedCancellationAt: '2500-01-01T00:00:00Z' }, 'announcedCancellationAt'],
      [{ name: 'Forum', spokespersonId: toGlobalId('Contact', otherContactId) }, 'input.spokespersonId'],
      [{ name: 'Forum', spokespersonId: toGlobalId('Account', acc.fresh) }, 'input.spokespersonId'],
    ];
    for (const [extra, field] of cases) expectBadInput(await gql('marc', CREATE, { input: { campaignId: campaign(), ...extra } }), field);
    expect(await count('collective')).toBe(0);
    expect(await count('audit_entry WHERE entity_type = \'Collective\'')).toBe(0);
  });

  let collectiveId: string;
  let version: number;

  it('lets a manager record a collective (audited); reps read it, may not write; another campaign’s manager sees nothing', async () => {
    const at = new Date(Date.now() + 10 * DAY).toISOString();
    const input = {
      campaignId: campaign(),
      name: 'Collectif des clients AMEN',
      forumUrl: 'https://forum.collectif-amen.example.test/',
      claimedMembers: 250,
      announcedCancellationAt: at,
      spokespersonId: toGlobalId('Contact', contactId),
      notes: 'About 1,000 visitors a day.',
    };
    expect((await gql('chloe', CREATE, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql('manon', CREATE, { input })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const created = (await must('marc', CREATE, { input })).createCollective.collective;
    expect(created).toMatchObject({
      name: 'Collectif des clients AMEN',
      claimedMembers: 250,
      announcedCancellationAt: at,
      spokesperson: { name: 'Sophie Renard' },
      version: 1,
      progress: { claimed: 250, linked: 0, won: 0, pending: 0, lost: 0, untouched: 0 },
    });
    collectiveId = created.id;
    version = created.version;
    const [audit] = await ds.query(`SELECT action, campaign_id FROM audit_entry WHERE entity_type = 'Collective'`);
    expect(audit).toEqual({ action: 'collective.created', campaign_id: campaignId });
    // The same name again (whatever its case) is taken.
    expectBadInput(await gql('marc', CREATE, { input: { campaignId: campaign(), name: 'COLLECTIF DES CLIENTS AMEN' } }), 'input.name');

    expect((await must('chloe', LIST, { campaignId: campaign() })).collectives).toEqual({ totalCount: 1, edges: [{ node: { name: 'Collectif des clients AMEN', progress: { linked: 0 } } }] });
    expect((await gql('manon', LIST, { campaignId: campaign() })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql('manon', ONE, { id: collectiveId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expectBadInput(await gql('marc', ONE, { id: toGlobalId('Account', acc.fresh) }), 'id');
    // A node like any other: node(id) fetches it for its campaign's team, and nothing for another's.
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Collective { name claimedMembers } } }`;
    expect((await must('chloe', NODE, { id: collectiveId })).node).toEqual({ id: collectiveId, name: 'Collectif des clients AMEN', claimedMembers: 250 });
    const other = await gql('manon', NODE, { id: collectiveId });
    expect(other.errors ?? []).toEqual([]);
    expect(other.data).toEqual({ node: null });
  });

  it('updates with the version read (a stale one is CONFLICT), audited with before and after', async () => {
    const res = await must('marc', UPDATE, { input: { id: collectiveId, expectedVersion: version, claimedMembers: 260, forumUrl: null } });
    expect(res.updateCollective.collective).toMatchObject({ claimedMembers: 260, forumUrl: null, version: version + 1 });
    expect((await gql('marc', UPDATE, { input: { id: collectiveId, expectedVersion: version, claimedMembers: 1 } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gql('chloe', UPDATE, { input: { id: collectiveId, expectedVersion: version + 1, claimedMembers: 1 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expectBadInput(await gql('marc', UPDATE, { input: { id: collectiveId, expectedVersion: version + 1, forumUrl: 'not a url' } }), 'forumUrl');
    version += 1;
    const [audit] = await ds.query(`SELECT changes FROM audit_entry WHERE entity_type = 'Collective' AND action = 'collective.updated'`);
    expect(audit.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'claimedMembers', before: 250, after: 260 }), expect.objectContaining({ field: 'forumUrl', after: null })]),
    );
    expect(Number((await ds.query(`SELECT claimed_members FROM collective`))[0].claimed_members)).toBe(260);
  });

  it('links members by hand: all of the campaign and in no other collective, or none; progress follows the capture rule', async () => {
    const ids = (...names: string[]) => names.map((n) => toGlobalId('Account', acc[n]));
    // Another campaign's account: nothing linked, even alongside good ones.
    expectBadInput(await gql('marc', ADD, { input: { collectiveId, accountIds: ids('boulangerie', 'foreign') } }), 'input.accountIds');
    expect(await count('collective_member')).toBe(0);
    expect((await gql('chloe', ADD, { input: { collectiveId, accountIds: ids('boulangerie') } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const added = await must('marc', ADD, { input: { collectiveId, accountIds: ids('boulangerie', 'atelier', 'cafe', 'reopened', 'boulangerie') } });
    expect(added.addCollectiveMembers.collective.progress).toEqual({ claimed: 260, linked: 4, won: 1, pending: 2, lost: 1, untouched: 0 });
    // Idempotent for members already linked.
    await must('marc', ADD, { input: { collectiveId, accountIds: ids('atelier') } });

    // An account is in at most one collective of its campaign.
    const second = (await must('marc', CREATE, { input: { campaignId: campaign(), name: 'Les clients en colère' } })).createCollective.collective;
    expectBadInput(await gql('marc', ADD, { input: { collectiveId: second.id, accountIds: ids('fresh', 'atelier') } }), 'input.accountIds');
    expect(Number((await ds.query(`SELECT count(*)::int AS n FROM collective_member WHERE account_id = $1`, [acc.fresh]))[0].n)).toBe(0);

    const one = (await must('chloe', ONE, { id: collectiveId })).collective;
    expect(one.members.totalCount).toBe(4);
    expect(one.members.edges.map((e: any) => [e.node.account.name, e.node.state])).toEqual([
      ['Boulangerie Dupont', 'won'],
      ['Café des Arts', 'lost'],
    ]);
    expect(one.members.pageInfo.hasNextPage).toBe(true);
    const next = (await must('chloe', PAGE, { id: collectiveId, after: one.members.pageInfo.endCursor })).collective.members.edges;
    expect(next.map((e: any) => e.node.account.name)).toEqual(['Garage Martin', 'L’Atelier du Bois']);
    expect((await must('chloe', OF_ACCOUNT, { id: toGlobalId('Account', acc.cafe) })).node.collective).toEqual({ name: 'Collectif des clients AMEN' });
    expect((await must('chloe', OF_ACCOUNT, { id: toGlobalId('Account', acc.fresh) })).node.collective).toBeNull();

    const removed = await must('marc', REMOVE, { input: { collectiveId, accountIds: ids('cafe', 'fresh') } });
    expect(removed.removeCollectiveMembers.collective.progress).toMatchObject({ linked: 3, lost: 0 });
    const actions = (await ds.query(`SELECT action FROM audit_entry WHERE entity_type = 'Collective' ORDER BY action`)).map((r: any) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['collective.members_added', 'collective.members_removed']));
  });

  it('links a pasted member list on normalized names, reporting unmatched, ambiguous and taken names', async () => {
    const second = await ds.query(`SELECT id FROM collective WHERE name = 'Les clients en colère'`);
    await ds.query(`INSERT INTO collective_member (account_id, collective_id, campaign_id) VALUES ($1, $2, $3)`, [acc.cafe, second[0].id, campaignId]);
    const names = ['  librairie LEMOINE ', 'Cafe des arts', 'Pharmacie centrale', 'Inconnu SARL', 'Euronext', 'Boulangerie Dupont', '', 'l atelier du bois'];
    const dry = (await must('marc', LINK, { input: { collectiveId, names, dryRun: true } })).linkCollectiveMembersByName;
    expect(dry.collective.progress.linked).toBe(3);
    const res = (await must('marc', LINK, { input: { collectiveId, names } })).linkCollectiveMembersByName;
    // In the order pasted.
    expect(res.matched.map((a: any) => a.name)).toEqual(['Librairie Lemoine', 'Boulangerie Dupont', 'L’Atelier du Bois']);
    // Euronext is another campaign's account: unmatched here, as if it did not exist.
    expect(res.unmatched).toEqual(['Inconnu SARL', 'Euronext']);
    expect(res.ambiguous).toEqual(['Pharmacie centrale']);
    expect(res.inOtherCollective).toEqual([{ name: 'Café des Arts' }]);
    expect(res.collective.progress.linked).toBe(4);
    expect(dry).toEqual({ ...res, collective: { progress: { linked: 3 } } });
    expectBadInput(await gql('marc', LINK, { input: { collectiveId, names: ['  ', '...'] } }), 'input.names');
    expect((await gql('manon', LINK, { input: { collectiveId, names: ['Librairie Lemoine'] } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql('chloe', LINK, { input: { collectiveId, names: ['Librairie Lemoine'] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('drives its members’ urgency: cancellations announced within 14 days add collective_cancellation, recomputed when the date or the members change', async () => {
    const URGENCY = `query($id: ID!) { node(id: $id) { ... on Account { urgency urgencyFactors { key points params { daysLeft } } } } }`;
    const factor = async (name: string) => {
      const node = (await must('chloe', URGENCY, { id: toGlobalId('Account', acc[name]) })).node;
      return { urgency: node.urgency as number, factor: node.urgencyFactors.find((f: any) => f.key === 'collective_cancellation') ?? null };
    };
    const setDate = async (days: number) => {
      const { version: v } = (await must('marc', ONE, { id: collectiveId })).collective;
      await must('marc', UPDATE, { input: { id: collectiveId, expectedVersion: v, announcedCancellationAt: new Date(Date.now() + days * DAY + 3_600_000).toISOString() } });
    };
    // Linked while the announced date (10 days from the collective's creation, so 9 whole days left) was within 14 days.
    const linked = await factor('atelier');
    expect(linked.factor).toEqual({ key: 'collective_cancellation', points: 20, params: { daysLeft: 9 } });
    expect((await factor('twinA')).factor).toBeNull();

    await setDate(40);
    const far = await factor('atelier');
    expect(far.factor).toBeNull();
    expect(far.urgency).toBe(linked.urgency - 20);
    await setDate(3);
    expect((await factor('atelier')).factor).toEqual({ key: 'collective_cancellation', points: 20, params: { daysLeft: 3 } });
    expect((await factor('boulangerie')).factor).not.toBeNull();

    // A member added gets it at once, a member removed loses it.
    await must('marc', ADD, { input: { collectiveId, accountIds: [toGlobalId('Account', acc.twinA)] } });
    expect((await factor('twinA')).factor?.params).toEqual({ daysLeft: 3 });
    await must('marc', REMOVE, { input: { collectiveId, accountIds: [toGlobalId('Account', acc.twinA)] } });
    expect((await factor('twinA')).factor).toBeNull();
    // Another campaign's accounts are never touched.
    expect((await ds.query(`SELECT urgency_factors::text AS f FROM account WHERE id = $1`, [acc.foreign]))[0].f).not.toContain('collective_cancellation');
  });

  it('answers two managers creating the same name at once with the same clear error (the unique index has the last word)', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => gql('marc', CREATE, { input: { campaignId: campaign(), name: 'Clients pressés' } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectBadInput(r, 'input.name');
    expect(Number((await ds.query(`SELECT count(*)::int AS n FROM collective WHERE name = 'Clients pressés'`))[0].n)).toBe(1);
  });

  it('holds the campaign wall in the database too: a member of another campaign cannot be linked even by SQL', async () => {
    const [c] = await ds.query(`SELECT id FROM collective WHERE name = 'Collectif des clients AMEN'`);
    await expect(ds.query(`INSERT INTO collective_member (account_id, collective_id, campaign_id) VALUES ($1, $2, $3)`, [acc.foreign, c.id, campaignId])).rejects.toThrow();
    await expect(ds.query(`INSERT INTO collective_member (account_id, collective_id, campaign_id) VALUES ($1, $2, $3)`, [acc.foreign, c.id, otherCampaignId])).rejects.toThrow();
    expect(toCollectiveGlobalId(c.id)).toBe(collectiveId);
  });

  it('has a migration whose down undoes it, and whose up applies again', async () => {
    const tables = async () => (await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('collective', 'collective_member')`))[0].n;
    expect(await tables()).toBe(2);
    // Later migrations are undone first (and applied again by runMigrations).
    for (let i = MIGRATIONS.indexOf(Collectives1795490000012); i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toBe(0);
    expect(await ds.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'account_id_campaign_uq'`)).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toBe(2);
  });
});
