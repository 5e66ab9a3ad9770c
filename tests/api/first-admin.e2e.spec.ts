import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql, LifeboatProcess, signInAs, startLifeboatProcess } from '../support/lifeboat-process';

const WORKSPACE = join(__dirname, '../..');
const PASSWORD = 'tangerine-Glacier-41-orbit';

/** `npm run admin:invite -- …` as an operator types it, with this environment only. */
function adminInvite(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { PATH, HOME, LANG, TZ } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'admin:invite', '--', ...args], { cwd: WORKSPACE, env: { PATH, HOME, LANG, TZ, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Issue 16: a real team's first admin, in production on a fresh embedded database, with nothing
 * but the documented command (no SQL, no demo).
 */
describe('the first admin of a production Lifeboat (npm run admin:invite, embedded database)', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess | undefined;
  const env = () => ({ NODE_ENV: 'production', LIFEBOAT_DEMO: 'false', LIFEBOAT_JWT_SECRET: 'e2e-first-admin-'.padEnd(48, 'x'), LIFEBOAT_DATA_DIR: dataDir });

  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-first-admin-'))));
  afterAll(async () => {
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('invites, refuses while the api holds the folder, and the invited admin accepts over GraphQL and signs in as admin', async () => {
    const refused = await adminInvite(['--email', 'not-an-email'], env());
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('Nothing invited: --email "not-an-email": email must be an email address.');

    const invited = await adminInvite(['--email', 'ada@example.com', '--name', 'Ada Admin', '--url', 'https://crm.example.com'], env());
    expect(invited.stderr).toBe('');
    expect(invited.code).toBe(0);
    expect(invited.stdout).toContain('Invited Ada Admin <ada@example.com> as admin (en)');
    const token = /https:\/\/crm\.example\.com\/invitation\/([A-Za-z0-9_-]{20,})/.exec(invited.stdout)?.[1];
    expect(token).toBeDefined();

    lifeboat = await startLifeboatProcess(env());
    // Nobody can sign in as admin yet: the api says how to get one, without any secret.
    // The line is written once the api has checked its users, which may come just after /health answers.
    const line = 'No admin can sign in yet: invite one with `npm run admin:invite';
    for (let waited = 0; waited < 15_000 && !lifeboat.output().includes(line); waited += 200) await new Promise((r) => setTimeout(r, 200));
    expect(lifeboat.output()).toContain(line);
    expect(lifeboat.output()).not.toContain(token!);

    const busy = await adminInvite(['--email', 'grace@example.com'], env());
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/is in use by another Lifeboat process \(pid \d+ on .+\): PGlite is opened by one process at a time\. Stop that process \(the api\) first/);

    const accepted = await gql<{ acceptInvitation: { user: { email: string; role: string } } }>(
      lifeboat.url,
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email role } } }`,
      { input: { invitationToken: token, password: PASSWORD } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toEqual({ email: 'ada@example.com', role: 'admin' });
    await signInAs(lifeboat.url, 'ada@example.com', PASSWORD);
    const me = await gql<{ me: { role: string; name: string } }>(lifeboat.url, `{ me { role name } }`);
    expect(me.data?.me).toEqual({ role: 'admin', name: 'Ada Admin' });
    // grace@ was refused above: nothing of her was written.
    const users = await gql<{ users: { totalCount: number } }>(lifeboat.url, `{ users { totalCount } }`);
    expect(users.data?.users.totalCount).toBe(1);
    // Three runs of the command (ts-node, about 15 s each on a busy machine) and a start.
  }, 300_000);
});
