import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const DAY = 86_400_000;

const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { stage version } } }`;
const DRAFT = `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`;
const SUBMIT = `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id status version } } }`;
const SEND = `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath proposal { id status } } }`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { offer { status } } }`;
const TIMELINE = `query($id: ID!) { node(id: $id) { ... on Account { activities(first: 50) { kind body systemEvent {
  from to lostReason note monthlyTotal { amount currency } termMonths validUntil signerName signerTitle } } } } }`;

interface SystemEvent {
  from: string | null;
  to: string | null;
  lostReason: string | null;
  note: string | null;
  monthlyTotal: { amount: number; currency: string } | null;
  termMonths: number | null;
  validUntil: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

/**
 * Issue #18: a system activity keeps its English body for integrations and also its facts as codes
 * and numbers (`activity.details`, GraphQL `Activity.systemEvent`), which the web words in the
 * reader's language.
 */
describe('system activities carry their facts as codes (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let kpn: string;
  let alice: string;
  let aliceId: string;

  async function seedDeal(name: string, stage: string): Promise<{ accountId: string; dealId: string }> {
    const [a] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, prepaid_until, owner_id)
       VALUES ($1, $2, lower($2), 'enterprise_vpn', 1850000, $3, $4) RETURNING id`,
      [kpn, name, new Date(Date.now() + 90 * DAY), aliceId],
    );
    await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, 'vpn', 10, 1000000, 0)`, [a.id]);
    const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage) VALUES ($1, $2, $3) RETURNING id`, [a.id, kpn, stage]);
    return { accountId: a.id, dealId: o.id };
  }
  const call = async <T>(token: string | null, query: string, input: Record<string, unknown>): Promise<T> => {
    const res = await graphql<T>(url, token, { query, variables: { input } });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const version = async (dealId: string): Promise<number> => (await ds.query(`SELECT version FROM opportunity WHERE id = $1`, [dealId]))[0].version;
  const moveByHand = async (dealId: string, stage: string, extra: Record<string, unknown> = {}) =>
    call(alice, MOVE, { opportunityId: gid('Opportunity', dealId), expectedVersion: await version(dealId), stage, ...extra });
  const stored = async (accountId: string): Promise<Array<{ kind: string; details: Record<string, unknown> | null }>> =>
    ds.query(`SELECT kind, details FROM activity WHERE account_id = $1 ORDER BY occurred_at, created_at, kind`, [accountId]);
  const timeline = async (accountId: string) => {
    const res = await graphql<{ node: { activities: Array<{ kind: string; body: string; systemEvent: SystemEvent | null }> } }>(url, alice, {
      query: TIMELINE,
      variables: { id: gid('Account', accountId) },
    });
    expect(res.errors).toBeUndefined();
    return res.data?.node.activities ?? [];
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    url = lifeboat.url;
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 30 * DAY),
    ]);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rival.id]);
    const user = await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [kpn] });
    aliceId = user.id;
    alice = await signIn(url, user.email, user.password);
  });

  afterAll(() => lifeboat.close());

  it('moving a deal by hand stores from, to, the lost reason and the note', async () => {
    const { accountId, dealId } = await seedDeal('Hewlett-Packard', 'identified');
    await moveByHand(dealId, 'contacted', { note: 'Reached the CIO.' });
    await moveByHand(dealId, 'lost', { lostReason: 'price' });

    expect((await stored(accountId)).map((a) => [a.kind, a.details])).toEqual([
      ['stage_change', { from: 'identified', to: 'contacted', lostReason: null, note: 'Reached the CIO.' }],
      ['stage_change', { from: 'contacted', to: 'lost', lostReason: 'price', note: null }],
    ]);
    const [lost, contacted] = await timeline(accountId);
    expect(lost.body).toBe('Moved from contacted to lost (price).');
    expect(lost.systemEvent).toMatchObject({ from: 'contacted', to: 'lost', lostReason: 'price', note: null, monthlyTotal: null });
    expect(contacted.systemEvent).toMatchObject({ from: 'identified', to: 'contacted', lostReason: null, note: 'Reached the CIO.' });
  });

  it('sending a proposal and its acceptance store the offer’s monthly total, term, validity and signer', async () => {
    const { accountId, dealId } = await seedDeal('Euronext', 'contacted');
    const { draftProposal } = await call<{ draftProposal: { proposal: { id: string; version: number } } }>(alice, DRAFT, {
      opportunityId: gid('Opportunity', dealId),
      discountPercent: 5,
    });
    const { submitProposal } = await call<{ submitProposal: { proposal: { version: number } } }>(alice, SUBMIT, {
      proposalId: draftProposal.proposal.id,
      expectedVersion: draftProposal.proposal.version,
    });
    const { sendProposal } = await call<{ sendProposal: { acceptancePath: string } }>(alice, SEND, {
      proposalId: draftProposal.proposal.id,
      expectedVersion: submitProposal.proposal.version,
    });
    await call(null, ACCEPT, {
      token: sendProposal.acceptancePath.replace('/accept/', ''),
      signerName: 'Jeanne Martin',
      signerTitle: 'CIO',
      signerEmail: 'jeanne@customer.example',
      consent: true,
    });

    const [proposal] = await ds.query(`SELECT monthly_total, currency, term_months, valid_until FROM proposal WHERE opportunity_id = $1`, [dealId]);
    const offer = { monthlyTotal: Number(proposal.monthly_total), currency: proposal.currency.trim(), termMonths: proposal.term_months };
    expect(offer.monthlyTotal).toBeGreaterThan(0);
    const rows = await stored(accountId);
    expect(rows.find((a) => a.kind === 'proposal_sent')?.details).toEqual({ ...offer, validUntil: new Date(proposal.valid_until).toISOString() });
    expect(rows.find((a) => a.kind === 'signed')?.details).toEqual({ ...offer, signerName: 'Jeanne Martin', signerTitle: 'CIO' });
    expect(rows.filter((a) => a.kind === 'stage_change').map((a) => a.details)).toEqual([]);

    const activities = await timeline(accountId);
    const sent = activities.find((a) => a.kind === 'proposal_sent');
    expect(sent?.body).toMatch(/^Proposal sent: /);
    expect(sent?.systemEvent).toMatchObject({
      monthlyTotal: { amount: offer.monthlyTotal, currency: offer.currency },
      termMonths: offer.termMonths,
      validUntil: new Date(proposal.valid_until).toISOString(),
      from: null,
      signerName: null,
    });
    expect(activities.find((a) => a.kind === 'signed')?.systemEvent).toMatchObject({ signerName: 'Jeanne Martin', signerTitle: 'CIO', validUntil: null });
  });

  it('a logged activity has no system event', async () => {
    const { accountId } = await seedDeal('Airbus', 'identified');
    await ds.query(`INSERT INTO activity (campaign_id, account_id, kind, occurred_at, author_label, body, metadata) VALUES ($1, $2, 'call', now(), 'Alice', 'Called.', '{}')`, [
      kpn,
      accountId,
    ]);
    expect((await timeline(accountId)).map((a) => a.systemEvent)).toEqual([null]);
  });
});
