import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, gql, LifeboatProcess, signInAs, startLifeboatProcess } from '../support/lifeboat-process';

const CAMPAIGNS = `{ campaigns { edges { node { id name } } } }`;
const STATUS = `query($id: ID!) { accountImport(id: $id) { status rowsDone totalRows insertedCount failedCount } }`;

/**
 * Issue 17, finding 6: `npm start` (PGlite in the process, jobs in process) stopped with SIGTERM in
 * the middle of an import exits promptly (the import stops between two chunks), and the next start
 * finishes the import from its last committed chunk: every row in once.
 */
describe('SIGTERM during an embedded import', () => {
  let dataDir: string;
  let lifeboat: LifeboatProcess | null = null;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeboat-e2e-shutdown-'));
  });

  afterAll(async () => {
    await lifeboat?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits within 10 s, and the next start completes the import with every row once', async () => {
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    let token = await signInAs(lifeboat.url, 'marc@lifeboat.demo');
    const campaigns = await gql<{ campaigns: { edges: Array<{ node: { id: string; name: string } }> } }>(lifeboat.url, CAMPAIGNS);
    const campaignId = campaigns.data!.campaigns.edges[0].node.id;
    const rows = 40_000;
    let csv = 'name,segment,countries,monthlySpend,externalRef\n';
    for (let i = 0; i < rows; i++) csv += `Shutdown ${i},smb_web,FR,${i % 500},SHUT-${i}\n`;
    const submitted = await fetch(`${lifeboat.url}/imports/${campaignId}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as { id: string };
    const url = lifeboat.url;
    const first = lifeboat;
    // A poll whose connection was reset is asked again (seen here: read ECONNRESET on a kept-alive socket, when the process was held).
    await eventually(async () => {
      if (first.child.exitCode !== null) throw new Error(`Lifeboat stopped on its own:\n${first.output().slice(-3000)}`);
      const res = await gql<{ accountImport: { status: string; rowsDone: number } }>(url, STATUS, { id }).catch(() => null);
      return res?.data?.accountImport.status === 'running' && res.data.accountImport.rowsDone > 0;
    }, 60_000);

    const asked = Date.now();
    lifeboat.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => {
      const child = lifeboat!.child;
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.on('exit', (c) => resolve(c));
    });
    const seconds = (Date.now() - asked) / 1000;
    expect({ code, within10s: seconds <= 10 }).toEqual({ code: 0, within10s: true });

    // Started again on the same data: the import goes on from its last committed chunk.
    lifeboat = await startLifeboatProcess({ LIFEBOAT_DATA_DIR: dataDir });
    token = await signInAs(lifeboat.url, 'marc@lifeboat.demo');
    const again = lifeboat.url;
    const second = lifeboat;
    const done = await eventually(async () => {
      if (second.child.exitCode !== null || second.child.signalCode !== null) throw new Error(`Lifeboat stopped (${second.child.exitCode ?? second.child.signalCode})`);
      const res = await gql<{ accountImport: { status: string; rowsDone: number; insertedCount: number; failedCount: number } }>(again, STATUS, { id }).catch(() => null);
      if (!res) return null;
      const p = res.data?.accountImport;
      return p && (p.status === 'completed' || p.status === 'failed') ? p : null;
    }, 240_000).catch((error: unknown) => {
      throw new Error(`${String(error)}:\n${second.output().slice(-3000)}`);
    });
    expect(done).toEqual({ status: 'completed', rowsDone: rows, totalRows: rows, insertedCount: rows, failedCount: 0 });
    expect(token).toBeTruthy();
  }, 400_000);
});
