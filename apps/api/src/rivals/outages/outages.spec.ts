import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../../bootstrap';
import { FULL_ACCESS, type Actor } from '../../common/access/actor';
import { toGlobalId } from '../../common/graphql/global-id';
import { OutboxRelay } from '../../jobs/outbox-relay.service';
import { createUser, graphql, signIn } from '../../testing/auth';
import { startTestServer } from '../../testing/test-app';
import { OutagesService } from './outages.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const OUTAGE = `id startedAt endedAt impact services summary sourceUrl externalId version`;
const RECORD = `mutation($input: RecordOutageInput!) { recordOutage(input: $input) { created outage { ${OUTAGE} } rival { id } } }`;
const UPDATE = `mutation($input: UpdateOutageInput!) { updateOutage(input: $input) { outage { ${OUTAGE} } } }`;
const REMOVE = `mutation($input: RemoveOutageInput!) { removeOutage(input: $input) { removedOutageId rival { id } } }`;
const AVAILABILITY = `query($id: ID!, $months: Int!) { node(id: $id) { ... on Rival { outages { id } availability(months: $months) {
  timeZone weights { major partial degraded } claimedAvailabilityPercent campaign { name }
  months { month minutes elapsedMinutes weightedDowntimeMinutes availabilityPercent allowedDowntimeMinutes shortfallMinutes } } } } }`;
const EVIDENCE = `query($id: ID!) { node(id: $id) { ... on Account { outageEvidence(months: 3) { services outages { id summary }
  availability { months { month weightedDowntimeMinutes shortfallMinutes } } } urgencyFactors: urgencyFactors { key points params { outages days } } } } }`;

/** The first instant of the Paris month `offset` months from now's. */
function parisMonthStart(offset: number): Date {
  const now = new Date();
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const y = Number(parts.find((p) => p.type === 'year')!.value);
  const m = Number(parts.find((p) => p.type === 'month')!.value) - 1 + offset;
  // Midnight Paris on the 1st: 22:00 or 23:00 UTC the day before; find it by the zone's offset then.
  const utcMidnight = Date.UTC(y, m, 1);
  for (const off of [1, 2]) {
    const candidate = new Date(utcMidnight - off * HOUR);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (local === '01 00' || local === '01, 00') return candidate;
  }
  throw new Error('no Paris midnight');
}

