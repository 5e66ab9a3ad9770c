import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { sha256 } from './secrets';

const ME = `{ me { id email role name } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { email role } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const LOGOUT = `mutation($input: RefreshSessionInput!) { logout(input: $input) { ok } }`;
const RIVALS = `{ rivals { totalCount edges { node { id name } } } }`;

describe('identity: sign-in, sessions, API keys, scoped rivals (embedded PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let url: string;
  let kpnCampaign: string;
  let amenCampaign: string;
  let kpnRival: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    url = lifeboat.url;
    ds = lifeboat.db.dataSource;
    const [kpn] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    const [amen] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    kpnRival = kpn.id;
    [{ id: kpnCampaign }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [kpn.id]);
    [{ id: amenCampaign }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [amen.id]);
    await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [kpnCampaign] });
    await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [amenCampaign] });
  });

  afterAll(() => lifeboat.close());

  describe('sign-in', () => {
    it('gives an access token and a refresh token for the right password, whatever the email’s case', async () => {
      const res = await graphql<{ login: { accessToken: string; user: { email: string; role: string }; accessTokenExpiresAt: string } }>(url, null, {
        query: LOGIN,
        variables: { input: { email: 'Manon@Example.TEST', password: 'correct horse battery staple' } },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.login.user).toEqual({ email: 'manon@example.test', role: 'manager' });
      const ttl = new Date(res.data!.login.accessTokenExpiresAt).getTime() - Date.now();
      expect(ttl).toBeGreaterThan(14 * 60_000);
      expect(ttl).toBeLessThanOrEqual(15 * 60_000);
      const me = await graphql<{ me: { email: string } }>(url, res.data!.login.accessToken, { query: ME });
      expect(me.data?.me.email).toBe('manon@example.test');
    });

    it('refuses a wrong password or an unknown email with the same UNAUTHENTICATED answer', async () => {
      for (const email of ['manon@example.test', 'nobody@example.test']) {
        const res = await graphql(url, null, { query: LOGIN, variables: { input: { email, password: 'wrong' } } });
        expect(res.errors?.[0]).toMatchObject({ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } });
      }
    });

    it('names the invalid fields of the input', async () => {
      const res = await graphql(url, null, { query: LOGIN, variables: { input: { email: 'not-an-email', password: '' } } });
      expect(res.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.email', reason: 'email must be an email address' },
          { field: 'input.password', reason: 'password must be 1 to 256 characters' },
        ],
      });
    });

    it('answers UNAUTHENTICATED without a token, with a forged one, or with a malformed header', async () => {
      expect((await graphql(url, null, { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await graphql(url, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad', { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
        body: JSON.stringify({ query: ME }),
      });
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('stops brute force: after 10 failures even the right password is answered RATE_LIMITED', async () => {
      await createUser(ds, { email: 'target@example.test', role: 'rep' });
      for (let i = 0; i < 10; i++) {
        const res = await graphql(url, null, { query: LOGIN, variables: { input: { email: 'target@example.test', password: `guess-${i}` } } });
        expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      const res = await graphql(url, null, {
        query: LOGIN,
        variables: { input: { email: 'target@example.test', password: 'correct horse battery staple' } },
      });
      expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(res.errors?.[0].message).toMatch(/^Too many failed sign-ins: try again in \d+ seconds\.$/);
    });
  });

  describe('sessions', () => {
    it('rotates the refresh token at each renewal: the old one stops working', async () => {
      const login = await graphql<{ login: { refreshToken: string } }>(url, null, {
        query: LOGIN,
        variables: { input: { email: 'chloe@example.test', password: 'correct horse battery staple' } },
      });
      const first = login.data!.login.refreshToken;
      const renewed = await graphql<{ refreshSession: { accessToken: string; refreshToken: string } }>(url, null, {
        query: REFRESH,
        variables: { input: { refreshToken: first } },
      });
      expect(renewed.errors).toBeUndefined();
      expect(renewed.data!.refreshSession.refreshToken).not.toBe(first);
      expect((await graphql(url, renewed.data!.refreshSession.accessToken, { query: ME })).errors).toBeUndefined();
      const replay = await graphql(url, null, { query: REFRESH, variables: { input: { refreshToken: first } } });
      expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    describe('reuse of a rotated refresh token ends the whole session (RFC 9700 §4.14.2)', () => {
      type Tokens = { accessToken: string; refreshToken: string };
      const signInAs = async (email: string): Promise<Tokens> =>
        (await graphql<{ login: Tokens }>(url, null, { query: LOGIN, variables: { input: { email, password: 'correct horse battery staple' } } })).data!.login;
      const renew = (refreshToken: string) => graphql<{ refreshSession: Tokens }>(url, null, { query: REFRESH, variables: { input: { refreshToken } } });
      const sessionOf = async (refreshToken: string): Promise<string> =>
        (await ds.query(`SELECT id FROM auth_session WHERE refresh_token_hash = $1`, [sha256(refreshToken)]))[0]?.id;

      beforeAll(async () => {
        await createUser(ds, { email: 'rotor@example.test', role: 'rep', campaignIds: [amenCampaign] });
      });

      // Replayed: the login's token (spent once), and a token spent after two rotations.
      it.each([
        ['the first token, spent by one renewal', 1, 0],
        ['a token two rotations old', 2, 0],
        ['the previous token, right after its rotation', 2, 1],
      ])('replaying %s is refused, and the session’s newest refresh token and access token stop working too', async (_label, rotations, replayed) => {
        const login = await signInAs('rotor@example.test');
        const sessionId = await sessionOf(login.refreshToken);
        const issued: Tokens[] = [login];
        for (let i = 0; i < rotations; i++) {
          const renewed = await renew(issued[issued.length - 1].refreshToken);
          expect(renewed.errors).toBeUndefined();
          issued.push(renewed.data!.refreshSession);
        }
        const current = issued[issued.length - 1];
        expect((await graphql(url, current.accessToken, { query: ME })).errors).toBeUndefined();

        const replay = await renew(issued[replayed].refreshToken);
        expect(replay.errors?.[0]).toMatchObject({
          message: 'This refresh token had already been used: the session was ended to protect the account. Sign in again.',
          extensions: { code: 'UNAUTHENTICATED' },
        });
        expect((await renew(current.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await graphql(url, current.accessToken, { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        const [session] = await ds.query(`SELECT revoked_at FROM auth_session WHERE id = $1`, [sessionId]);
        expect(session.revoked_at).not.toBeNull();
        const audit = await ds.query(`SELECT actor_type, entity_id, changes FROM audit_entry WHERE action = 'refresh_token_reuse' AND changes::text LIKE $1`, [`%${sessionId}%`]);
        expect(audit).toHaveLength(1);
        expect(audit[0].actor_type).toBe('system');
      });

      it('leaves the user’s other sessions alone', async () => {
        const phone = await signInAs('rotor@example.test');
        const laptop = await signInAs('rotor@example.test');
        const renewed = (await renew(laptop.refreshToken)).data!.refreshSession;
        expect((await renew(laptop.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await graphql(url, renewed.accessToken, { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await graphql(url, phone.accessToken, { query: ME })).errors).toBeUndefined();
        expect((await renew(phone.refreshToken)).errors).toBeUndefined();
      });

      it('two renewals with the same token at once: one gets new tokens, the other is reuse and the session ends for both', async () => {
        const login = await signInAs('rotor@example.test');
        const [a, b] = await Promise.all([renew(login.refreshToken), renew(login.refreshToken)]);
        const winners = [a, b].filter((r) => !r.errors);
        const losers = [a, b].filter((r) => r.errors);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0].errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        // No grace period: the winner's tokens die with the session (the web app never races: it renews under a cross-tab lock).
        const won = winners[0].data!.refreshSession;
        expect((await graphql(url, won.accessToken, { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await renew(won.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      });

      it('a token of a session already ended is refused without a second audit entry; an unknown token is simply refused', async () => {
        const login = await signInAs('rotor@example.test');
        const renewed = (await renew(login.refreshToken)).data!.refreshSession;
        expect((await graphql<{ logout: { ok: boolean } }>(url, null, { query: LOGOUT, variables: { input: { refreshToken: renewed.refreshToken } } })).data?.logout.ok).toBe(true);
        const before = (await ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'refresh_token_reuse'`))[0].n;
        expect((await renew(login.refreshToken)).errors?.[0]).toMatchObject({ message: 'This session has ended: sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
        expect((await renew('x'.repeat(43))).errors?.[0]).toMatchObject({ message: 'This session has ended: sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
        expect((await ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'refresh_token_reuse'`))[0].n).toBe(before);
      });
    });

    it('signs out: the access tokens of the session stop working at once', async () => {
      const login = await graphql<{ login: { accessToken: string; refreshToken: string } }>(url, null, {
        query: LOGIN,
        variables: { input: { email: 'chloe@example.test', password: 'correct horse battery staple' } },
      });
      const { accessToken, refreshToken } = login.data!.login;
      expect((await graphql(url, accessToken, { query: ME })).errors).toBeUndefined();
      expect((await graphql<{ logout: { ok: boolean } }>(url, null, { query: LOGOUT, variables: { input: { refreshToken } } })).data?.logout.ok).toBe(true);
      expect((await graphql(url, accessToken, { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('administration of users', () => {
    it('invites a user who sets a password once and signs in; a deactivated user is signed out everywhere', async () => {
      const admin = await signIn(url, 'admin@example.test', 'correct horse battery staple');
      const invited = await graphql<{ inviteUser: { user: { id: string; version: number }; invitationToken: string } }>(url, admin, {
        query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id version } invitationToken } }`,
        variables: { input: { email: 'newrep@example.test', name: 'New Rep', role: 'rep' } },
      });
      expect(invited.errors).toBeUndefined();
      const accept = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email } } }`;
      const token = invited.data!.inviteUser.invitationToken;
      const accepted = await graphql(url, null, { query: accept, variables: { input: { invitationToken: token, password: 'a long enough password' } } });
      expect(accepted.errors).toBeUndefined();
      const again = await graphql(url, null, { query: accept, variables: { input: { invitationToken: token, password: 'another long password' } } });
      expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const repToken = await signIn(url, 'newrep@example.test', 'a long enough password');

      const update = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { active version } } }`;
      const { id, version } = invited.data!.inviteUser.user;
      const stale = await graphql(url, admin, { query: update, variables: { input: { userId: id, expectedVersion: version, active: false } } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT'); // the password was set since: version moved on
      const done = await graphql<{ updateUser: { user: { active: boolean } } }>(url, admin, {
        query: update,
        variables: { input: { userId: id, expectedVersion: version + 1, active: false } },
      });
      expect(done.data?.updateUser.user.active).toBe(false);
      expect((await graphql(url, repToken, { query: ME })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const login = await graphql(url, null, { query: LOGIN, variables: { input: { email: 'newrep@example.test', password: 'a long enough password' } } });
      expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const audit = await ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY at`, [Buffer.from(id, 'base64url').toString().split(':')[1]]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['invite', 'set_password', 'update']);
    });

    describe('the password policy when an invited user sets their password', () => {
      const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email } } }`;
      let invitations = 0;
      const invite = async (): Promise<{ token: string; email: string; dbId: string }> => {
        const admin = await signIn(url, 'admin@example.test', 'correct horse battery staple');
        const email = `cmartin@team${++invitations}.example.test`;
        const res = await graphql<{ inviteUser: { user: { id: string }; invitationToken: string } }>(url, admin, {
          query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } invitationToken } }`,
          variables: { input: { email, name: 'Chloé Martin', role: 'rep' } },
        });
        expect(res.errors).toBeUndefined();
        const dbId = Buffer.from(res.data!.inviteUser.user.id, 'base64url').toString().split(':')[1];
        return { token: res.data!.inviteUser.invitationToken, email, dbId };
      };

      it.each([
        ['aaaaaaaaaaaa', 'repetitive', 'it repeats the same characters or words (like "aaaa" or "abcabc")'],
        ['password1234', 'common', 'this password is in lists of common passwords'],
        ['abcdefghijklmnop', 'sequence', 'it is a sequence of characters (like "abcd" or "1234")'],
        ['🔒'.repeat(11), 'too_short', 'it must be at least 12 characters long'],
        ['CMartin-harbour-volcano', 'contains_email', 'it contains your email address'],
        ['volcano MARTIN lantern', 'contains_name', 'it contains your name'],
        ['my l1feb0at is sinking', 'contains_service', 'it contains the name of this service (Lifeboat)'],
        ['KPNQwest will fall in 2027', 'contains_rival', 'it contains the name of a rival or a campaign'],
      ])('refuses %j (%s) with the reason, and leaves the invitation usable', async (password, rule, reason) => {
        const { token, email, dbId } = await invite();
        const refused = await graphql(url, null, { query: ACCEPT, variables: { input: { invitationToken: token, password } } });
        expect(refused.errors?.[0]).toMatchObject({
          message: `This password cannot be used: ${reason}.`,
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.password', reason, rule }] },
        });
        const [user] = await ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [dbId]);
        expect(user.password_hash).toBeNull();
        expect(await ds.query(`SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'set_password'`, [dbId])).toEqual([]);
        const accepted = await graphql(url, null, { query: ACCEPT, variables: { input: { invitationToken: token, password: 'violet rotor lamp harbour' } } });
        expect(accepted.errors).toBeUndefined();
        expect(await signIn(url, email, 'violet rotor lamp harbour')).toEqual(expect.any(String));
      });

      it('counts characters, not UTF-16 units: twelve emoji are a long enough password', async () => {
        const { token, email } = await invite();
        const password = '🔒🐙🌋🎻🚲🧭🪁🦉🍄🧲🛶🪐';
        const accepted = await graphql(url, null, { query: ACCEPT, variables: { input: { invitationToken: token, password } } });
        expect(accepted.errors).toBeUndefined();
        expect(await signIn(url, email, password)).toEqual(expect.any(String));
      });

      it('judges no password for an unknown invitation: NOT_FOUND first', async () => {
        const res = await graphql(url, null, { query: ACCEPT, variables: { input: { invitationToken: 'x'.repeat(43), password: 'aaaaaaaaaaaa' } } });
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      });
    });

    it('keeps user administration to admins', async () => {
      const manager = await signIn(url, 'manon@example.test', 'correct horse battery staple');
      const res = await graphql(url, manager, { query: `{ users { totalCount } }` });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(res.data).toBeNull();
    });
  });

  describe('API keys', () => {
    const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes campaignId lastUsedAt } } }`;

    it('shows the secret once, stores only a digest, and acts within its campaign and scopes', async () => {
      const admin = await signIn(url, 'admin@example.test', 'correct horse battery staple');
      const campaignGlobalId = Buffer.from(`Campaign:${amenCampaign}`).toString('base64url');
      const created = await graphql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } } }>(url, admin, {
        query: CREATE,
        variables: { input: { name: 'BI export', scopes: ['read'], campaignId: campaignGlobalId } },
      });
      expect(created.errors).toBeUndefined();
      const { secret, apiKey } = created.data!.createApiKey;
      expect(secret).toMatch(/^lbk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
      expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
      const [stored] = await ds.query(`SELECT secret_hash FROM api_key WHERE key_prefix = $1`, [apiKey.prefix.slice(4)]);
      // The secret part (43 characters after the 17-character `lbk_<prefix>_`; it may itself contain `_`) is never stored.
      expect(stored.secret_hash).not.toContain(secret.slice(17));

      const rivals = await graphql<{ rivals: { edges: Array<{ node: { name: string } }> } }>(url, secret, { query: RIVALS });
      expect(rivals.data?.rivals.edges.map((e) => e.node.name)).toEqual(['AMEN']);
      const [used] = await ds.query(`SELECT last_used_at FROM api_key WHERE key_prefix = $1`, [apiKey.prefix.slice(4)]);
      expect(used.last_used_at).not.toBeNull();

      const write = await graphql(url, secret, {
        query: `mutation { logout(input: { refreshToken: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }) { ok } }`,
      });
      expect(write.errors).toBeUndefined(); // public operations stay public
      const record = await graphql(url, secret, {
        query: `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { rival { health } } }`,
        variables: {
          input: { rivalId: Buffer.from(`Rival:${kpnRival}`).toString('base64url'), kind: 'strike', occurredAt: '2026-11-20T10:00:00Z', severity: 3, summary: 'x' },
        },
      });
      expect(record.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await graphql(url, secret, { query: `{ users { totalCount } }` })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await graphql(url, secret, { query: ME })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const revoked = await graphql(url, admin, {
        query: `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }`,
        variables: { input: { apiKeyId: apiKey.id } },
      });
      expect(revoked.errors).toBeUndefined();
      expect((await graphql(url, secret, { query: RIVALS })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const audit = await ds.query(`SELECT action, actor_type FROM audit_entry WHERE entity_type = 'ApiKey' ORDER BY at`);
      // Each call through the key is audited as the key (reads, public and refused ones too); the revoked key's is anonymous.
      const call = { action: 'api_key.call', actor_type: 'api_key' };
      expect(audit).toEqual([{ action: 'create', actor_type: 'user' }, call, call, call, call, call, { action: 'revoke', actor_type: 'user' }]);
    });

    it('is created by admins only', async () => {
      const manager = await signIn(url, 'manon@example.test', 'correct horse battery staple');
      const res = await graphql(url, manager, { query: CREATE, variables: { input: { name: 'mine', scopes: ['read'] } } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await ds.query(`SELECT 1 FROM api_key WHERE name = 'mine'`)).toEqual([]);
    });
  });

  describe('rivals are seen through one’s campaigns', () => {
    it('shows the AMEN rep only AMEN, by list and by node', async () => {
      const chloe = await signIn(url, 'chloe@example.test', 'correct horse battery staple');
      const list = await graphql<{ rivals: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(url, chloe, { query: RIVALS });
      expect(list.data?.rivals).toMatchObject({ totalCount: 1, edges: [{ node: { name: 'AMEN' } }] });
      const kpnId = Buffer.from(`Rival:${kpnRival}`).toString('base64url');
      const node = await graphql<{ node: unknown }>(url, chloe, { query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: kpnId } });
      expect(node.data?.node).toBeNull();
      const record = await graphql(url, chloe, {
        query: `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { rival { health } } }`,
        variables: { input: { rivalId: kpnId, kind: 'strike', occurredAt: '2026-11-20T10:00:00Z', severity: 3, summary: 'x' } },
      });
      expect(record.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('lets the KPNQwest manager record its events, not the AMEN rep', async () => {
      const manon = await signIn(url, 'manon@example.test', 'correct horse battery staple');
      const kpnId = Buffer.from(`Rival:${kpnRival}`).toString('base64url');
      const res = await graphql<{ recordDistressEvent: { rival: { health: string } } }>(url, manon, {
        query: `mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { rival { health } } }`,
        variables: { input: { rivalId: kpnId, kind: 'press_report', occurredAt: '2026-11-20T10:00:00Z', severity: 2, summary: 'Buyers circle the network.' } },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.recordDistressEvent.rival.health).toBe('liquidating');
    });
  });
});
