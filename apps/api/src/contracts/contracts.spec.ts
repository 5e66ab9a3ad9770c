import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { ProposalExpiryScheduler } from './proposal-expiry.scheduler';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const DAY = 86_400_000;

const PROPOSAL_FIELDS = `id status version discountPercent requiredApproval termMonths rejectionReason validUntil sentAt
  lines { serviceKind quantity monthlyUnitPrice { amount currency } oneTimeFee { amount } }
  totals { monthlySubtotal { amount } monthlyDiscount { amount } monthlyTotal { amount } switchCredit { amount } totalOverTerm { amount } }
  switchCredit { amount { amount } prepaidDaysRemaining capped }`;
const DRAFT = `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { ${PROPOSAL_FIELDS} } supersededProposal { id status } } }`;
const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { ${PROPOSAL_FIELDS} } } }`;
const SUBMIT = `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id status version approvedAt } } }`;
const APPROVE = `mutation($input: ProposalVersionInput!) { approveProposal(input: $input) { proposal { id status version approvedBy } } }`;
const REJECT = `mutation($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { id status version rejectionReason } } }`;
const SEND = `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath proposal { id status version sentAt validUntil opportunity { stage } } } }`;
const BY_TOKEN = `query($token: String!) { proposalByToken(token: $token) { reference status providerName customerName currency termMonths discountPercent validUntil
  lines { serviceKind quantity monthlyUnitPrice { amount } } totals { monthlyTotal { amount } totalOverTerm { amount } } switchCredit { amount { amount } } } }`;
const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { offer { status acceptedAt customerName } } }`;
const PLAN = `query($id: ID!) { migrationPlan(campaignId: $id) { weeklyCapacity rivalShutdownExpectedAt overCapacityWeeks willGoDarkMigrationIds campaign { version }
  weeks { weekStart load capacity overCapacity migrationIds } placements { accountName plannedCutoverAt willGoDark late migration { id workload status version } } } }`;