describe('outages of a rival: recorded, changed, removed, measured (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let rivalId: string;
  let campaignId: string;
  let vpnAccount: string;
  let hostingAccount: string;
  const tokens: Record<string, string> = {};
  const gql = <T = any>(who: string, query: string, variables: Record<string, unknown>) => graphql<T>(lifeboat.url, tokens[who], { query, variables });
  const ok = async <T = any>(who: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await gql<T>(who, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const rivalGid = () => toGlobalId('Rival', rivalId);
  const iso = (d: Date) => d.toISOString();

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    [{ id: rivalId }] = await ds.query(`INSERT INTO rival (name, country, health, claimed_availability_percent) VALUES ('AMEN', 'FR', 'distressed', 99.9) RETURNING id`);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rivalId]);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('Ebone', 'NL', 'distressed') RETURNING id`);
    const [otherCampaign] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'Ebone') RETURNING id`, [other.id]);
    const account = async (name: string, kind: string) => {
      const [a] = await ds.query(
        `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, countries, has_backup_provider) VALUES ($1, $2, lower($2), 'hosting', 0, '{FR}', true) RETURNING id`,
        [campaignId, name],
      );
      await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, $2, 1, 1000, 0)`, [a.id, kind]);
      return a.id as string;
    };
    vpnAccount = await account('Opodo', 'vpn');
    hostingAccount = await account('Boulangerie Martin', 'web_hosting');
    const manager = await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [campaignId] });
    const rep = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignId] });
    const stranger = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [otherCampaign.id] });
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    for (const [name, u] of Object.entries({ manager, rep, stranger, admin })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat?.close());

  const input = (over: Record<string, unknown> = {}) => ({
    rivalId: rivalGid(),
    startedAt: iso(new Date(Date.now() - 5 * HOUR)),
    endedAt: iso(new Date(Date.now() - 2 * HOUR)),
    impact: 'major',
    services: ['web_hosting'],
    summary: 'Major incident: hosting down for hours.',
    sourceUrl: 'https://forum.example/amen-incident',
    ...over,
  });

  it('a manager of a campaign against the rival records one; it is audited; a rep and another campaign’s manager are refused', async () => {
    const data = await ok('manager', RECORD, { input: input() });
    expect(data.recordOutage).toMatchObject({ created: true, outage: { impact: 'major', services: ['web_hosting'], endedAt: expect.any(String), version: 1 } });
    const [audit] = await ds.query(`SELECT action, entity_type FROM audit_entry WHERE entity_id = $1`, [Buffer.from(data.recordOutage.outage.id, 'base64url').toString().split(':')[1]]);
    expect(audit).toEqual({ action: 'outage.recorded', entity_type: 'Outage' });
    expect((await gql('rep', RECORD, { input: input() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql('stranger', RECORD, { input: input() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await ds.query(`DELETE FROM outage`);
  });

  it.each([
    ['an end before the start', { endedAt: iso(new Date(Date.now() - 6 * HOUR)) }, 'input.endedAt'],
    ['a start in the future', { startedAt: iso(new Date(Date.now() + HOUR)), endedAt: null }, 'input.startedAt'],
    ['an end in the future', { endedAt: iso(new Date(Date.now() + HOUR)) }, 'input.endedAt'],
    ['no service', { services: [] }, 'input.services'],
    ['a service twice', { services: ['vpn', 'vpn'] }, 'input.services'],
    ['a source that is not a URL', { sourceUrl: 'javascript:alert(1)' }, 'input.sourceUrl'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_, over, field) => {
    const res = await gql('manager', RECORD, { input: input(over) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain(field);
    expect(await ds.query(`SELECT id FROM outage`)).toEqual([]);
  });

  it('with an externalId it is idempotent: the same incident twice is one outage; its resolution sets the end', async () => {
    const ongoing = input({ externalId: 'sp-incident-42', endedAt: null });
    const first = await ok('manager', RECORD, { input: ongoing });
    const again = await ok('manager', RECORD, { input: ongoing });
    expect(first.recordOutage.created).toBe(true);
    expect(again.recordOutage).toMatchObject({ created: false, outage: { id: first.recordOutage.outage.id, version: 1, endedAt: null } });
    const resolved = await ok('manager', RECORD, { input: { ...ongoing, endedAt: iso(new Date(Date.now() - HOUR)) } });
    expect(resolved.recordOutage).toMatchObject({ created: false, outage: { id: first.recordOutage.outage.id, version: 2, endedAt: expect.any(String) } });
    expect(await ds.query(`SELECT count(*)::int AS n FROM outage`)).toEqual([{ n: 1 }]);
    // The feed glue calls the service directly, as the system: the same idempotence.
    const system: Actor = { kind: 'system', job: 'feeds.poll' };
    const service = lifeboat.app.get(OutagesService);
    const facts = { startedAt: new Date(Date.now() - 3 * HOUR), endedAt: null, impact: 'partial' as const, services: ['vpn' as const], summary: 'Feed incident', sourceUrl: null };
    const a = await service.recordOutage(system, FULL_ACCESS, rivalId, facts, { externalId: 'sp-7' });
    const b = await service.recordOutage(system, FULL_ACCESS, rivalId, facts, { externalId: 'sp-7' });
    expect([a.created, b.created, b.outage.id]).toEqual([true, false, a.outage.id]);
    await ds.query(`DELETE FROM outage`);
  });

  it('updateOutage sets the end (audited), a stale version is a CONFLICT; removeOutage removes it', async () => {
    const recorded = (await ok('manager', RECORD, { input: input({ endedAt: null }) })).recordOutage.outage;
    const end = iso(new Date(Date.now() - HOUR));
    const updated = (await ok('manager', UPDATE, { input: { outageId: recorded.id, expectedVersion: 1, endedAt: end } })).updateOutage.outage;
    expect(updated).toMatchObject({ endedAt: end, version: 2, summary: recorded.summary });
    const stale = await gql('manager', UPDATE, { input: { outageId: recorded.id, expectedVersion: 1, summary: 'x' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await gql('manager', UPDATE, { input: { outageId: recorded.id, expectedVersion: 2, startedAt: end } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await gql('rep', REMOVE, { input: { outageId: recorded.id, expectedVersion: 2 } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await ok('manager', REMOVE, { input: { outageId: recorded.id, expectedVersion: 2 } });
    expect(removed.removeOutage.removedOutageId).toBe(recorded.id);
    const actions: Array<{ action: string }> = await ds.query(`SELECT action FROM audit_entry WHERE entity_type = 'Outage' AND entity_id = $1 ORDER BY at`, [
      Buffer.from(recorded.id, 'base64url').toString().split(':')[1],
    ]);
    expect(actions.map((a) => a.action)).toEqual(['outage.recorded', 'outage.updated', 'outage.removed']);
    expect(await ds.query(`SELECT id FROM outage`)).toEqual([]);
  });

  it('availability per Paris month: overlaps count once at the largest weight, the campaign’s weights apply, the shortfall against 99.9 %', async () => {
    const lastMonth = parisMonthStart(-1);
    const at = (h: number) => iso(new Date(lastMonth.getTime() + 2 * DAY + h * HOUR));
    // Last month: 10:00–14:00 major on hosting; 12:00–18:00 partial on VPN (overlapping two hours).
    await ok('manager', RECORD, { input: input({ startedAt: at(10), endedAt: at(14) }) });
    await ok('manager', RECORD, { input: input({ startedAt: at(12), endedAt: at(18), impact: 'partial', services: ['vpn'] }) });
    const data = await ok('rep', AVAILABILITY, { id: rivalGid(), months: 2 });
    const { availability } = data.node;
    expect(availability).toMatchObject({ timeZone: 'Europe/Paris', weights: { major: 1, partial: 0.5, degraded: 0 }, claimedAvailabilityPercent: 99.9, campaign: { name: 'AMEN rescue' } });
    const [previous, current] = availability.months;
    // 4 h major (240) + 4 h partial alone (120) = 360 weighted minutes.
    expect(previous.weightedDowntimeMinutes).toBe(360);
    expect(previous.elapsedMinutes).toBe(previous.minutes);
    expect(previous.allowedDowntimeMinutes).toBeCloseTo(previous.minutes * 0.001, 2);
    expect(previous.shortfallMinutes).toBeCloseTo(360 - previous.minutes * 0.001, 2);
    expect(current.weightedDowntimeMinutes).toBe(0);
    expect(current.shortfallMinutes).toBe(0);
    // The campaign counts a partial minute for a quarter.
    await ds.query(`UPDATE campaign SET settings = '{"outageImpactWeights": {"partial": 0.25}}' WHERE id = $1`, [campaignId]);
    const reweighted = await ok('rep', AVAILABILITY, { id: rivalGid(), months: 2 });
    expect(reweighted.node.availability.weights.partial).toBe(0.25);
    expect(reweighted.node.availability.months[0].weightedDowntimeMinutes).toBe(240 + 60);
    await ds.query(`UPDATE campaign SET settings = '{}' WHERE id = $1`, [campaignId]);
    // Another campaign's manager sees nothing of the rival.
    expect((await ok('stranger', AVAILABILITY, { id: rivalGid(), months: 2 })).node).toBeNull();
    const tooMany = await gql('rep', AVAILABILITY, { id: rivalGid(), months: 99 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await ds.query(`DELETE FROM outage`);
  });

  it('an account’s evidence holds only the outages that touched what it buys; two of them in 30 days raise its urgency (rival_outages)', async () => {
    await ok('manager', RECORD, { input: input({ startedAt: iso(new Date(Date.now() - 10 * DAY)), endedAt: iso(new Date(Date.now() - 10 * DAY + 3 * HOUR)), summary: 'First VPN outage', services: ['vpn'] }) });
    await ok('manager', RECORD, { input: input({ summary: 'Hosting outage' }) });
    await ok('manager', RECORD, { input: input({ startedAt: iso(new Date(Date.now() - 3 * HOUR)), endedAt: null, summary: 'Second VPN outage', services: ['vpn', 'ip_transit'] }) });
    await lifeboat.app.get(OutboxRelay).flush();
    let vpn: any;
    for (let i = 0; i < 100; i++) {
      vpn = (await ok('rep', EVIDENCE, { id: toGlobalId('Account', vpnAccount) })).node;
      if (vpn.urgencyFactors.some((f: { key: string }) => f.key === 'rival_outages')) break;
      await lifeboat.app.get(OutboxRelay).flush();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(vpn.outageEvidence.services).toEqual(['vpn']);
    expect(vpn.outageEvidence.outages.map((o: { summary: string }) => o.summary)).toEqual(['Second VPN outage', 'First VPN outage']);
    expect(vpn.urgencyFactors).toContainEqual({ key: 'rival_outages', points: 10, params: { outages: 2, days: 30 } });
    const hosting = (await ok('rep', EVIDENCE, { id: toGlobalId('Account', hostingAccount) })).node;
    expect(hosting.outageEvidence.outages.map((o: { summary: string }) => o.summary)).toEqual(['Hosting outage']);
    expect(hosting.urgencyFactors.map((f: { key: string }) => f.key)).not.toContain('rival_outages');
  });

  it('a rep attaches the evidence to a proposal: the customer reads it with the offer, signed out; an offer without it shows none', async () => {
    const DRAFT = `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version attachOutageEvidence } } }`;
    const UPDATE_PROPOSAL = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id version attachOutageEvidence } } }`;
    const SUBMIT = `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id version status } } }`;
    const SEND = `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath } }`;
    const OFFER = `query($token: String!) { proposalByToken(token: $token) { customerName outageEvidence { providerName services claimedAvailabilityPercent timeZone
      outages { summary impact services endedAt sourceUrl } months { month shortfallMinutes } } } }`;
    const offerOf = async (accountId: string, attach: boolean | null) => {
      await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'contacted', now())`, [accountId, campaignId]);
      const [deal] = await ds.query(`SELECT id FROM opportunity WHERE account_id = $1`, [accountId]);
      let p = (await ok('manager', DRAFT, { input: { opportunityId: toGlobalId('Opportunity', deal.id), ...(attach === null ? {} : { attachOutageEvidence: false }) } })).draftProposal.proposal;
      expect(p.attachOutageEvidence).toBe(false);
      if (attach) p = (await ok('manager', UPDATE_PROPOSAL, { input: { proposalId: p.id, expectedVersion: p.version, attachOutageEvidence: true } })).updateProposal.proposal;
      expect(p.attachOutageEvidence).toBe(attach === true);
      p = (await ok('manager', SUBMIT, { input: { proposalId: p.id, expectedVersion: p.version } })).submitProposal.proposal;
      const { acceptancePath } = (await ok('manager', SEND, { input: { proposalId: p.id, expectedVersion: p.version } })).sendProposal;
      const res = await graphql<any>(lifeboat.url, null, { query: OFFER, variables: { token: acceptancePath.split('/').pop() } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.proposalByToken;
    };
    const vpn = await offerOf(vpnAccount, true);
    expect(vpn.customerName).toBe('Opodo');
    expect(vpn.outageEvidence).toMatchObject({ providerName: 'AMEN', services: ['vpn'], claimedAvailabilityPercent: 99.9, timeZone: 'Europe/Paris' });
    expect(vpn.outageEvidence.outages.map((o: { summary: string }) => o.summary)).toEqual(['Second VPN outage', 'First VPN outage']);
    expect(vpn.outageEvidence.months.length).toBe(6);
    const hosting = await offerOf(hostingAccount, null);
    expect(hosting.outageEvidence).toBeNull();
  });
});
