import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { AuditChange, AuditService } from '../audit/audit.service';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const DAY = 86_400_000;

const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { stage version } } }`;
const DRAFT = `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`;
const SUBMIT = `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id status version } } }`;
const SEND = `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath proposal { id status } } }`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { offer { status } } }`;

/**
 * Every path that moves a deal — moveOpportunity, sending a proposal, the customer's acceptance
 * through the public link — goes through one writer, so every `opportunity.moved` audit entry
 * has one shape: the same snapshot of the deal before and after, whoever moved it (the trail
 * stores the fields of it that changed).
 */
describe('one writer of stage moves: every opportunity.moved audit entry has the same fields (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let kpn: string;
  let alice: string;
  let aliceId: string;
  const recorded: Array<{ action: string; entityId: string; before: string[]; after: string[] }> = [];

  async function seedDeal(name: string, stage: string): Promise<string> {
    const [a] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, prepaid_until, owner_id)
       VALUES ($1, $2, lower($2), 'enterprise_vpn', 1850000, $3, $4) RETURNING id`,
      [kpn, name, new Date(Date.now() + 90 * DAY), aliceId],
    );
    await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, 'vpn', 10, 1000000, 0)`, [a.id]);
    const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage) VALUES ($1, $2, $3) RETURNING id`, [a.id, kpn, stage]);
    return o.id;
  }
  const call = async <T>(token: string | null, query: string, input: Record<string, unknown>): Promise<T> => {
    const res = await graphql<T>(url, token, { query, variables: { input } });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const version = async (dealId: string): Promise<number> => (await ds.query(`SELECT version FROM opportunity WHERE id = $1`, [dealId]))[0].version;
  const moveByHand = async (dealId: string, stage: string, extra: Record<string, unknown> = {}) =>
    call(alice, MOVE, { opportunityId: gid('Opportunity', dealId), expectedVersion: await version(dealId), stage, ...extra });
  const sendProposal = async (dealId: string): Promise<string> => {
    const { draftProposal } = await call<{ draftProposal: { proposal: { id: string; version: number } } }>(alice, DRAFT, { opportunityId: gid('Opportunity', dealId), discountPercent: 5 });
    const { submitProposal } = await call<{ submitProposal: { proposal: { version: number } } }>(alice, SUBMIT, { proposalId: draftProposal.proposal.id, expectedVersion: draftProposal.proposal.version });
    const { sendProposal: sent } = await call<{ sendProposal: { acceptancePath: string } }>(alice, SEND, { proposalId: draftProposal.proposal.id, expectedVersion: submitProposal.proposal.version });
    return sent.acceptancePath.replace('/accept/', '');
  };
  /** The changed fields of each stored `opportunity.moved` entry of the deal, oldest first, as `from→to: fields`. */
  const storedMoves = async (dealId: string): Promise<string[]> => {
    const rows: Array<{ changes: Array<{ field: string; before: unknown; after: unknown }> }> = await ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'opportunity.moved' AND entity_id = $1 ORDER BY at, id`,
      [dealId],
    );
    return rows.map(({ changes }) => {
      const stage = changes.find((c) => c.field === 'stage');
      return `${stage?.before}→${stage?.after}: ${changes.map((c) => c.field).sort().join(',')}`;
    });
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
    // What each writer hands the audit trail, before it is reduced to the changed fields.
    const audit = lifeboat.app.get(AuditService);
    const record = audit.record.bind(audit);
    jest.spyOn(audit, 'record').mockImplementation((manager, actor, change: AuditChange) => {
      recorded.push({ action: change.action, entityId: change.entityId, before: Object.keys(change.before).sort(), after: Object.keys(change.after).sort() });
      return record(manager, actor, change);
    });
  });

  afterAll(() => lifeboat.close());

  it('moveOpportunity, sendProposal and the public acceptance write opportunity.moved with one snapshot', async () => {
    // By hand: identified → contacted → proposal_sent → lost.
    const byHand = await seedDeal('Hewlett-Packard', 'identified');
    await moveByHand(byHand, 'contacted');
    await moveByHand(byHand, 'proposal_sent');
    await moveByHand(byHand, 'lost', { lostReason: 'price' });
    // By proposals: contacted → proposal_sent when sent, → won when the customer accepts.
    const byProposal = await seedDeal('Euronext', 'contacted');
    const token = await sendProposal(byProposal);
    const accepted = await call<{ acceptProposal: { offer: { status: string } } }>(null, ACCEPT, {
      token,
      signerName: 'Jeanne Martin',
      signerTitle: 'CIO',
      signerEmail: 'jeanne@customer.example',
      consent: true,
    });
    expect(accepted.acceptProposal.offer.status).toBe('accepted');

    // One snapshot shape, whichever path wrote the move.
    const moves = recorded.filter((r) => r.action === 'opportunity.moved');
    expect(moves.filter((m) => m.entityId === byHand)).toHaveLength(3);
    expect(moves.filter((m) => m.entityId === byProposal)).toHaveLength(2);
    const shapes = new Set(moves.flatMap((m) => [m.before.join(','), m.after.join(',')]));
    expect([...shapes]).toEqual([moves[0].before.join(',')]);
    // The value the accepted offer puts on the deal is audited with the same snapshot.
    for (const updated of recorded.filter((r) => r.action === 'opportunity.updated')) expect(updated.before.join(',')).toBe(moves[0].before.join(','));

    // Stored: only changed fields, each one of the snapshot's, whichever path wrote it.
    const snapshot = new Set(moves[0].before);
    const stored = [...(await storedMoves(byHand)), ...(await storedMoves(byProposal))];
    expect(stored.map((m) => m.split(': ')[0])).toEqual(['identified→contacted', 'contacted→proposal_sent', 'proposal_sent→lost', 'contacted→proposal_sent', 'proposal_sent→won']);
    for (const m of stored) for (const field of m.split(': ')[1].split(',')) expect(snapshot).toContain(field);
    expect(stored[2]).toContain('lostReason');
    expect(stored[4]).toContain('closedAt');
  });
});
