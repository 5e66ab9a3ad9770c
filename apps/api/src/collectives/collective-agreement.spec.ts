import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, signIn, clientFor } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { MIGRATIONS } from '../database/migrations';
import { CollectiveAgreements1795490000016 } from '../database/migrations/1795490000016-collective-agreements';
import { OutboxRelay } from '../jobs/outbox-relay.service';

const DAY = 24 * 3600 * 1000;
const AGREEMENT = `agreement { status discountPercent termMonths conditions requiredApproval rejectionReason proposedBy approvedBy approvedAt signedByName signatureRecordedBy version }`;
const PROPOSE = `mutation($input: ProposeCollectiveTermsInput!) { proposeCollectiveTerms(input: $input) { collective { id ${AGREEMENT} } } }`;
const APPROVE = `mutation($input: CollectiveTermsVersionInput!) { approveCollectiveTerms(input: $input) { collective { ${AGREEMENT} } } }`;
const REJECT = `mutation($input: RejectCollectiveTermsInput!) { rejectCollectiveTerms(input: $input) { collective { ${AGREEMENT} } } }`;
const SIGN = `mutation($input: RecordCollectiveTermsSignedInput!) { recordCollectiveTermsSigned(input: $input) { collective { ${AGREEMENT} } } }`;
const WITHDRAW = `mutation($input: CollectiveTermsVersionInput!) { withdrawCollectiveTerms(input: $input) { collective { ${AGREEMENT} } } }`;
const DELETE = `mutation($input: DeleteCollectiveInput!) { deleteCollective(input: $input) { deletedId unlinked } }`;
const CREATE = `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { collective { id version } } }`;
const ADD = `mutation($input: CollectiveMembersInput!) { addCollectiveMembers(input: $input) { collective { id version } } }`;
const ONE = `query($id: ID!) { collective(id: $id) { id version ${AGREEMENT} } }`;
const AWAITING = `query($campaignId: ID) { collectivesAwaitingApproval(campaignId: $campaignId) { name agreement { status requiredApproval } } }`;
const GENERATE = `mutation($input: GeneratePersonalOffersInput!) { generatePersonalOffers(input: $input) { count batch { id approvalLevel } } }`;
const MEMBERS = `query($id: ID!, $after: String) { collective(id: $id) { members(first: 3, after: $after) { pageInfo { endCursor hasNextPage } edges { node { account { name } } } } } }`;
const ACCOUNTS = `query($campaignId: ID!, $after: String) { accounts(campaignId: $campaignId, orderBy: NAME, first: 100, after: $after) { edges { node { name } } } }`;

type Errors = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

