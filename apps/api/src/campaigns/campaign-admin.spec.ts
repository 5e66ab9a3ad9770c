import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { createUser, graphql, GraphqlResult, signIn } from '../testing/auth';
import { startTestServer } from '../testing/test-app';

const SETTINGS_FIELDS = `
  id version
  settings {
    timeZone proposalValidityDays weeklyMigrationCapacity
    stageDueBusinessDays { identified contacted proposal_sent negotiating }
    migrationLeadDays { enterprise_vpn isp_wholesale hosting colocation smb_web }
    discountLimits { repPercent managerPercent }
    switchCredit { ratePercent capMonths }
    urgencyWeights { noBackupProvider multiCountry }
  }
  team { teamRole user { id email } }`;
const UPDATE = `mutation($input: UpdateCampaignSettingsInput!) { updateCampaignSettings(input: $input) { campaign { ${SETTINGS_FIELDS} } } }`;
const ADD = `mutation($input: AddCampaignMemberInput!) { addCampaignMember(input: $input) { member { teamRole user { email } } campaign { team { teamRole user { email } } } } }`;
const REMOVE = `mutation($input: RemoveCampaignMemberInput!) { removeCampaignMember(input: $input) { campaign { team { teamRole user { email } } } } }`;
const KEY_CALLS = `query KeyCalls($apiKeyId: ID!, $first: Int, $after: String) {
  apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { actorType actorLabel action entityType entityId changes { field } apiKeyCall { operationType operationName rootFields outcome errorCodes } } }
  }
}`;

type Res = GraphqlResult<Record<string, any>>;

