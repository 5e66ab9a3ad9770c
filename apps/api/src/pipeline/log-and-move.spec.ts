import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn, TestUser } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';

const DAY = 24 * 3600 * 1000;

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } opportunity { id stage version } } }`;
const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) {
  activity { id kind outcome outcomeCode nextStep nextStepAt }
  account { id lastContactAt }
  opportunity { id stage version firstContactAt }
  stageChange { kind systemEvent { from to } } } }`;

type Gql = <T = any>(token: string | null, query: string, variables?: Record<string, unknown>) => ReturnType<typeof graphql<T>>;

/** Issue #20: a call logged with its outcome, its next step in words, and the deal moved in the same transaction. */
describe('logActivity with an outcome, a next step and a stage move (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let gql: Gql;
  let campaignId: string;
  const users: Record<string, TestUser> = {};
  const tokens: Record<string, string> = {};

  const create = async (name: string) => {
    const res = await gql(tokens.alice, CREATE, { input: { campaignId: toGlobalId('Campaign', campaignId), name, segment: 'enterprise_vpn', monthlySpend: 100_000 } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createAccount as { account: { id: string }; opportunity: { id: string; stage: string; version: number } };
  };
  const counts = async (accountName: string) => {
    const [row] = await ds.query(
      `SELECT (SELECT count(*)::int FROM activity t WHERE t.account_id = a.id) AS activities,
              (SELECT count(*)::int FROM stage_transition s JOIN opportunity o ON o.id = s.opportunity_id WHERE o.account_id = a.id) AS transitions,
              (SELECT count(*)::int FROM audit_entry e WHERE e.action IN ('activity.logged', 'opportunity.moved')) AS audited,
              a.last_contact_at, (SELECT stage FROM opportunity o WHERE o.account_id = a.id) AS stage
         FROM account a WHERE a.name = $1`,
      [accountName],
    );
    return row;
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    gql = (token, query, variables) => graphql(lifeboat.url, token, { query, variables });
    const [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 12 * DAY),
    ]);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rivalId]);
    users.alice = await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [campaignId] });
    users.bruno = await createUser(ds, { email: 'bruno@example.test', role: 'rep', campaignIds: [campaignId] });
    for (const [name, u] of Object.entries(users)) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  it('logs the call with its outcome code and next step in words, and moves the deal identified → contacted in one mutation', async () => {
    const { account, opportunity } = await create('Cybercartes');
    const nextStepAt = new Date(Date.now() + 2 * DAY).toISOString();
    const res = await gql(tokens.alice, LOG, {
      input: {
        accountId: account.id,
        kind: 'call',
        body: 'Spoke to the CIO',
        outcome: 'wants the offer by Friday',
        outcomeCode: 'reached_wants_offer',
        nextStep: '  Send the offer  ',
        nextStepAt,
        moveTo: { opportunityId: opportunity.id, expectedVersion: opportunity.version, stage: 'contacted' },
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data.logActivity;
    expect(payload.activity).toEqual({
      id: expect.any(String),
      kind: 'call',
      outcome: 'wants the offer by Friday',
      outcomeCode: 'reached_wants_offer',
      nextStep: 'Send the offer',
      nextStepAt,
    });
    expect(payload.opportunity).toMatchObject({ id: opportunity.id, stage: 'contacted', version: opportunity.version + 1 });
    expect(payload.opportunity.firstContactAt).not.toBeNull();
    expect(payload.stageChange).toEqual({ kind: 'stage_change', systemEvent: { from: 'identified', to: 'contacted' } });
    expect(payload.account.lastContactAt).not.toBeNull();
    expect(await counts('Cybercartes')).toMatchObject({ activities: 2, transitions: 2, audited: 2, stage: 'contacted' });
  });

  it('writes nothing when the move is refused: a skipped stage, lost without a reason, a stale version, another account’s deal', async () => {
    const { account, opportunity } = await create('Opodo');
    const other = await create('Euronext');
    const before = await counts('Opodo');
    const attempt = (moveTo: Record<string, unknown>) =>
      gql(tokens.alice, LOG, { input: { accountId: account.id, kind: 'call', body: 'Reached them', outcomeCode: 'reached_not_now', nextStep: 'Call back', moveTo } });

    const skipped = await attempt({ opportunityId: opportunity.id, expectedVersion: 1, stage: 'proposal_sent' });
    expect(skipped.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.moveTo.stage' }] });
    const noReason = await attempt({ opportunityId: opportunity.id, expectedVersion: 1, stage: 'lost' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.moveTo.lostReason' }] });
    const stale = await attempt({ opportunityId: opportunity.id, expectedVersion: 7, stage: 'contacted' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const wrongDeal = await attempt({ opportunityId: other.opportunity.id, expectedVersion: 1, stage: 'contacted' });
    expect(wrongDeal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.moveTo.opportunityId' }] });

    // Nothing half-written: no activity, no transition, no audit entry, no last contact, the stage unchanged.
    expect(await counts('Opodo')).toEqual(before);
    expect(before).toMatchObject({ activities: 0, transitions: 1, last_contact_at: null, stage: 'identified' });
    expect(await counts('Euronext')).toMatchObject({ activities: 0, stage: 'identified' });
  });

  it('refuses a colleague moving the rep’s deal (FORBIDDEN), and an unknown outcome code (BAD_USER_INPUT), writing nothing', async () => {
    const { account, opportunity } = await create('Lycos Europe');
    const bruno = await gql(tokens.bruno, LOG, {
      input: { accountId: account.id, kind: 'call', body: 'x', moveTo: { opportunityId: opportunity.id, expectedVersion: 1, stage: 'contacted' } },
    });
    expect(bruno.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await gql(tokens.alice, LOG, { input: { accountId: account.id, kind: 'call', body: 'x', outcomeCode: 'maybe' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await gql(tokens.alice, LOG, { input: { accountId: account.id, kind: 'call', body: 'x', nextStep: 'n'.repeat(501) } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts('Lycos Europe')).toMatchObject({ activities: 0, stage: 'identified' });
  });

  it('keeps the old fields working for integrations: no outcome code, no next step, no move', async () => {
    const { account } = await create('AOL Europe');
    const res = await gql(tokens.alice, LOG, { input: { accountId: account.id, kind: 'note', body: 'Legacy', outcome: 'fine' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.logActivity).toMatchObject({
      activity: { kind: 'note', outcome: 'fine', outcomeCode: null, nextStep: null, nextStepAt: null },
      opportunity: null,
      stageChange: null,
    });
    expect(await counts('AOL Europe')).toMatchObject({ activities: 1, stage: 'identified' });
  });
});