describe('a collective’s own deal: negotiated once, approved like a proposal; deleting a collective (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignId: string;
  let otherCampaignId: string;
  const tokens: Record<string, string> = {};

  const { gql, must } = clientFor(() => lifeboat.url, tokens);
  const code = (res: Errors) => res.errors?.[0]?.extensions?.code;
  const expectBadInput = (res: Errors, field: string) => {
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.['fields'])).toContain(field);
  };
  const campaign = () => toGlobalId('Campaign', campaignId);
  const account = async (name: string, opts: { campaign?: string; services?: boolean } = {}) => {
    const c = opts.campaign ?? campaignId;
    const [{ id }] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend) VALUES ($1, $2, $3, 'smb_web', 2000) RETURNING id`,
      [c, name, normalizeAccountName(name)],
    );
    await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now())`, [id, c]);
    if (opts.services !== false) await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, 'web_hosting', 1, 2000, 0)`, [id]);
    return id as string;
  };
  const collective = async (name: string, extra: Record<string, unknown> = {}) =>
    (await must('marc', CREATE, { input: { campaignId: campaign(), name, ...extra } })).createCollective.collective as { id: string; version: number };
  const agreementOf = async (id: string, who = 'marc') => (await must(who, ONE, { id })).collective.agreement;
  const auditActions = async () => (await ds.query(`SELECT action FROM audit_entry WHERE entity_type = 'Collective' ORDER BY action`)).map((r: any) => r.action);

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('AMEN', 'FR', 'distressed', $1) RETURNING id`, [
      new Date(Date.now() + 40 * DAY),
    ]);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    // Rep limit 10 %, manager limit 25 % (the defaults, written out).
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name, settings) VALUES ($1, 'AMEN rescue', $2::jsonb) RETURNING id`, [
      rival.id,
      JSON.stringify({ discountLimits: { repPercent: 10, managerPercent: 25 }, weeklyMigrationCapacity: 100 }),
    ]);
    [{ id: otherCampaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [other.id]);
    const users = {
      marc: await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [campaignId] }),
      chloe: await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignId] }),
      manon: await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [otherCampaignId] }),
      admin: await createUser(ds, { email: 'admin@example.test', role: 'admin' }),
    };
    for (const [name, u] of Object.entries(users)) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  it('refuses bad terms with BAD_USER_INPUT naming the field, another campaign’s collective with NOT_FOUND, and writes nothing', async () => {
    const c = await collective('Collectif AMEN');
    for (const [extra, field] of [
      [{ discountPercent: -1, termMonths: 12 }, 'discountPercent'],
      [{ discountPercent: 101, termMonths: 12 }, 'discountPercent'],
      [{ discountPercent: 10.555, termMonths: 12 }, 'discountPercent'],
      [{ discountPercent: 10, termMonths: 0 }, 'termMonths'],
      [{ discountPercent: 10, termMonths: 12, conditions: 'x'.repeat(5001) }, 'conditions'],
    ] as const) {
      expectBadInput(await gql('marc', PROPOSE, { input: { collectiveId: c.id, ...extra } }), field);
    }
    expect(code(await gql('manon', PROPOSE, { input: { collectiveId: c.id, discountPercent: 5, termMonths: 12 } }))).toBe('NOT_FOUND');
    expectBadInput(await gql('marc', PROPOSE, { input: { collectiveId: campaign(), discountPercent: 5, termMonths: 12 } }), 'input.collectiveId');
    expect(Number((await ds.query(`SELECT count(*)::int AS n FROM collective_agreement`))[0].n)).toBe(0);
    expect(await agreementOf(c.id)).toBeNull();
  });

  it('within the proposer’s own level the terms are approved at once: a rep up to the rep limit, a manager up to the manager limit', async () => {
    const c = await collective('Clients à 8 %');
    const byRep = (await must('chloe', PROPOSE, { input: { collectiveId: c.id, discountPercent: 8, termMonths: 24, conditions: ' Migration offerte ' } })).proposeCollectiveTerms.collective
      .agreement;
    expect(byRep).toMatchObject({ status: 'approved', discountPercent: 8, termMonths: 24, conditions: 'Migration offerte', requiredApproval: 'rep', version: 1 });
    expect(byRep.approvedBy).toBe(byRep.proposedBy);
    const m = await collective('Clients à 20 %');
    const byManager = (await must('marc', PROPOSE, { input: { collectiveId: m.id, discountPercent: 20, termMonths: 12 } })).proposeCollectiveTerms.collective.agreement;
    expect(byManager).toMatchObject({ status: 'approved', requiredApproval: 'manager' });
    expect(await auditActions()).toEqual(expect.arrayContaining(['collective.terms_approved']));
  });

  let pendingId: string;

  it('beyond the proposer’s level the terms wait: the approvers are notified, a rep cannot approve, a manager approves manager-level terms; stale versions are CONFLICT', async () => {
    const c = await collective('Collectif des clients AMEN');
    pendingId = c.id;
    const proposed = (await must('chloe', PROPOSE, { input: { collectiveId: c.id, discountPercent: 15, termMonths: 12 } })).proposeCollectiveTerms.collective.agreement;
    expect(proposed).toMatchObject({ status: 'pending_approval', requiredApproval: 'manager', approvedBy: null, version: 1 });
    const [note] = await ds.query(
      `SELECT n.kind, n.entity_id FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = 'marc@example.test' AND n.kind LIKE 'collective_terms%'`,
    );
    expect(note).toEqual({ kind: 'collective_terms_approval_requested', entity_id: expect.any(String) });
    // In the approvals inbox, for the campaign's team only.
    expect((await must('marc', AWAITING, {})).collectivesAwaitingApproval).toEqual([
      { name: 'Collectif des clients AMEN', agreement: { status: 'pending_approval', requiredApproval: 'manager' } },
    ]);
    expect((await must('manon', AWAITING, {})).collectivesAwaitingApproval).toEqual([]);

    expect(code(await gql('chloe', APPROVE, { input: { collectiveId: c.id, expectedVersion: 1 } }))).toBe('FORBIDDEN');
    expect(code(await gql('manon', APPROVE, { input: { collectiveId: c.id, expectedVersion: 1 } }))).toBe('NOT_FOUND');
    expect(code(await gql('marc', APPROVE, { input: { collectiveId: c.id, expectedVersion: 7 } }))).toBe('CONFLICT');
    // Rejected: back to draft with the reason; the proposer is told.
    expectBadInput(await gql('marc', REJECT, { input: { collectiveId: c.id, expectedVersion: 1, reason: '   ' } }), 'input.reason');
    const rejected = (await must('marc', REJECT, { input: { collectiveId: c.id, expectedVersion: 1, reason: 'Trop cher pour 12 mois' } })).rejectCollectiveTerms.collective.agreement;
    expect(rejected).toMatchObject({ status: 'draft', rejectionReason: 'Trop cher pour 12 mois', version: 2 });
    expect(code(await gql('marc', APPROVE, { input: { collectiveId: c.id, expectedVersion: 2 } }))).toBe('BAD_USER_INPUT');
    // Proposed again, with the version read; a first-terms proposal (no version) is now stale.
    expect(code(await gql('chloe', PROPOSE, { input: { collectiveId: c.id, discountPercent: 15, termMonths: 24 } }))).toBe('CONFLICT');
    const again = (await must('chloe', PROPOSE, { input: { collectiveId: c.id, expectedVersion: 2, discountPercent: 15, termMonths: 24 } })).proposeCollectiveTerms.collective
      .agreement;
    expect(again).toMatchObject({ status: 'pending_approval', rejectionReason: null, version: 3 });
    const approved = (await must('marc', APPROVE, { input: { collectiveId: c.id, expectedVersion: 3 } })).approveCollectiveTerms.collective.agreement;
    expect(approved).toMatchObject({ status: 'approved', approvedBy: expect.stringContaining('marc'), version: 4 });
    expect((await must('marc', AWAITING, {})).collectivesAwaitingApproval).toEqual([]);
    expect(await auditActions()).toEqual(expect.arrayContaining(['collective.terms_submitted', 'collective.terms_rejected', 'collective.terms_approved']));
  });

  it('terms beyond the manager limit need an admin: the manager is FORBIDDEN, the admin approves', async () => {
    const c = await collective('Clients à 30 %');
    const proposed = (await must('marc', PROPOSE, { input: { collectiveId: c.id, discountPercent: 30, termMonths: 12 } })).proposeCollectiveTerms.collective.agreement;
    expect(proposed).toMatchObject({ status: 'pending_approval', requiredApproval: 'admin' });
    const toAdmin = await ds.query(`SELECT 1 FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = 'admin@example.test' AND n.kind = 'collective_terms_approval_requested'`);
    expect(toAdmin).toHaveLength(1);
    const refused = await gql('marc', APPROVE, { input: { collectiveId: c.id, expectedVersion: 1 } });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('admin');
    expect((await must('admin', APPROVE, { input: { collectiveId: c.id, expectedVersion: 1 } })).approveCollectiveTerms.collective.agreement.status).toBe('approved');
    // Withdrawn by a manager (a rep may not); then proposed again.
    expect(code(await gql('chloe', WITHDRAW, { input: { collectiveId: c.id, expectedVersion: 2 } }))).toBe('FORBIDDEN');
    expect((await must('marc', WITHDRAW, { input: { collectiveId: c.id, expectedVersion: 2 } })).withdrawCollectiveTerms.collective.agreement.status).toBe('withdrawn');
  });

  it('signed terms (recorded by a manager) become the members’ personal offers’ defaults, pre-approved up to their discount', async () => {
    const c = (await must('marc', ONE, { id: pendingId })).collective;
    expect(code(await gql('chloe', SIGN, { input: { collectiveId: c.id, expectedVersion: 4, signedByName: 'Sophie Renard' } }))).toBe('FORBIDDEN');
    expect(code(await gql('manon', SIGN, { input: { collectiveId: c.id, expectedVersion: 4, signedByName: 'Sophie Renard' } }))).toBe('NOT_FOUND');
    expectBadInput(await gql('marc', SIGN, { input: { collectiveId: c.id, expectedVersion: 4, signedByName: '' } }), 'signedByName');
    const signed = (await must('marc', SIGN, { input: { collectiveId: c.id, expectedVersion: 4, signedByName: 'Sophie Renard' } })).recordCollectiveTermsSigned.collective.agreement;
    expect(signed).toMatchObject({ status: 'signed', signedByName: 'Sophie Renard', signatureRecordedBy: expect.stringContaining('marc'), discountPercent: 15, termMonths: 24 });
    // Signed terms are kept as they are.
    expect(code(await gql('marc', PROPOSE, { input: { collectiveId: c.id, expectedVersion: 5, discountPercent: 5, termMonths: 12 } }))).toBe('BAD_USER_INPUT');
    expect(code(await gql('marc', WITHDRAW, { input: { collectiveId: c.id, expectedVersion: 5 } }))).toBe('BAD_USER_INPUT');

    const members = [await account('Membre Un'), await account('Membre Deux')];
    await must('marc', ADD, { input: { collectiveId: c.id, accountIds: members.map((m) => toGlobalId('Account', m)) } });
    const batchOf = async (id: string) => (await ds.query(`SELECT discount_percent, term_months, approval_level FROM personal_offer_batch WHERE id = $1`, [id]))[0];
    // No discount given: the agreed 15 % over 24 months, approved at the agreement's level (a manager's).
    const byDefault = (await must('marc', GENERATE, { input: { campaignId: campaign(), collectiveId: c.id, validityDays: 7 } })).generatePersonalOffers;
    expect(byDefault.count).toBe(2);
    expect(await batchOf(byDefault.batch.id)).toEqual({ discount_percent: expect.stringMatching(/^15(\.00)?$/), term_months: 24, approval_level: 'manager' });
    // Beyond the agreed discount: the usual rule (30 % is beyond a manager's level).
    expectBadInput(await gql('marc', GENERATE, { input: { campaignId: campaign(), collectiveId: c.id, discountPercent: 30, validityDays: 7, dryRun: true } }), 'input.discountPercent');
    // Without signed terms, a discount must be given.
    const plain = await collective('Sans accord');
    expectBadInput(await gql('marc', GENERATE, { input: { campaignId: campaign(), collectiveId: plain.id, validityDays: 7, dryRun: true } }), 'input.discountPercent');
  });

  it('deletes a collective: members unlinked (accounts stay), their collective urgency gone, audited; refused when its terms are signed; managers only, its campaign only', async () => {
    const c = await collective('À supprimer', { announcedCancellationAt: new Date(Date.now() + 5 * DAY).toISOString() });
    const member = await account('Membre Trois', { services: false });
    const linked = (await must('marc', ADD, { input: { collectiveId: c.id, accountIds: [toGlobalId('Account', member)] } })).addCollectiveMembers.collective;
    const factors = async () => (await ds.query(`SELECT urgency_factors::text AS f FROM account WHERE id = $1`, [member]))[0].f as string;
    expect(await factors()).toContain('collective_cancellation');
    // Proposed but not signed terms go with it.
    await must('marc', PROPOSE, { input: { collectiveId: c.id, discountPercent: 5, termMonths: 12 } });

    expect(code(await gql('chloe', DELETE, { input: { id: c.id, expectedVersion: linked.version } }))).toBe('FORBIDDEN');
    expect(code(await gql('manon', DELETE, { input: { id: c.id, expectedVersion: linked.version } }))).toBe('NOT_FOUND');
    expect(code(await gql('marc', DELETE, { input: { id: c.id, expectedVersion: linked.version + 5 } }))).toBe('CONFLICT');
    const deleted = (await must('marc', DELETE, { input: { id: c.id, expectedVersion: linked.version } })).deleteCollective;
    expect(deleted).toEqual({ deletedId: c.id, unlinked: 1 });
    expect(await ds.query(`SELECT 1 FROM account WHERE id = $1`, [member])).toHaveLength(1);
    expect(await ds.query(`SELECT 1 FROM collective_member WHERE account_id = $1`, [member])).toEqual([]);
    expect(await factors()).not.toContain('collective_cancellation');
    const [audit] = await ds.query(`SELECT entity_id, campaign_id FROM audit_entry WHERE action = 'collective.deleted'`);
    expect(audit).toMatchObject({ campaign_id: campaignId });
    expect(code(await gql('marc', ONE, { id: c.id }))).toBe('NOT_FOUND');

    // Signed terms are a record the team keeps.
    const kept = (await must('marc', ONE, { id: pendingId })).collective;
    const refused = await gql('marc', DELETE, { input: { id: kept.id, expectedVersion: kept.version } });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('signed');
    expect(await ds.query(`SELECT 1 FROM collective_member cm JOIN collective c ON c.id = cm.collective_id WHERE c.name = 'Collectif des clients AMEN'`)).toHaveLength(2);
  });

  it('lists members and collectives in the accounts list’s name order (keyset cursor included)', async () => {
    const c = await collective('Ordre');
    const names = ['Zèbre Informatique', 'Éditions Alpha', 'agence bleue', 'Atelier Zéro', 'École du Web'];
    const ids: string[] = [];
    for (const n of names) ids.push(await account(n, { services: false }));
    await must('marc', ADD, { input: { collectiveId: c.id, accountIds: ids.map((id) => toGlobalId('Account', id)) } });
    const listed: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await must('chloe', MEMBERS, { id: c.id, after })).collective.members;
      listed.push(...page.edges.map((e: any) => e.node.account.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const accountsOrder = (await must('chloe', ACCOUNTS, { campaignId: campaign() })).accounts.edges.map((e: any) => e.node.name).filter((n: string) => names.includes(n));
    expect(listed).toEqual(accountsOrder);
    expect(listed).toHaveLength(names.length);
  });

  it('links members by an import column: matched ignoring case and accents, an unknown name refuses its row (reported with the column), urgency follows', async () => {
    const c = await collective('Clients d’Évry', { announcedCancellationAt: new Date(Date.now() + 5 * DAY).toISOString() });
    const csv = [
      'name,segment,countries,collective',
      'Import Un,smb_web,FR,clients d evry',
      'Import Deux,smb_web,FR,Inconnu',
      // Already a member of another collective: it stays there.
      'Membre Un,smb_web,FR,CLIENTS D’ÉVRY',
      'Import Trois,smb_web,FR,',
    ].join('\n');
    const IMPORT = `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id } } }`;
    const PROGRESS = `query($id: ID!) { accountImport(id: $id) { status insertedCount updatedCount failedCount errors { line field code params { value } } } }`;
    const { id } = (await must('marc', IMPORT, { input: { campaignId: campaign(), preset: 'lifeboat', csv } })).importAccounts.accountImport;
    let progress: any = null;
    for (let i = 0; i < 200 && !(progress && ['completed', 'failed'].includes(progress.status)); i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      progress = (await must('marc', PROGRESS, { id })).accountImport;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(progress).toMatchObject({ status: 'completed', insertedCount: 2, updatedCount: 1, failedCount: 1 });
    expect(progress.errors).toEqual([{ line: 3, field: 'collective', code: 'unknown_collective', params: { value: 'Inconnu' } }]);
    expect(await ds.query(`SELECT 1 FROM account WHERE name = 'Import Deux'`)).toEqual([]);
    const memberOf = async (name: string) =>
      (await ds.query(`SELECT c.name FROM account a JOIN collective_member cm ON cm.account_id = a.id JOIN collective c ON c.id = cm.collective_id WHERE a.name = $1`, [name]))[0]?.name ?? null;
    expect(await memberOf('Import Un')).toBe('Clients d’Évry');
    expect(await memberOf('Import Trois')).toBeNull();
    expect(await memberOf('Membre Un')).toBe('Collectif des clients AMEN');
    const [{ f }] = await ds.query(`SELECT urgency_factors::text AS f FROM account WHERE name = 'Import Un'`);
    expect(f).toContain('collective_cancellation');
    expect((await must('marc', ONE, { id: c.id })).collective.id).toBe(c.id);
  });

  it('has a migration whose down undoes it, and whose up applies again', async () => {
    const table = async () => (await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'collective_agreement'`))[0].n;
    expect(await table()).toBe(1);
    for (let i = MIGRATIONS.indexOf(CollectiveAgreements1795490000016); i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await table()).toBe(0);
    await ds.runMigrations({ transaction: 'each' });
    expect(await table()).toBe(1);
  });
});
