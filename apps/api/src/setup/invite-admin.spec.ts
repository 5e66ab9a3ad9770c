import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { inviteAdmin, SetupRefusal } from './invite-admin';

const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email role } } }`;
const PASSWORD = 'tangerine-Glacier-41-orbit';

describe('npm run admin:invite: an admin invited from the command line (inviteAdmin)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
  });

  afterAll(() => lifeboat.close());

  const counts = async () => {
    const [row] = await ds.query(
      `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM user_invitation) AS invitations, (SELECT count(*)::int FROM audit_entry) AS audit`,
    );
    return row as { users: number; invitations: number; audit: number };
  };

  it('invites the first admin of an empty database, prints the web app’s link, and they accept it and sign in as admin', async () => {
    const invited = await inviteAdmin(ds, { email: ' Ada.Lovelace@Example.com ', locale: 'fr', baseUrl: 'https://crm.example.com/' });
    expect(invited).toMatchObject({ email: 'ada.lovelace@example.com', name: 'Ada Lovelace', locale: 'fr', activeAdminsBefore: 0 });
    // The link of Admin › Users (admin-users-page.tsx), to the web app's /invitation/:token page.
    const match = /^https:\/\/crm\.example\.com\/invitation\/([A-Za-z0-9_-]{20,})$/.exec(invited.link);
    expect(match).not.toBeNull();

    const [user] = await ds.query(`SELECT role, active, is_demo, password_hash FROM app_user WHERE id = $1`, [invited.userId]);
    expect(user).toEqual({ role: 'admin', active: true, is_demo: false, password_hash: null });
    const audit = await ds.query(`SELECT actor_type, actor_id, actor_label, action FROM audit_entry WHERE entity_id = $1`, [invited.userId]);
    expect(audit).toEqual([{ actor_type: 'system', actor_id: null, actor_label: 'Lifeboat (setup)', action: 'invite' }]);

    const accepted = await graphql<{ acceptInvitation: { user: { email: string; role: string } } }>(lifeboat.url, null, {
      query: ACCEPT,
      variables: { input: { invitationToken: decodeURIComponent(match![1]), password: PASSWORD } },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toEqual({ email: 'ada.lovelace@example.com', role: 'admin' });
    const token = await signIn(lifeboat.url, 'ada.lovelace@example.com', PASSWORD);
    // An admin indeed: they invite the rest of the team themselves.
    const invite = await graphql<{ inviteUser: { user: { role: string } } }>(lifeboat.url, token, {
      query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { role } } }`,
      variables: { input: { email: 'mara@example.com', name: 'Mara Keller', role: 'manager' } },
    });
    expect(invite.errors).toBeUndefined();
    expect(invite.data?.inviteUser.user.role).toBe('manager');
  });

  it('refuses a malformed email, an unknown locale or a name too long, naming each, and writes nothing', async () => {
    const before = await counts();
    await expect(inviteAdmin(ds, { email: 'not-an-email', baseUrl: 'http://localhost:3000' })).rejects.toThrow(
      new SetupRefusal('Nothing invited: --email "not-an-email": email must be an email address.'),
    );
    await expect(inviteAdmin(ds, { email: 'ok@example.com', locale: 'de', name: 'x'.repeat(201), baseUrl: 'http://localhost:3000' })).rejects.toThrow(
      /^Nothing invited: --name "x+": name must be 1 to 200 characters; --locale "de": must be en or fr\.$/,
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses an email a user already has (active, deactivated or still invited), whatever its case, and writes nothing', async () => {
    await createUser(ds, { email: 'rep@example.com', role: 'rep' });
    await createUser(ds, { email: 'gone@example.com', role: 'admin', active: false });
    const before = await counts();
    await expect(inviteAdmin(ds, { email: 'REP@example.com', baseUrl: 'http://x' })).rejects.toThrow(
      'Nothing invited: rep@example.com belongs to an active user (rep) who can sign in. To add an admin, give an email no user has.',
    );
    await expect(inviteAdmin(ds, { email: 'gone@example.com', baseUrl: 'http://x' })).rejects.toThrow(/belongs to a deactivated user \(admin\)/);
    // mara@example.com was invited by the admin above and has not accepted.
    await expect(inviteAdmin(ds, { email: 'mara@example.com', baseUrl: 'http://x' })).rejects.toThrow(/was already invited \(manager\) and has not set a password yet/);
    expect(await counts()).toEqual(before);
  });

  it('works when admins exist too (an operator locked out of theirs), and says how many there were', async () => {
    const invited = await inviteAdmin(ds, { email: 'ops+2@example.com', name: 'Ops Two', baseUrl: 'http://localhost:3000' });
    expect(invited).toMatchObject({ name: 'Ops Two', locale: 'en', activeAdminsBefore: 1 });
    expect(invited.link).toMatch(/^http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{20,}$/);
  });
});
