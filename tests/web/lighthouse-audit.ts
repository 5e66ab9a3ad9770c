import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * Lighthouse's accessibility audit of Lifeboat's main pages (issue #9), shared by
 * `npm run audit:a11y` (tools/a11y/audit.ts) and the browser test
 * (tests/web/accessibility.e2e.spec.ts): one Lighthouse run per page, accessibility only.
 *
 * The sign-in page is audited signed out; then Alice (a rep) signs in through the page and her
 * pages are audited in the same tab (the session stays in localStorage: no storage reset); then
 * Manon (a manager) signs in for the dashboard. The browser work is lighthouse-runner.mjs's.
 */

export interface FailingAudit {
  id: string;
  title: string;
  items: string[];
}

export interface PageAudit {
  page: string;
  url: string;
  finalUrl: string;
  score: number;
  failing: FailingAudit[];
}

/** Lighthouse is an ES module: it runs in tools/a11y/lighthouse-runner.mjs, spawned with the plan. */
const RUNNER = join(__dirname, '../../tools/a11y/lighthouse-runner.mjs');
const PASSWORD = 'lifeboat';

async function gql<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The account page and the proposal builder need ids: Euronext, and a fresh draft proposal on its deal. */
async function demoIds(baseUrl: string): Promise<{ accountId: string; proposalId: string }> {
  const { login } = await gql<{ login: { accessToken: string } }>(baseUrl, null, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: 'alice@lifeboat.demo', password: PASSWORD },
  });
  const token = login.accessToken;
  const { accounts } = await gql<{ accounts: { edges: Array<{ node: { id: string; currentOpportunity: { id: string } | null } }> } }>(
    baseUrl,
    token,
    `{ accounts(search: "Euronext", first: 1) { edges { node { id currentOpportunity { id } } } } }`,
  );
  const account = accounts.edges[0]?.node;
  if (!account?.currentOpportunity) throw new Error('The demo has no Euronext deal: is this the demo scenario?');
  const { draftProposal } = await gql<{ draftProposal: { proposal: { id: string } } }>(
    baseUrl,
    token,
    `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id } } }`,
    { input: { opportunityId: account.currentOpportunity.id, discountPercent: 5 } },
  );
  return { accountId: account.id, proposalId: draftProposal.proposal.id };
}

type Step = { signIn: string; password: string } | { signOut: true } | { audit: Array<[string, string]> };

function runLighthouse(plan: { baseUrl: string; chromium: string; steps: Step[] }): Promise<PageAudit[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [RUNNER, JSON.stringify(plan)], { maxBuffer: 16 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`Lighthouse failed: ${error.message}\n${stderr}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '[]'));
      } catch {
        reject(new Error(`Lighthouse printed no result:\n${stdout}\n${stderr}`));
      }
    });
  });
}

/** Audits the main pages of the Lifeboat at `baseUrl` (the demo scenario), one Lighthouse run per page. */
export async function auditMainPages(baseUrl: string, opts: { chromium: string }): Promise<PageAudit[]> {
  const { accountId, proposalId } = await demoIds(baseUrl);
  return runLighthouse({
    baseUrl,
    chromium: opts.chromium,
    steps: [
      { audit: [['sign-in', '/sign-in']] },
      { signIn: 'alice@lifeboat.demo', password: PASSWORD },
      {
        audit: [
          ['my queue', '/'],
          ['account page', `/accounts/${encodeURIComponent(accountId)}`],
          ['board', '/pipeline'],
          ['accounts table', '/accounts'],
          ['proposal builder', `/proposals/${encodeURIComponent(proposalId)}`],
        ],
      },
      { signOut: true },
      { signIn: 'manon@lifeboat.demo', password: PASSWORD },
      {
        audit: [
          ['dashboard', '/dashboard'],
          ['migrations', '/migrations'],
          ['imports', '/imports'],
        ],
      },
    ],
  });
}

/** A table for a terminal: page, score, failing audits (then each failing audit's elements). */
export function formatAudits(audits: PageAudit[]): string {
  const rows = audits.map((a) => [a.page, String(Math.round(a.score * 100)), a.failing.map((f) => f.id).join(', ') || '—']);
  const header = ['page', 'score', 'failing audits'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const details = audits.flatMap((a) => a.failing.map((f) => `\n${a.page} · ${f.id}: ${f.title}${f.items.map((i) => `\n    ${i}`).join('')}`));
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + details.join('');
}
