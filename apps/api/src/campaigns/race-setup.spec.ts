import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { createUser, graphql, GraphqlResult, signIn } from '../testing/auth';
import { startTestServer } from '../testing/test-app';

/** Issue #16, part 1: rivals and campaigns created and edited through the API (over HTTP). */

const RIVAL_FIELDS = 'id name country health shutdownExpectedAt services claimedAvailabilityPercent version';
const CREATE_RIVAL = `mutation($input: CreateRivalInput!) { createRival(input: $input) { rival { ${RIVAL_FIELDS} } } }`;
const UPDATE_RIVAL = `mutation($input: UpdateRivalInput!) { updateRival(input: $input) { rival { ${RIVAL_FIELDS} } } }`;
const CAMPAIGN_FIELDS = 'id name status currency version settings { timeZone proposalValidityDays discountLimits { repPercent managerPercent } } rival { id name } team { teamRole user { email } }';
const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { ${CAMPAIGN_FIELDS} } } }`;
const CLOSE = `mutation($input: CampaignStatusInput!) { closeCampaign(input: $input) { campaign { id status version } } }`;
const ARCHIVE = `mutation($input: CampaignStatusInput!) { archiveCampaign(input: $input) { campaign { id status version } } }`;
const CAMPAIGNS = `query($all: Boolean) { campaigns(first: 50, includeArchived: $all) { totalCount edges { node { id name status } } } }`;

type Res = GraphqlResult<Record<string, any>>;
const DAY = 86_400_000;

describe('race set-up: createRival, updateRival, createCampaign, closeCampaign, archiveCampaign', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  const call = (who: string, query: string, variables?: Record<string, unknown>): Promise<Res> => graphql(lifeboat.url, tokens[who], { query, variables });
  const codes = (res: Res) => (res.errors ?? []).map((e) => e.extensions?.code);
  const fields = (res: Res) => (res.errors ?? []).flatMap((e) => ((e.extensions?.fields as Array<{ field: string }>) ?? []).map((f) => f.field));
  const count = async (sql: string, params: unknown[] = []) => (await ds.query(sql, params))[0].n as number;
  const uid = (name: string) => toGlobalId('User', users[name]);
  let rivalSeq = 0;
  const newRival = async (extra: Record<string, unknown> = {}) => {
    const res = await call('admin', CREATE_RIVAL, { input: { name: `Rival ${++rivalSeq}`, country: 'FR', ...extra } });
    expect(res.errors).toBeUndefined();
    return res.data!.createRival.rival as { id: string; version: number; name: string };
  };
  const team = () => [
    { userId: uid('manon'), teamRole: 'manager' },
    { userId: uid('alice'), teamRole: 'rep' },
  ];

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const people: Array<[string, Parameters<typeof createUser>[1]]> = [
      ['admin', { email: 'admin@example.test', role: 'admin' }],
      ['manon', { email: 'manon@example.test', role: 'manager' }],
      ['marc', { email: 'marc@example.test', role: 'manager' }],
      ['alice', { email: 'alice@example.test', role: 'rep' }],
      ['gone', { email: 'gone@example.test', role: 'rep', active: false }],
    ];
    for (const [name, opts] of people) {
      users[name] = (await createUser(ds, opts)).id;
      if (opts.active !== false) tokens[name] = await signIn(lifeboat.url, opts.email, 'correct horse battery staple');
    }
  }, 120_000);

  afterAll(() => lifeboat?.close());

  describe('createRival', () => {
    it('creates a rival with its SLA and services, audited', async () => {
      const shutdown = new Date(Date.now() + 20 * DAY).toISOString();
      const res = await call('admin', CREATE_RIVAL, {
        input: { name: ' AMEN France ', country: 'fr', health: 'distressed', shutdownExpectedAt: shutdown, services: ['web_hosting', 'hosting'], claimedAvailabilityPercent: 99.9 },
      });
      expect(res.errors).toBeUndefined();
      const rival = res.data!.createRival.rival;
      expect(rival).toMatchObject({ name: 'AMEN France', country: 'FR', health: 'distressed', shutdownExpectedAt: shutdown, services: ['web_hosting', 'hosting'], claimedAvailabilityPercent: 99.9, version: 1 });
      const [entry] = await ds.query(`SELECT action, changes FROM audit_entry WHERE entity_type = 'Rival' AND action = 'rival.created' ORDER BY at DESC LIMIT 1`);
      expect(entry.action).toBe('rival.created');
      expect(entry.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'claimedAvailabilityPercent', before: null, after: 99.9 })]));
    });

    it('refuses a shutdown in the past, naming the field, and writes nothing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM rival`);
      const res = await call('admin', CREATE_RIVAL, { input: { name: 'Late', country: 'FR', shutdownExpectedAt: new Date(Date.now() - DAY).toISOString() } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fields(res)).toEqual(['input.shutdownExpectedAt']);
      expect(await count(`SELECT count(*)::int AS n FROM rival`)).toBe(before);
    });

    it.each([
      ['country', { country: 'France' }],
      ['claimedAvailabilityPercent', { claimedAvailabilityPercent: 120 }],
      ['services', { services: ['fax'] }],
      ['name', { name: '' }],
    ])('refuses a bad %s with BAD_USER_INPUT naming it', async (field, bad) => {
      const res = await call('admin', CREATE_RIVAL, { input: { name: 'Bad', country: 'FR', ...bad } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain(field);
      expect(await count(`SELECT count(*)::int AS n FROM rival WHERE name = 'Bad'`)).toBe(0);
    });

    it('is for admins only', async () => {
      for (const who of ['manon', 'alice']) expect(codes(await call(who, CREATE_RIVAL, { input: { name: 'Nope', country: 'FR' } }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('updateRival', () => {
    it('changes the fields given, moves the version, audits before and after', async () => {
      const rival = await newRival({ claimedAvailabilityPercent: 99.5 });
      const res = await call('admin', UPDATE_RIVAL, { input: { id: rival.id, expectedVersion: 1, health: 'insolvent', services: ['vpn'], clearClaimedAvailability: true } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateRival.rival).toMatchObject({ name: rival.name, health: 'insolvent', services: ['vpn'], claimedAvailabilityPercent: null, version: 2 });
      const [entry] = await ds.query(`SELECT changes FROM audit_entry WHERE action = 'rival.updated' ORDER BY at DESC LIMIT 1`);
      expect(entry.changes).toEqual(
        expect.arrayContaining([
          { field: 'health', before: 'distressed', after: 'insolvent' },
          { field: 'claimedAvailabilityPercent', before: 99.5, after: null },
        ]),
      );
    });

    it('refuses a stale version with CONFLICT', async () => {
      const rival = await newRival();
      expect((await call('admin', UPDATE_RIVAL, { input: { id: rival.id, expectedVersion: 1, name: 'First' } })).errors).toBeUndefined();
      const stale = await call('admin', UPDATE_RIVAL, { input: { id: rival.id, expectedVersion: 1, name: 'Second' } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect((await ds.query(`SELECT name FROM rival WHERE id = $1`, [Buffer.from(rival.id, 'base64url').toString().split(':')[1]]))[0].name).toBe('First');
    });

    it('refuses a shutdown in the past', async () => {
      const rival = await newRival();
      const res = await call('admin', UPDATE_RIVAL, { input: { id: rival.id, expectedVersion: 1, shutdownExpectedAt: new Date(Date.now() - 3600_000).toISOString() } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fields(res)).toEqual(['input.shutdownExpectedAt']);
    });

    it('recomputes the urgency of its accounts when the shutdown date moves', async () => {
      const rival = await newRival({ health: 'distressed' });
      const created = await call('admin', CREATE_CAMPAIGN, { input: { name: 'Urgency race', rivalId: rival.id, team: team() } });
      expect(created.errors).toBeUndefined();
      const account = await call('admin', `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id urgency } } }`, {
        input: { campaignId: created.data!.createCampaign.campaign.id, name: 'Opodo', segment: 'hosting', monthlySpend: 0, hasBackupProvider: true },
      });
      expect(account.errors).toBeUndefined();
      const before = account.data!.createAccount.account.urgency as number;
      const moved = await call('admin', UPDATE_RIVAL, { input: { id: rival.id, expectedVersion: 1, shutdownExpectedAt: new Date(Date.now() + 3 * DAY).toISOString() } });
      expect(moved.errors).toBeUndefined();
      await lifeboat.app.get(OutboxRelay).flush();
      const [row] = await ds.query(`SELECT urgency FROM account WHERE name = 'Opodo'`);
      expect(row.urgency).toBeGreaterThan(before);
    });

    it('is for admins only; managers read the rivals of their campaigns', async () => {
      const rival = await newRival();
      expect(codes(await call('manon', UPDATE_RIVAL, { input: { id: rival.id, expectedVersion: 1, name: 'Hijacked' } }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('createCampaign', () => {
    it('opens a campaign with the default rules, its currency, time zone and team, audited; its manager sees it', async () => {
      const rival = await newRival();
      const res = await call('admin', CREATE_CAMPAIGN, {
        input: { name: 'Takeover', rivalId: rival.id, currency: 'gbp', timeZone: 'Europe/London', team: team() },
      });
      expect(res.errors).toBeUndefined();
      const campaign = res.data!.createCampaign.campaign;
      expect(campaign).toMatchObject({
        name: 'Takeover',
        status: 'active',
        currency: 'GBP',
        version: 1,
        settings: { timeZone: 'Europe/London', proposalValidityDays: 7, discountLimits: { repPercent: 10, managerPercent: 25 } },
        rival: { id: rival.id },
      });
      expect(campaign.team).toEqual([
        { teamRole: 'manager', user: { email: 'manon@example.test' } },
        { teamRole: 'rep', user: { email: 'alice@example.test' } },
      ]);
      const [entry] = await ds.query(`SELECT changes FROM audit_entry WHERE action = 'campaign.created' ORDER BY at DESC LIMIT 1`);
      expect(entry.changes).toEqual(expect.arrayContaining([{ field: `team.${users.manon}`, before: null, after: 'manager' }, { field: 'currency', before: null, after: 'GBP' }]));
      const seen = await call('manon', CAMPAIGNS);
      expect(seen.data!.campaigns.edges.map((e: any) => e.node.name)).toContain('Takeover');
      expect((await call('marc', CAMPAIGNS)).data!.campaigns.edges.map((e: any) => e.node.name)).not.toContain('Takeover');
    });

    const refusedWithNothingWritten = async (input: Record<string, unknown>, field: string) => {
      const before = await count(`SELECT count(*)::int AS n FROM campaign`);
      const members = await count(`SELECT count(*)::int AS n FROM campaign_member`);
      const res = await call('admin', CREATE_CAMPAIGN, { input });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fields(res)).toContain(field);
      expect(await count(`SELECT count(*)::int AS n FROM campaign`)).toBe(before);
      expect(await count(`SELECT count(*)::int AS n FROM campaign_member`)).toBe(members);
    };

    it('refuses a rival another active campaign targets, naming rivalId', async () => {
      const rival = await newRival();
      expect((await call('admin', CREATE_CAMPAIGN, { input: { name: 'First race', rivalId: rival.id, team: team() } })).errors).toBeUndefined();
      await refusedWithNothingWritten({ name: 'Second race', rivalId: rival.id, team: team() }, 'input.rivalId');
    });

    it('refuses a team without a manager, naming the team', async () => {
      const rival = await newRival();
      await refusedWithNothingWritten({ name: 'Leaderless', rivalId: rival.id, team: [{ userId: uid('alice'), teamRole: 'rep' }] }, 'input.team');
      await refusedWithNothingWritten({ name: 'Empty', rivalId: rival.id, team: [] }, 'input.team');
    });

    it('refuses an unknown time zone or currency', async () => {
      const rival = await newRival();
      await refusedWithNothingWritten({ name: 'Zoneless', rivalId: rival.id, timeZone: 'Mars/Olympus', team: team() }, 'input.timeZone');
      await refusedWithNothingWritten({ name: 'Moneyless', rivalId: rival.id, currency: 'XYZ', team: team() }, 'input.currency');
    });

    it('refuses a rep as manager, a deactivated user or an admin in the team, writing nothing', async () => {
      const rival = await newRival();
      await refusedWithNothingWritten({ name: 'Rep-led', rivalId: rival.id, team: [{ userId: uid('alice'), teamRole: 'manager' }] }, 'input.team.0.teamRole');
      await refusedWithNothingWritten(
        { name: 'Ghost', rivalId: rival.id, team: [...team(), { userId: uid('gone'), teamRole: 'rep' }] },
        'input.team.2.userId',
      );
      await refusedWithNothingWritten({ name: 'Admin', rivalId: rival.id, team: [...team(), { userId: uid('admin'), teamRole: 'manager' }] }, 'input.team.2.userId');
    });

    it('is for admins only', async () => {
      const rival = await newRival();
      expect(codes(await call('manon', CREATE_CAMPAIGN, { input: { name: 'Mine', rivalId: rival.id, team: team() } }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('closeCampaign and archiveCampaign', () => {
    it('a closed campaign takes no new accounts and frees its rival; an archived one leaves the list unless asked for', async () => {
      const rival = await newRival();
      const created = (await call('admin', CREATE_CAMPAIGN, { input: { name: 'Short race', rivalId: rival.id, team: team() } })).data!.createCampaign.campaign;
      const stale = await call('admin', CLOSE, { input: { campaignId: created.id, expectedVersion: 2 } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(codes(await call('manon', CLOSE, { input: { campaignId: created.id, expectedVersion: 1 } }))).toEqual(['FORBIDDEN']);

      const closed = await call('admin', CLOSE, { input: { campaignId: created.id, expectedVersion: 1 } });
      expect(closed.data!.closeCampaign.campaign).toMatchObject({ status: 'closed', version: 2 });
      const refused = await call('manon', `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
        input: { campaignId: created.id, name: 'Too late', segment: 'hosting', monthlySpend: 0 },
      });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(fields(refused)).toEqual(['input.campaignId']);
      const imported = await call('manon', `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id } } }`, {
        input: { campaignId: created.id, preset: 'lifeboat', csv: 'name,segment,countries,monthlySpend\nLate SA,hosting,FR,100\n' },
      });
      expect(codes(imported)).toEqual(['BAD_USER_INPUT']);
      expect(fields(imported)).toEqual(['input.campaignId']);
      expect(await count(`SELECT count(*)::int AS n FROM account_import WHERE campaign_id = $1`, [Buffer.from(created.id, 'base64url').toString().split(':')[1]])).toBe(0);
      expect(codes(await call('admin', CLOSE, { input: { campaignId: created.id, expectedVersion: 2 } }))).toEqual(['BAD_USER_INPUT']);
      // The rival is free for a new campaign.
      expect((await call('admin', CREATE_CAMPAIGN, { input: { name: 'Second wind', rivalId: rival.id, team: team() } })).errors).toBeUndefined();

      const archived = await call('admin', ARCHIVE, { input: { campaignId: created.id, expectedVersion: 2 } });
      expect(archived.data!.archiveCampaign.campaign).toMatchObject({ status: 'archived', version: 3 });
      const listed = (await call('manon', CAMPAIGNS)).data!.campaigns;
      expect(listed.edges.map((e: any) => e.node.id)).not.toContain(created.id);
      const all = (await call('manon', CAMPAIGNS, { all: true })).data!.campaigns;
      expect(all.edges.map((e: any) => e.node.id)).toContain(created.id);
      expect(all.totalCount).toBe(listed.totalCount + 1);
      const actions = await ds.query(`SELECT action FROM audit_entry WHERE entity_type = 'Campaign' AND action IN ('campaign.closed','campaign.archived') ORDER BY at`);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['campaign.closed', 'campaign.archived']);
    });
  });
});