describe('campaign administration: settings, team, and the audit of calls through API keys (over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaign: string;
  let other: string;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  const gid = (type: 'Campaign' | 'User' | 'ApiKey' | 'Account', id: string) => toGlobalId(type, id);
  const call = (who: string | null, query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Res> =>
    graphql(lifeboat.url, who === null ? null : (tokens[who] ?? who), { query, variables, operationName });
  const version = async (): Promise<number> => (await ds.query(`SELECT version FROM campaign WHERE id = $1`, [campaign]))[0].version;
  const stored = async () => (await ds.query(`SELECT settings FROM campaign WHERE id = $1`, [campaign]))[0].settings;
  const auditCount = async (action: string) =>
    (await ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = $2`, [campaign, action]))[0].n as number;
  const codes = (res: Res) => (res.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    const [amen] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: campaign }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [rival.id]);
    [{ id: other }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [amen.id]);
    const people: Array<[string, Parameters<typeof createUser>[1]]> = [
      ['admin', { email: 'admin@example.test', role: 'admin' }],
      ['manon', { email: 'manon@example.test', role: 'manager', campaignIds: [campaign] }],
      ['alice', { email: 'alice@example.test', role: 'rep', campaignIds: [campaign] }],
      ['bruno', { email: 'bruno@example.test', role: 'rep' }],
      ['marc', { email: 'marc@example.test', role: 'manager', campaignIds: [other] }],
      ['gone', { email: 'gone@example.test', role: 'rep', active: false }],
      ['root', { email: 'root@example.test', role: 'admin' }],
    ];
    for (const [name, opts] of people) {
      users[name] = (await createUser(ds, opts)).id;
      if (opts.active !== false) tokens[name] = await signIn(lifeboat.url, opts.email, 'correct horse battery staple');
    }
  }, 120_000);

  afterAll(() => lifeboat?.close());

  describe('updateCampaignSettings', () => {
    it('lets an admin change one stage deadline: the rest is kept, the version moves, the change is audited and the deals follow', async () => {
      const created = await call('admin', `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
        input: { campaignId: gid('Campaign', campaign), name: 'Opodo', segment: 'hosting', monthlySpend: 100_000, countries: ['FR'], ownerId: gid('User', users.alice) },
      });
      expect(created.errors).toBeUndefined();
      await lifeboat.app.get(OutboxRelay).flush();
      const deal = async () =>
        (await ds.query(`SELECT stage, stage_entered_at, due_at FROM opportunity WHERE campaign_id = $1 AND stage = 'identified'`, [campaign]))[0];
      const before = await deal();
      expect(before.due_at).not.toBeNull();
      const v = await version();

      const res = await call('admin', UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: v, stageDueBusinessDays: { identified: 4 } } });
      expect(res.errors).toBeUndefined();
      const updated = res.data!.updateCampaignSettings.campaign;
      expect(updated.version).toBe(v + 1);
      expect(updated.settings.stageDueBusinessDays).toEqual({ identified: 4, contacted: 5, proposal_sent: 5, negotiating: 5 });
      expect(updated.settings.timeZone).toBe('Europe/Paris');
      expect(await stored()).toEqual({ stageDueBusinessDays: { identified: 4 } });

      const [entry] = await ds.query(`SELECT actor_type, actor_id, changes FROM audit_entry WHERE entity_id = $1 AND action = 'campaign.settings_updated'`, [campaign]);
      expect(entry).toEqual({ actor_type: 'user', actor_id: users.admin, changes: [{ field: 'stageDueBusinessDays.identified', before: 2, after: 4 }] });

      // The outbox event recomputes the campaign's deals: the identified deal is now due 4 business days after it entered.
      const [event] = await ds.query(`SELECT payload FROM outbox_event WHERE type = 'campaign.settings_changed'`);
      expect(event.payload).toEqual({ campaignId: campaign, rivalId: expect.any(String), settings: ['stageDueBusinessDays.identified'] });
      await lifeboat.app.get(OutboxRelay).flush();
      const after = await deal();
      expect(after.due_at.getTime()).toBeGreaterThan(before.due_at.getTime());

      // A second, nested change keeps the first.
      const res2 = await call('admin', UPDATE, {
        input: { campaignId: gid('Campaign', campaign), expectedVersion: v + 1, discountLimits: { managerPercent: 30 }, timeZone: 'America/New_York', urgencyWeights: { multiCountry: 8 } },
      });
      expect(res2.errors).toBeUndefined();
      expect(res2.data!.updateCampaignSettings.campaign.settings).toMatchObject({
        timeZone: 'America/New_York',
        discountLimits: { repPercent: 10, managerPercent: 30 },
        stageDueBusinessDays: { identified: 4 },
        urgencyWeights: { multiCountry: 8, noBackupProvider: 20 },
      });
    });

    it('changes nothing when the values given are the current ones (no new version, no audit entry)', async () => {
      const v = await version();
      const entries = await auditCount('campaign.settings_updated');
      const res = await call('admin', UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: v, stageDueBusinessDays: { identified: 4 } } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateCampaignSettings.campaign.version).toBe(v);
      expect(await auditCount('campaign.settings_updated')).toBe(entries);
    });

    it('refuses a stale version with CONFLICT, writing nothing', async () => {
      const v = await version();
      const settings = await stored();
      const res = await call('admin', UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: v - 1, proposalValidityDays: 10 } });
      expect(codes(res)).toEqual(['CONFLICT']);
      expect(res.errors![0].message).toMatch(/changed since you read it/);
      expect(await version()).toBe(v);
      expect(await stored()).toEqual(settings);
    });

    const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['a time zone that is not an IANA zone', { timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone', /IANA time zone/],
      ['an empty time zone', { timeZone: '' }, 'input.timeZone', /IANA time zone/],
      ['a stage deadline of 0 business days', { stageDueBusinessDays: { identified: 0 } }, 'input.stageDueBusinessDays.identified', /at least 1/],
      ['a stage deadline over 60 business days', { stageDueBusinessDays: { negotiating: 61 } }, 'input.stageDueBusinessDays.negotiating', /at most 60/],
      ['a negative migration lead time', { migrationLeadDays: { hosting: -1 } }, 'input.migrationLeadDays.hosting', /at least 0/],
      ['a rep discount limit over 100 %', { discountLimits: { repPercent: 101 } }, 'input.discountLimits.repPercent', /between 0 and 100/],
      ['a negative manager discount limit', { discountLimits: { managerPercent: -5 } }, 'input.discountLimits.managerPercent', /between 0 and 100/],
      ['a percentage with 3 decimals', { discountLimits: { repPercent: 10.125 } }, 'input.discountLimits.repPercent', /at most 2 decimals/],
      ['a manager limit below the rep limit', { discountLimits: { repPercent: 20, managerPercent: 15 } }, 'input.discountLimits.managerPercent', /cannot be below the rep/],
      ['a rep limit above the stored manager limit', { discountLimits: { repPercent: 35 } }, 'input.discountLimits.managerPercent', /cannot be below the rep/],
      ['a switch credit rate over 100 %', { switchCredit: { ratePercent: 150 } }, 'input.switchCredit.ratePercent', /between 0 and 100/],
      ['a switch credit cap over 24 months', { switchCredit: { capMonths: 25 } }, 'input.switchCredit.capMonths', /at most 24/],
      ['a proposal validity of 0 days', { proposalValidityDays: 0 }, 'input.proposalValidityDays', /at least 1/],
      ['a weekly capacity of 0', { weeklyMigrationCapacity: 0 }, 'input.weeklyMigrationCapacity', /at least 1/],
      ['an urgency weight over 100', { urgencyWeights: { noBackupProvider: 101 } }, 'input.urgencyWeights.noBackupProvider', /between 0 and 100/],
      ['no setting at all', {}, 'input', /no setting given/],
    ];
    it.each(bad)('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, change, field, reason) => {
      const v = await version();
      const settings = await stored();
      const entries = await auditCount('campaign.settings_updated');
      const res = await call('admin', UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: v, ...change } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      const fields = res.errors![0].extensions!['fields'] as Array<{ field: string; reason: string }>;
      expect(fields).toContainEqual({ field, reason: expect.stringMatching(reason) });
      expect(await version()).toBe(v);
      expect(await stored()).toEqual(settings);
      expect(await auditCount('campaign.settings_updated')).toBe(entries);
    });

    it('refuses a fractional day count at the schema (Int) with BAD_USER_INPUT', async () => {
      const res = await call('admin', UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: await version(), stageDueBusinessDays: { contacted: 2.5 } } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    });

    it('answers NOT_FOUND for an unknown campaign and BAD_USER_INPUT for an id of another type', async () => {
      const unknown = await call('admin', UPDATE, { input: { campaignId: gid('Campaign', '00000000-0000-4000-8000-000000000000'), expectedVersion: 1, proposalValidityDays: 9 } });
      expect(codes(unknown)).toEqual(['NOT_FOUND']);
      const wrongType = await call('admin', UPDATE, { input: { campaignId: gid('User', users.alice), expectedVersion: 1, proposalValidityDays: 9 } });
      expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
    });

    it('is for admins only: the campaign’s manager and rep read the settings but cannot change them, nor can a write key', async () => {
      const v = await version();
      for (const who of ['manon', 'alice']) {
        const res = await call(who, UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: v, proposalValidityDays: 9 } });
        expect({ who, codes: codes(res) }).toEqual({ who, codes: ['FORBIDDEN'] });
        const read = await call(who, `{ campaigns { edges { node { settings { stageDueBusinessDays { identified } } } } } }`);
        expect(read.data!.campaigns.edges[0].node.settings.stageDueBusinessDays.identified).toBe(4);
      }
      const key = await call('admin', `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, { input: { name: 'Writer', scopes: ['read', 'write'] } });
      const res = await call(key.data!.createApiKey.secret, UPDATE, { input: { campaignId: gid('Campaign', campaign), expectedVersion: v, proposalValidityDays: 9 } });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await version()).toBe(v);
    });
  });

  describe('team membership', () => {
    const team = (res: Res, key: string) => (res.data![key].campaign.team as Array<{ teamRole: string; user: { email: string } }>).map((m) => `${m.user.email}:${m.teamRole}`);

    it('adds an active rep, who then sees the campaign; adding again changes nothing; audited once', async () => {
      const res = await call('admin', ADD, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.bruno), teamRole: 'rep' } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.addCampaignMember.member).toEqual({ teamRole: 'rep', user: { email: 'bruno@example.test' } });
      expect(team(res, 'addCampaignMember')).toContain('bruno@example.test:rep');
      const again = await call('admin', ADD, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.bruno), teamRole: 'rep' } });
      expect(again.errors).toBeUndefined();
      const entries = await ds.query(`SELECT actor_id, changes FROM audit_entry WHERE entity_id = $1 AND action = 'campaign.member_added'`, [campaign]);
      expect(entries).toEqual([{ actor_id: users.admin, changes: [{ field: `team.${users.bruno}`, before: null, after: 'rep' }] }]);
      const seen = await call('bruno', `{ campaigns { edges { node { name } } } }`);
      expect(seen.data!.campaigns.edges.map((e: any) => e.node.name)).toEqual(['KPNQwest takeover']);
    });

    const refusals: Array<[string, string, 'manager' | 'rep', string, RegExp]> = [
      ['a rep as manager', 'bruno', 'manager', 'input.teamRole', /a rep cannot lead a team/],
      ['an admin', 'root', 'rep', 'input.userId', /admins are not team members/],
      ['a deactivated user', 'gone', 'rep', 'input.userId', /deactivated/],
    ];
    it.each(refusals)('refuses %s with BAD_USER_INPUT, changing nothing', async (_what, who, teamRole, field, reason) => {
      const before = await ds.query(`SELECT user_id, team_role FROM campaign_member WHERE campaign_id = $1 ORDER BY user_id`, [campaign]);
      const res = await call('admin', ADD, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users[who]), teamRole } });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!['fields']).toEqual([{ field, reason: expect.stringMatching(reason) }]);
      expect(await ds.query(`SELECT user_id, team_role FROM campaign_member WHERE campaign_id = $1 ORDER BY user_id`, [campaign])).toEqual(before);
    });

    it('lets a manager lead a second team, and keeps the last manager of a team from being demoted or removed', async () => {
      const added = await call('admin', ADD, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.marc), teamRole: 'manager' } });
      expect(team(added, 'addCampaignMember')).toContain('marc@example.test:manager');
      // Marc now leads KPNQwest too: he may change its deals (a manager's power there).
      const demoteLast = await call('admin', ADD, { input: { campaignId: gid('Campaign', other), userId: gid('User', users.marc), teamRole: 'rep' } });
      expect(codes(demoteLast)).toEqual(['BAD_USER_INPUT']);
      expect(demoteLast.errors![0].message).toMatch(/last manager of AMEN rescue/);
      const removeLast = await call('admin', REMOVE, { input: { campaignId: gid('Campaign', other), userId: gid('User', users.marc) } });
      expect(codes(removeLast)).toEqual(['BAD_USER_INPUT']);
      // With Manon still there, Marc may step down to rep in KPNQwest, then leave it.
      const demoted = await call('admin', ADD, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.marc), teamRole: 'rep' } });
      expect(team(demoted, 'addCampaignMember')).toContain('marc@example.test:rep');
      expect(await ds.query(`SELECT changes FROM audit_entry WHERE entity_id = $1 AND action = 'campaign.member_role_changed'`, [campaign])).toEqual([
        { changes: [{ field: `team.${users.marc}`, before: 'manager', after: 'rep' }] },
      ]);
      const removed = await call('admin', REMOVE, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.marc) } });
      expect(removed.errors).toBeUndefined();
      expect(team(removed, 'removeCampaignMember')).not.toContain('marc@example.test:rep');
    });

    it('refuses to remove a rep who still owns open deals, saying what to do; once they are reassigned the rep leaves the team and loses sight of it', async () => {
      const refused = await call('admin', REMOVE, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.alice) } });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].message).toMatch(/still owns 1 open deal in KPNQwest takeover: reassign them/);
      expect(refused.errors![0].extensions!['fields']).toEqual([{ field: 'input.userId', reason: 'owns 1 open deal in the campaign' }]);
      const [account] = await ds.query(`SELECT id, version FROM account WHERE campaign_id = $1 AND owner_id = $2`, [campaign, users.alice]);
      const assigned = await call('manon', `mutation($input: AssignAccountInput!) { assignAccount(input: $input) { account { id } } }`, {
        input: { accountId: gid('Account', account.id), expectedVersion: account.version, ownerId: gid('User', users.bruno) },
      });
      expect(assigned.errors).toBeUndefined();
      const removed = await call('admin', REMOVE, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.alice) } });
      expect(removed.errors).toBeUndefined();
      expect(team(removed, 'removeCampaignMember')).not.toContain('alice@example.test:rep');
      expect(await ds.query(`SELECT changes FROM audit_entry WHERE entity_id = $1 AND action = 'campaign.member_removed' AND changes::text LIKE $2`, [campaign, `%${users.alice}%`])).toEqual([
        { changes: [{ field: `team.${users.alice}`, before: 'rep', after: null }] },
      ]);
      const seen = await call('alice', `{ campaigns { totalCount } }`);
      expect(seen.data!.campaigns.totalCount).toBe(0);
      const notMember = await call('admin', REMOVE, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.alice) } });
      expect(codes(notMember)).toEqual(['NOT_FOUND']);
    });

    it('is for admins only', async () => {
      for (const who of ['manon', 'bruno']) {
        const add = await call(who, ADD, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.alice), teamRole: 'rep' } });
        expect({ who, codes: codes(add) }).toEqual({ who, codes: ['FORBIDDEN'] });
        const remove = await call(who, REMOVE, { input: { campaignId: gid('Campaign', campaign), userId: gid('User', users.bruno) } });
        expect({ who, codes: codes(remove) }).toEqual({ who, codes: ['FORBIDDEN'] });
      }
    });
  });

  describe('calls through an API key are audited as the key', () => {
    let keyId: string;
    let secret: string;
    const calls = async () => (await ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'api_key.call'`))[0].n as number;

    beforeAll(async () => {
      const created = await call('admin', `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`, {
        input: { name: 'BI export', scopes: ['read'], campaignId: gid('Campaign', campaign) },
      });
      secret = created.data!.createApiKey.secret;
      keyId = created.data!.createApiKey.apiKey.id;
    });

    it('records a read as one entry attributed to the key and bound to its campaign, without the variables', async () => {
      const before = await calls();
      const res = await call(secret, `query Pipeline($q: String) { accounts(first: 5, search: $q) { totalCount } rivals { totalCount } }`, { q: 'sk_live_SECRET_VALUE' }, 'Pipeline');
      expect(res.errors).toBeUndefined();
      expect(await calls()).toBe(before + 1);
      const [row] = await ds.query(`SELECT * FROM audit_entry WHERE action = 'api_key.call' ORDER BY at DESC, id DESC LIMIT 1`);
      expect(row).toMatchObject({ actor_type: 'api_key', actor_label: 'API key "BI export"', entity_type: 'ApiKey', campaign_id: campaign, changes: [] });
      expect(toGlobalId('ApiKey', row.entity_id)).toBe(keyId);
      expect(row.details).toEqual({ operationType: 'query', operationName: 'Pipeline', rootFields: ['accounts', 'rivals'], outcome: 'ok', errorCodes: [] });
      expect(JSON.stringify(row)).not.toContain('SECRET_VALUE');
    });

    it('records refused and invalid calls too, with their error codes', async () => {
      const before = await calls();
      const refused = await call(secret, `mutation Sneaky($input: UpdateCampaignSettingsInput!) { updateCampaignSettings(input: $input) { campaign { id } } }`, {
        input: { campaignId: gid('Campaign', campaign), expectedVersion: 1, proposalValidityDays: 9 },
      });
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      const invalid = await call(secret, `{ campaigns { nickname } }`);
      expect(invalid.errors).toBeDefined();
      const unparsable = await call(secret, `{ campaigns {`);
      expect(unparsable.errors).toBeDefined();
      // A syntax error's entry may land just after the answer.
      for (let i = 0; i < 50 && (await calls()) < before + 3; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await calls()).toBe(before + 3);

      const page = await call('admin', KEY_CALLS, { apiKeyId: keyId, first: 3 });
      expect(page.errors).toBeUndefined();
      const nodes = page.data!.apiKeyCalls.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => n.apiKeyCall)).toEqual([
        // A syntax error is a parse failure (the operation gate's lexer lets it through, graphql's parser refuses it).
        { operationType: 'unknown', operationName: null, rootFields: [], outcome: 'error', errorCodes: ['GRAPHQL_PARSE_FAILED'] },
        { operationType: 'query', operationName: null, rootFields: ['campaigns'], outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] },
        { operationType: 'mutation', operationName: 'Sneaky', rootFields: ['updateCampaignSettings'], outcome: 'error', errorCodes: ['FORBIDDEN'] },
      ]);
      expect(nodes[2]).toMatchObject({ actorType: 'api_key', actorLabel: 'API key "BI export"', action: 'api_key.call', entityType: 'ApiKey', entityId: keyId, changes: [] });
    });

    it('pages a key’s calls newest first, for admins only; a user’s calls leave no such entry', async () => {
      const total = (await call('admin', KEY_CALLS, { apiKeyId: keyId, first: 1 })).data!.apiKeyCalls;
      expect(total.totalCount).toBe(4);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const res: Res = await call('admin', KEY_CALLS, { apiKeyId: keyId, first: 1, after });
        const conn = res.data!.apiKeyCalls;
        seen.push(...conn.edges.map((e: any) => e.node.apiKeyCall.operationType));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(['unknown', 'query', 'mutation', 'query']);
      const before = await calls();
      for (const who of ['manon', secret]) expect(codes(await call(who, KEY_CALLS, { apiKeyId: keyId }))).toEqual(['FORBIDDEN']);
      // Manon's call is a user's: no entry; the key's own (refused) call is one.
      expect(await calls()).toBe(before + 1);
      // The key's trail through auditTrail, for an admin.
      const trail = await call('admin', `query($id: ID!) { auditTrail(entityId: $id, first: 50) { totalCount } }`, { id: keyId });
      expect(trail.data!.auditTrail.totalCount).toBeGreaterThanOrEqual(5);
    });
  });
});
