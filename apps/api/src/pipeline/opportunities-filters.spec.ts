import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { graphql, signIn } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';

const DEALS = `query($segment: Segment, $rivalId: ID, $ownerId: ID, $overdue: Boolean, $stage: Stage) {
  opportunities(segment: $segment, rivalId: $rivalId, ownerId: $ownerId, overdue: $overdue, stage: $stage, first: 200) {
    totalCount edges { node { stage overdue account { segment owner { email } rival { name } } } }
  }
}`;

interface Deals {
  opportunities: {
    totalCount: number;
    edges: Array<{ node: { stage: string; overdue: boolean; account: { segment: string; owner: { email: string } | null; rival: { name: string } } } }>;
  };
}

/** The board's filters (issue #9) are the api's: owner, segment, rival and overdue, combined, with the count of the whole list. */
describe('opportunities: filtered on the server by owner, segment, rival and overdue', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let admin: string;

  const deals = async (variables: Record<string, unknown>) => {
    const res = await graphql<Deals>(lifeboat.url, admin, { query: DEALS, variables });
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.opportunities;
  };
  const sqlCount = async (where: string, params: unknown[] = []) =>
    (await ds.query(`SELECT count(*)::int AS n FROM opportunity o JOIN account a ON a.id = o.account_id JOIN campaign c ON c.id = o.campaign_id JOIN rival r ON r.id = c.rival_id WHERE ${where}`, params))[0].n as number;

  beforeAll(async () => {
    lifeboat = await startTestServer({ LIFEBOAT_DEMO: 'true' });
    ds = lifeboat.db.dataSource;
    admin = await signIn(lifeboat.url, 'admin@lifeboat.demo', 'lifeboat');
  }, 120_000);

  afterAll(() => lifeboat?.close());

  it('keeps only the segment asked for, and counts them all', async () => {
    const hosting = await deals({ segment: 'hosting' });
    expect(hosting.edges.length).toBeGreaterThan(0);
    expect(new Set(hosting.edges.map((e) => e.node.account.segment))).toEqual(new Set(['hosting']));
    expect(hosting.totalCount).toBe(await sqlCount(`a.segment = 'hosting'`));
    expect(hosting.totalCount).toBeLessThan((await deals({})).totalCount);
  });

  it('keeps only the deals of campaigns against the rival asked for', async () => {
    const [amen] = await ds.query(`SELECT id FROM rival WHERE name = 'AMEN'`);
    const found = await deals({ rivalId: toGlobalId('Rival', amen.id) });
    expect(found.edges.length).toBeGreaterThan(0);
    expect(new Set(found.edges.map((e) => e.node.account.rival.name))).toEqual(new Set(['AMEN']));
    expect(found.totalCount).toBe(await sqlCount(`r.name = 'AMEN'`));
  });

  it('combines the filters with the stage, the owner and overdue, as one board column asks', async () => {
    const [alice] = await ds.query(`SELECT id FROM app_user WHERE email = 'alice@lifeboat.demo'`);
    const [kpn] = await ds.query(`SELECT id FROM rival WHERE name = 'KPNQwest'`);
    const column = await deals({ stage: 'identified', segment: 'hosting', rivalId: toGlobalId('Rival', kpn.id), ownerId: toGlobalId('User', alice.id) });
    for (const { node } of column.edges) {
      expect(node).toMatchObject({ stage: 'identified', account: { segment: 'hosting', owner: { email: 'alice@lifeboat.demo' }, rival: { name: 'KPNQwest' } } });
    }
    expect(column.totalCount).toBe(await sqlCount(`o.stage = 'identified' AND a.segment = 'hosting' AND r.name = 'KPNQwest' AND a.owner_id = $1`, [alice.id]));
    const overdue = await deals({ overdue: true, segment: 'hosting' });
    expect(overdue.edges.every((e) => e.node.overdue && e.node.account.segment === 'hosting')).toBe(true);
    expect(overdue.totalCount).toBe(await sqlCount(`a.segment = 'hosting' AND o.stage NOT IN ('won','lost') AND o.due_at < now()`));
  });

  it('refuses an id of another type as the rival', async () => {
    const res = await graphql(lifeboat.url, admin, { query: DEALS, variables: { rivalId: toGlobalId('Account', '00000000-0000-0000-0000-000000000000') } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