describe('contracts and migrations: proposals, approval, acceptance, expiry, the migration plan (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let kpn: string;
  let amen: string;
  let alice: string;
  let manon: string;
  let bruno: string;
  let chloe: string;
  let admin: string;
  let aliceId: string;

  async function seedDeal(name: string, opts: { campaignId?: string; ownerId?: string; stage?: string } = {}): Promise<{ accountId: string; dealId: string }> {
    const [a] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, prepaid_until, owner_id)
       VALUES ($1, $2, lower($2), 'enterprise_vpn', 1850000, $3, $4) RETURNING id`,
      [opts.campaignId ?? kpn, name, new Date(Date.now() + 90 * DAY), opts.ownerId ?? aliceId],
    );
    await ds.query(
      `INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, 'vpn', 10, 1000000, 0), ($1, 'ip_transit', 2, 300000, 1)`,
      [a.id],
    );
    const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage) VALUES ($1, $2, $3) RETURNING id`, [
      a.id,
      opts.campaignId ?? kpn,
      opts.stage ?? 'contacted',
    ]);
    return { accountId: a.id, dealId: o.id };
  }

  type P = { id: string; status: string; version: number; [k: string]: unknown };
  const draft = async (token: string, dealId: string, extra: Record<string, unknown> = {}) => {
    const res = await graphql<{ draftProposal: { proposal: P; supersededProposal: P | null } }>(url, token, {
      query: DRAFT,
      variables: { input: { opportunityId: gid('Opportunity', dealId), ...extra } },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.draftProposal;
  };
  const call = <T>(token: string | null, query: string, input: Record<string, unknown>) => graphql<T>(url, token, { query, variables: { input } });
  const sentProposal = async (dealId: string, discountPercent = 5) => {
    const { proposal } = await draft(alice, dealId, { discountPercent });
    const submitted = await call<{ submitProposal: { proposal: P } }>(alice, SUBMIT, { proposalId: proposal.id, expectedVersion: proposal.version });
    expect(submitted.data?.submitProposal.proposal.status).toBe('approved');
    const sent = await call<{ sendProposal: { acceptancePath: string; proposal: P } }>(alice, SEND, {
      proposalId: proposal.id,
      expectedVersion: submitted.data!.submitProposal.proposal.version,
    });
    expect(sent.errors).toBeUndefined();
    return { proposal: sent.data!.sendProposal.proposal, token: sent.data!.sendProposal.acceptancePath.replace('/accept/', '') };
  };
  const signer = { signerName: 'Jeanne Martin', signerTitle: 'CIO', signerEmail: 'jeanne@customer.example', consent: true };

  beforeAll(async () => {
    lifeboat = await startTestServer(process.env['DEBUG_LOG'] ? { LOG_LEVEL: 'error' } : {});
    url = lifeboat.url;
    ds = lifeboat.db.dataSource;
    const [r1] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 30 * DAY),
    ]);
    const [r2] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [r1.id]);
    [{ id: amen }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [r2.id]);
    const users = {
      admin: await createUser(ds, { email: 'admin@example.test', role: 'admin' }),
      manon: await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [kpn] }),
      alice: await createUser(ds, { email: 'alice@example.test', role: 'rep', campaignIds: [kpn] }),
      bruno: await createUser(ds, { email: 'bruno@example.test', role: 'rep', campaignIds: [kpn] }),
      chloe: await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [amen] }),
    };
    aliceId = users.alice.id;
    [admin, manon, alice, bruno, chloe] = await Promise.all(
      [users.admin, users.manon, users.alice, users.bruno, users.chloe].map((u) => signIn(url, u.email, u.password)),
    );
  });

  afterAll(() => lifeboat.close());

  it('goes the whole way: draft → approval → send → acceptance → won → migration planned', async () => {
    const { dealId } = await seedDeal('Euronext');

    // Drafted with the lines of what the account buys from the rival, at the rival's unit price.
    const { proposal } = await draft(alice, dealId, { discountPercent: 20 });
    expect(proposal).toMatchObject({ status: 'draft', requiredApproval: 'manager', discountPercent: 20, termMonths: 12 });
    expect(proposal['lines']).toEqual([
      { serviceKind: 'vpn', quantity: 10, monthlyUnitPrice: { amount: 100000, currency: 'EUR' }, oneTimeFee: { amount: 0 } },
      { serviceKind: 'ip_transit', quantity: 2, monthlyUnitPrice: { amount: 150000, currency: 'EUR' }, oneTimeFee: { amount: 0 } },
    ]);
    const totals = proposal['totals'] as Record<string, { amount: number }>;
    expect(totals['monthlySubtotal'].amount).toBe(1_300_000);
    expect(totals['monthlyDiscount'].amount).toBe(260_000);
    expect(totals['monthlyTotal'].amount).toBe(1_040_000);
    const credit = proposal['switchCredit'] as { amount: { amount: number }; prepaidDaysRemaining: number; capped: boolean };
    expect(credit.prepaidDaysRemaining).toBeGreaterThan(70);
    expect(credit.amount.amount).toBeGreaterThan(0);
    expect(totals['switchCredit'].amount).toBe(credit.amount.amount);
    expect(totals['totalOverTerm'].amount).toBe(1_040_000 * 12 - credit.amount.amount);

    // A colleague may read it but not change it; another campaign does not see it.
    const foreign = await call(bruno, UPDATE, { proposalId: proposal.id, expectedVersion: proposal.version, termMonths: 24 });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hidden = await call(chloe, UPDATE, { proposalId: proposal.id, expectedVersion: proposal.version, termMonths: 24 });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Edits recompute; a stale version is refused.
    const edited = await call<{ updateProposal: { proposal: P } }>(alice, UPDATE, { proposalId: proposal.id, expectedVersion: proposal.version, termMonths: 24 });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateProposal.proposal).toMatchObject({ termMonths: 24, version: proposal.version + 1 });
    const stale = await call(alice, UPDATE, { proposalId: proposal.id, expectedVersion: proposal.version, termMonths: 36 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    let version = edited.data!.updateProposal.proposal.version;

    // 20 % is beyond the rep's 10 %: it cannot be sent without a manager's approval.
    const early = await call(alice, SEND, { proposalId: proposal.id, expectedVersion: version });
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const submitted = await call<{ submitProposal: { proposal: P } }>(alice, SUBMIT, { proposalId: proposal.id, expectedVersion: version });
    expect(submitted.data?.submitProposal.proposal.status).toBe('pending_approval');
    version = submitted.data!.submitProposal.proposal.version;
    const asked = await ds.query(
      `SELECT u.email, n.kind FROM notification n JOIN app_user u ON u.id = n.user_id JOIN proposal p ON p.id = n.entity_id WHERE p.opportunity_id = $1`,
      [dealId],
    );
    expect(asked).toEqual([{ email: 'manon@example.test', kind: 'proposal_approval_requested' }]);
    const pendingSend = await call(alice, SEND, { proposalId: proposal.id, expectedVersion: version });
    expect(pendingSend.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(pendingSend.errors?.[0].message).toMatch(/waits for manager approval/);

    // Only a manager of the campaign approves; a stale version is refused.
    expect((await call(alice, APPROVE, { proposalId: proposal.id, expectedVersion: version })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await call(chloe, APPROVE, { proposalId: proposal.id, expectedVersion: version })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(manon, APPROVE, { proposalId: proposal.id, expectedVersion: version - 1 })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const approved = await call<{ approveProposal: { proposal: P } }>(manon, APPROVE, { proposalId: proposal.id, expectedVersion: version });
    expect(approved.data?.approveProposal.proposal).toMatchObject({ status: 'approved', approvedBy: 'manon' });
    version = approved.data!.approveProposal.proposal.version;

    // Sent: valid 7 days, the deal moves to proposal_sent, the token is only stored as a digest.
    const sent = await call<{ sendProposal: { acceptancePath: string; proposal: P & { sentAt: string; validUntil: string; opportunity: { stage: string } } } }>(
      alice,
      SEND,
      { proposalId: proposal.id, expectedVersion: version },
    );
    expect(sent.errors).toBeUndefined();
    const { acceptancePath, proposal: sentProposal } = sent.data!.sendProposal;
    expect(acceptancePath).toMatch(/^\/accept\/[A-Za-z0-9_-]{43}$/);
    expect(sentProposal.status).toBe('sent');
    expect(sentProposal.opportunity.stage).toBe('proposal_sent');
    expect(new Date(sentProposal.validUntil).getTime() - new Date(sentProposal.sentAt).getTime()).toBeGreaterThanOrEqual(7 * DAY - 3_600_000);
    const token = acceptancePath.slice('/accept/'.length);
    const [stored] = await ds.query(`SELECT token_hash FROM proposal WHERE opportunity_id = $1`, [dealId]);
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await ds.query(`SELECT * FROM proposal`))).not.toContain(token);
    expect(await ds.query(`SELECT from_stage, to_stage FROM stage_transition WHERE opportunity_id = $1 ORDER BY at`, [dealId])).toEqual([
      { from_stage: 'contacted', to_stage: 'proposal_sent' },
    ]);
    expect(await ds.query(`SELECT kind FROM activity WHERE opportunity_id = $1`, [dealId])).toEqual([{ kind: 'proposal_sent' }]);

    // The customer's page reads the offer without signing in.
    const offer = await graphql<{ proposalByToken: Record<string, unknown> }>(url, null, { query: BY_TOKEN, variables: { token } });
    expect(offer.errors).toBeUndefined();
    expect(offer.data?.proposalByToken).toMatchObject({ status: 'sent', providerName: 'Lifeboat Networks', customerName: 'Euronext', currency: 'EUR', termMonths: 24 });

    // Consent is required; then the acceptance wins the deal and plans the migration.
    const noConsent = await call(null, ACCEPT, { token, ...signer, consent: false });
    expect(noConsent.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const accepted = await call<{ acceptProposal: { offer: { status: string; acceptedAt: string; customerName: string } } }>(null, ACCEPT, { token, ...signer });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptProposal.offer).toMatchObject({ status: 'accepted', customerName: 'Euronext' });
    const [deal] = await ds.query(`SELECT stage, closed_at, monthly_value, term_months FROM opportunity WHERE id = $1`, [dealId]);
    expect(deal).toMatchObject({ stage: 'won', monthly_value: '1040000', term_months: 24 });
    expect(deal.closed_at).not.toBeNull();
    const [p] = await ds.query(`SELECT status, signer_name, signer_title, signer_email, signer_ip, accepted_at FROM proposal WHERE opportunity_id = $1`, [dealId]);
    expect(p).toMatchObject({ status: 'accepted', signer_name: 'Jeanne Martin', signer_title: 'CIO', signer_email: 'jeanne@customer.example' });
    expect(p.signer_ip).toMatch(/127\.0\.0\.1/);
    const [migration] = await ds.query(`SELECT id, workload, status, target_cutover_at FROM migration WHERE opportunity_id = $1`, [dealId]);
    expect(migration).toMatchObject({ workload: 12, status: 'planned' });
    expect(new Date(migration.target_cutover_at).getTime()).toBeLessThanOrEqual(Date.now() + 30 * DAY);
    const audit = await ds.query(`SELECT action, actor_type, actor_label FROM audit_entry WHERE actor_type = 'customer' ORDER BY at, action`);
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['migration.created', 'opportunity.moved', 'proposal.accepted']);
    expect(audit[0].actor_label).toBe('Jeanne Martin (Euronext)');
    const events = await ds.query(`SELECT type FROM outbox_event WHERE payload->>'opportunityId' = $1 ORDER BY created_at`, [dealId]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['proposal.accepted', 'opportunity.won']));
    expect(await ds.query(`SELECT kind FROM activity WHERE opportunity_id = $1 ORDER BY occurred_at, kind`, [dealId])).toEqual([{ kind: 'proposal_sent' }, { kind: 'signed' }]);

    // The link is single-use.
    const again = await call(null, ACCEPT, { token, ...signer });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await graphql(url, null, { query: BY_TOKEN, variables: { token } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ds.query(`SELECT count(*)::int AS n FROM migration WHERE opportunity_id = $1`, [dealId]))[0].n).toBe(1);

    // The migration plan shows it; a manager reschedules it and sets the capacity.
    const plan = await graphql<{ migrationPlan: { weeklyCapacity: number; campaign: { version: number }; placements: Array<{ accountName: string; migration: P }>; weeks: unknown[] } }>(
      url,
      manon,
      { query: PLAN, variables: { id: gid('Campaign', kpn) } },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data?.migrationPlan.weeklyCapacity).toBe(40);
    expect(plan.data?.migrationPlan.placements).toEqual([expect.objectContaining({ accountName: 'Euronext', migration: expect.objectContaining({ workload: 12, status: 'planned' }) })]);
    const migrationId = plan.data!.migrationPlan.placements[0].migration.id;
    const list = await graphql<{ migrations: { totalCount: number; edges: Array<{ node: { id: string; account: { name: string }; proposal: { status: string } } }> } }>(url, alice, {
      query: `query($id: ID!) { migrations(campaignId: $id, first: 10) { totalCount edges { node { id account { name } proposal { status } } } } }`,
      variables: { id: gid('Campaign', kpn) },
    });
    expect(list.data?.migrations.totalCount).toBe(1);
    expect(list.data?.migrations.edges[0].node).toMatchObject({ id: migrationId, account: { name: 'Euronext' }, proposal: { status: 'accepted' } });
    const UPDATE_MIGRATION = `mutation($input: UpdateMigrationInput!) { updateMigration(input: $input) { migration { status workload version } } }`;
    expect((await call(alice, UPDATE_MIGRATION, { migrationId, expectedVersion: 1, status: 'provisioning' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await call(manon, UPDATE_MIGRATION, { migrationId, expectedVersion: 7, status: 'provisioning' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const moved = await call<{ updateMigration: { migration: { status: string; workload: number; version: number } } }>(manon, UPDATE_MIGRATION, {
      migrationId,
      expectedVersion: 1,
      status: 'provisioning',
      workload: 50,
    });
    expect(moved.data?.updateMigration.migration).toEqual({ status: 'provisioning', workload: 50, version: 2 });
    const CAPACITY = `mutation($input: SetMigrationCapacityInput!) { setMigrationCapacity(input: $input) { migrationPlan { weeklyCapacity overCapacityWeeks campaign { version } } } }`;
    const campaignVersion = plan.data!.migrationPlan.campaign.version;
    expect((await call(alice, CAPACITY, { campaignId: gid('Campaign', kpn), expectedVersion: campaignVersion, weeklyCapacity: 60 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const overloaded = await graphql<{ migrationPlan: { overCapacityWeeks: number } }>(url, manon, { query: PLAN, variables: { id: gid('Campaign', kpn) } });
    expect(overloaded.data?.migrationPlan.overCapacityWeeks).toBe(1);
    const capacity = await call<{ setMigrationCapacity: { migrationPlan: { weeklyCapacity: number; overCapacityWeeks: number; campaign: { version: number } } } }>(manon, CAPACITY, {
      campaignId: gid('Campaign', kpn),
      expectedVersion: campaignVersion,
      weeklyCapacity: 60,
    });
    expect(capacity.data?.setMigrationCapacity.migrationPlan).toEqual({ weeklyCapacity: 60, overCapacityWeeks: 0, campaign: { version: campaignVersion + 1 } });
    expect((await call(manon, CAPACITY, { campaignId: gid('Campaign', kpn), expectedVersion: campaignVersion, weeklyCapacity: 70 })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await graphql(url, chloe, { query: PLAN, variables: { id: gid('Campaign', kpn) } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Nodes: visible in the campaign, null outside it.
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Proposal { status } ... on Migration { migrationStatus: status } } }`;
    expect((await graphql<{ node: { status: string } }>(url, alice, { query: NODE, variables: { id: proposal.id } })).data?.node).toEqual({ id: proposal.id, status: 'accepted' });
    expect(((await graphql<{ node: { status: string } }>(url, alice, { query: NODE, variables: { id: migrationId } })).data?.node as unknown as { migrationStatus: string })?.migrationStatus).toBe('provisioning');
    expect((await graphql(url, chloe, { query: NODE, variables: { id: proposal.id } })).data?.node).toBeNull();
    expect((await graphql(url, chloe, { query: NODE, variables: { id: migrationId } })).data?.node).toBeNull();
    const chloeList = await graphql<{ proposals: { totalCount: number } }>(url, chloe, { query: `{ proposals { totalCount } }` });
    expect(chloeList.data?.proposals.totalCount).toBe(0);
  });

  it('rejects a discount back to draft with the reason, and needs an admin beyond the manager limit', async () => {
    const { dealId } = await seedDeal('Opodo');
    const { proposal } = await draft(alice, dealId, { discountPercent: 30 });
    expect(proposal['requiredApproval']).toBe('admin');
    const submitted = await call<{ submitProposal: { proposal: P } }>(alice, SUBMIT, { proposalId: proposal.id, expectedVersion: proposal.version });
    const v = submitted.data!.submitProposal.proposal.version;
    const adminIds = await ds.query(`SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.role = 'admin' AND n.kind = 'proposal_approval_requested'`);
    expect(adminIds).toHaveLength(1);
    expect((await call(manon, APPROVE, { proposalId: proposal.id, expectedVersion: v })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rejected = await call<{ rejectProposal: { proposal: P } }>(admin, REJECT, { proposalId: proposal.id, expectedVersion: v, reason: 'Too steep: 15 % at most.' });
    expect(rejected.data?.rejectProposal.proposal).toMatchObject({ status: 'draft', rejectionReason: 'Too steep: 15 % at most.' });
    const told = await ds.query(`SELECT kind FROM notification WHERE user_id = $1 AND kind = 'proposal_rejected'`, [aliceId]);
    expect(told).toHaveLength(1);
  });

  it('supersedes the live proposal when a revised one is drafted: the old link is dead', async () => {
    const { dealId } = await seedDeal('AOL Europe');
    const first = await sentProposal(dealId);
    const { proposal, supersededProposal } = await draft(alice, dealId, { discountPercent: 8 });
    expect(proposal.status).toBe('draft');
    expect(supersededProposal).toMatchObject({ id: first.proposal.id, status: 'superseded' });
    expect((await graphql(url, null, { query: BY_TOKEN, variables: { token: first.token } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(null, ACCEPT, { token: first.token, ...signer })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a forged token and "expired" past the validity; the expiry job expires and tells the rep', async () => {
    const forged = await graphql(url, null, { query: BY_TOKEN, variables: { token: 'x'.repeat(43) } });
    expect(forged.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(null, ACCEPT, { token: 'forged', ...signer })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const { dealId } = await seedDeal('Lycos Europe');
    const { proposal, token } = await sentProposal(dealId);
    const scheduler = lifeboat.app.get(ProposalExpiryScheduler);
    expect(await scheduler.sweep()).toBe(false);
    await ds.query(`UPDATE proposal SET valid_until = now() - interval '1 minute' WHERE opportunity_id = $1`, [dealId]);

    const expired = await graphql(url, null, { query: BY_TOKEN, variables: { token } });
    expect(expired.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'expired' }] });
    const late = await call(null, ACCEPT, { token, ...signer });
    expect(late.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'expired' }] });
    expect((await ds.query(`SELECT stage FROM opportunity WHERE id = $1`, [dealId]))[0].stage).toBe('proposal_sent');

    expect(await scheduler.sweep()).toBe(true);
    await lifeboat.app.get(OutboxRelay).flush();
    const [row] = await ds.query(`SELECT status, expired_at FROM proposal WHERE opportunity_id = $1`, [dealId]);
    expect(row.status).toBe('expired');
    expect(await ds.query(`SELECT kind FROM notification WHERE user_id = $1 AND kind = 'proposal_expired'`, [aliceId])).toHaveLength(1);
    expect((await ds.query(`SELECT status, result FROM job_run WHERE job_name = 'proposals.expire'`))[0]).toMatchObject({ status: 'completed', result: { expired: 1 } });
    expect(await scheduler.sweep()).toBe(false);
    const still = await graphql(url, null, { query: BY_TOKEN, variables: { token } });
    expect(still.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'expired' }] });
    const node = await graphql<{ node: { status: string } }>(url, alice, { query: `query($id: ID!) { node(id: $id) { ... on Proposal { status } } }`, variables: { id: proposal.id } });
    expect(node.data?.node.status).toBe('expired');
  });

  it('keeps proposals to the deal’s owner and its campaign', async () => {
    const { dealId } = await seedDeal('Hewlett-Packard');
    expect((await call(bruno, DRAFT, { opportunityId: gid('Opportunity', dealId) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await call(chloe, DRAFT, { opportunityId: gid('Opportunity', dealId) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { dealId: amenDeal } = await seedDeal('Small host', { campaignId: amen, ownerId: (await ds.query(`SELECT id FROM app_user WHERE email = 'chloe@example.test'`))[0].id });
    const amenDraft = await call<{ draftProposal: { proposal: P } }>(chloe, DRAFT, { opportunityId: gid('Opportunity', amenDeal) });
    expect(amenDraft.errors).toBeUndefined();
    const amenProposal = amenDraft.data!.draftProposal.proposal;
    expect((await call(alice, SUBMIT, { proposalId: amenProposal.id, expectedVersion: 1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(manon, APPROVE, { proposalId: amenProposal.id, expectedVersion: 1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(alice, SEND, { proposalId: amenProposal.id, expectedVersion: 1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
