import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as ts from 'typescript';
import { auditLayout, settled, type LayoutFinding } from './layout-audit';
import { gql, signInAs } from './lifeboat-process';
import { signIn } from '../web/sign-in';

export const SCREENSHOTS = join(__dirname, '../../tmp/visual');
export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
export type Language = 'en' | 'fr';
export type Role = 'rep' | 'manager' | 'admin' | 'public';

/** Who uses which page in the demo (password `lifeboat`); `public` pages are opened signed out. */
export const USERS: Record<Exclude<Role, 'public'>, string> = {
  rep: 'alice@lifeboat.demo',
  manager: 'manon@lifeboat.demo',
  admin: 'admin@lifeboat.demo',
};

/** The demo's records the pages show: made or looked up through the api before the tour. */
export interface DemoRecords {
  accountId: string;
  rivalId: string;
  /** A sent proposal (its page, its print) and its acceptance path. */
  proposalId: string;
  acceptancePath: string;
  invitationToken: string;
  /** AMEN's customer collective (its page, as an admin) and a personal offer's public path. */
  collectiveId: string;
  offerPath: string;
}

export interface TourPage {
  name: string;
  role: Role;
  path: (ids: DemoRecords) => string;
  /** Elements that must all be in view, left to right, on a desktop (the pipeline's columns). */
  inViewOnDesktop?: string;
}

/** Every page of the web app (apps/web/src/app/router.tsx), as the role that uses it. */
export const PAGES: TourPage[] = [
  { name: 'sign-in', role: 'public', path: () => '/sign-in' },
  { name: 'acceptance', role: 'public', path: (ids) => ids.acceptancePath },
  { name: 'invitation', role: 'public', path: (ids) => `/invitation/${ids.invitationToken}` },
  { name: 'queue', role: 'rep', path: () => '/' },
  { name: 'accounts', role: 'rep', path: () => '/accounts' },
  { name: 'account', role: 'rep', path: (ids) => `/accounts/${ids.accountId}` },
  { name: 'outage-evidence', role: 'rep', path: (ids) => `/accounts/${ids.accountId}/outage-evidence` },
  { name: 'pipeline', role: 'rep', path: () => '/pipeline', inViewOnDesktop: 'section[data-stage]' },
  { name: 'rivals', role: 'rep', path: () => '/rivals' },
  { name: 'rival', role: 'rep', path: (ids) => `/rivals/${ids.rivalId}` },
  // A manager sees the forms too: shutdown scenarios, feeds, outages (issue #22).
  { name: 'rival-manager', role: 'manager', path: (ids) => `/rivals/${ids.rivalId}` },
  { name: 'proposal', role: 'rep', path: (ids) => `/proposals/${ids.proposalId}` },
  { name: 'proposal-print', role: 'rep', path: (ids) => `/proposals/${ids.proposalId}/print` },
  { name: 'dashboard', role: 'manager', path: () => '/dashboard' },
  { name: 'approvals', role: 'manager', path: () => '/approvals' },
  { name: 'imports', role: 'manager', path: () => '/imports' },
  { name: 'migrations', role: 'manager', path: () => '/migrations' },
  // Issue #21: collectives, personal offers (a batch prepared below) and outreach.
  { name: 'collectives', role: 'manager', path: () => '/collectives' },
  { name: 'collective', role: 'admin', path: (ids) => `/collectives/${ids.collectiveId}` },
  { name: 'offer', role: 'public', path: (ids) => ids.offerPath },
  { name: 'offers', role: 'manager', path: () => '/offers' },
  { name: 'outreaches', role: 'manager', path: () => '/outreaches' },
  { name: 'admin-users', role: 'admin', path: () => '/admin/users' },
  { name: 'admin-rivals', role: 'admin', path: () => '/admin/rivals' },
  { name: 'admin-campaigns', role: 'admin', path: () => '/admin/campaigns' },
  { name: 'admin-api-keys', role: 'admin', path: () => '/admin/api-keys' },
  { name: 'admin-webhooks', role: 'admin', path: () => '/admin/webhooks' },
];

async function must<T>(res: Promise<{ data?: T; errors?: unknown }>, what: string): Promise<T> {
  const { data, errors } = await res;
  if (!data) throw new Error(`${what}: ${JSON.stringify(errors)}`);
  return data;
}

/**
 * Prepares what the pages show beyond the demo's own data: a proposal sent to Euronext (proposal page, print, the
 * customer's page), one waiting for a manager's approval (Cybercartes, 15 %), and an invitation.
 */
export async function prepareDemoRecords(url: string): Promise<DemoRecords> {
  const accountsOf = async (search: string) => {
    const data = await must(
      gql<{ accounts: { edges: Array<{ node: { id: string; currentOpportunity: { id: string } | null } }> } }>(
        url,
        `query($search: String) { accounts(search: $search, first: 1) { edges { node { id currentOpportunity { id } } } } }`,
        { search },
      ),
      `account ${search}`,
    );
    const node = data.accounts.edges[0]?.node;
    if (!node?.currentOpportunity) throw new Error(`the demo has no open deal for ${search}`);
    return { id: node.id, opportunityId: node.currentOpportunity.id };
  };
  const draft = async (opportunityId: string, discountPercent: number) => {
    const data = await must(
      gql<{ draftProposal: { proposal: { id: string; version: number } } }>(
        url,
        `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`,
        { input: { opportunityId, discountPercent } },
      ),
      'draftProposal',
    );
    const { id, version } = data.draftProposal.proposal;
    const submitted = await must(
      gql<{ submitProposal: { proposal: { version: number } } }>(
        url,
        `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { version } } }`,
        { input: { proposalId: id, expectedVersion: version } },
      ),
      'submitProposal',
    );
    return { id, version: submitted.submitProposal.proposal.version };
  };
  // A webhook with a long address and an API key for the admin's pages (set first: the proposal sent below makes a delivery).
  await signInAs(url, USERS.admin);
  await must(
    gql(url, `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`, {
      input: {
        url: 'https://crm-integration.euronext-operations.example.com/lifeboat/v2/events/incoming?tenant=kpnqwest-rescue',
        events: ['proposal_sent', 'opportunity_won', 'opportunity_moved'],
        description: 'Our BI team’s event feed',
      },
    }),
    'createWebhook',
  );
  await must(gql(url, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, { input: { name: 'BI export, nightly', scopes: ['read', 'webhooks'] } }), 'createApiKey');
  await signInAs(url, USERS.rep);
  const euronext = await accountsOf('Euronext');
  const proposal = await draft(euronext.opportunityId, 5);
  const sent = await must(
    gql<{ sendProposal: { acceptancePath: string } }>(
      url,
      `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath } }`,
      { input: { proposalId: proposal.id, expectedVersion: proposal.version } },
    ),
    'sendProposal',
  );
  await draft((await accountsOf('Cybercartes')).opportunityId, 15);
  // A batch of personal offers for the offers page (the manager sends them; a job writes them).
  await signInAs(url, USERS.manager);
  const campaigns = await must(gql<{ campaigns: { edges: Array<{ node: { id: string; name: string } }> } }>(url, `{ campaigns { edges { node { id name } } } }`), 'campaigns');
  const kpn = campaigns.campaigns.edges.find((e) => e.node.name.startsWith('KPNQwest')) ?? campaigns.campaigns.edges[0];
  await must(
    gql(url, `mutation($input: GeneratePersonalOffersInput!) { generatePersonalOffers(input: $input) { count } }`, {
      input: { campaignId: kpn.node.id, filter: { segment: 'hosting' }, discountPercent: 10, termMonths: 12, validityDays: 10 },
    }),
    'generatePersonalOffers',
  );
  // The batch's job writes the offers: the first account's link (its manager reads it) opens the public page.
  let offerPath: string | null = null;
  for (let i = 0; i < 100 && !offerPath; i++) {
    const page = await must(
      gql<{ accounts: { edges: Array<{ node: { personalOffers: { edges: Array<{ node: { link: string | null } }> } } }> } }>(
        url,
        `{ accounts(first: 50) { edges { node { personalOffers(first: 1) { edges { node { link } } } } } } }`,
      ),
      'personalOffers',
    );
    const link = page.accounts.edges.map((e) => e.node.personalOffers.edges[0]?.node.link).find((l): l is string => !!l);
    if (link) offerPath = new URL(link, url).pathname;
    else await new Promise((r) => setTimeout(r, 200));
  }
  if (!offerPath) throw new Error('no personal offer was written for the tour');
  const rivals = await must(gql<{ rivals: { edges: Array<{ node: { id: string; name: string } }> } }>(url, `{ rivals { edges { node { id name } } } }`), 'rivals');
  const rival = rivals.rivals.edges.find((e) => e.node.name === 'KPNQwest') ?? rivals.rivals.edges[0];
  await signInAs(url, USERS.admin);
  const all = await must(gql<{ campaigns: { edges: Array<{ node: { id: string; name: string } }> } }>(url, `{ campaigns { edges { node { id name } } } }`), 'campaigns');
  const amen = all.campaigns.edges.find((e) => e.node.name.includes('AMEN'));
  if (!amen) throw new Error('the demo has no AMEN campaign');
  const collectives = await must(
    gql<{ collectives: { edges: Array<{ node: { id: string } }> } }>(url, `query($c: ID!) { collectives(campaignId: $c) { edges { node { id } } } }`, { c: amen.node.id }),
    'collectives',
  );
  const collectiveId = collectives.collectives.edges[0]?.node.id;
  if (!collectiveId) throw new Error('the demo has no collective');
  const invited = await must(
    gql<{ inviteUser: { invitationToken: string } }>(
      url,
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken } }`,
      { input: { email: 'newcomer@lifeboat.demo', name: 'Nora Newcomer', role: 'rep' } },
    ),
    'inviteUser',
  );
  return {
    accountId: euronext.id,
    rivalId: rival.node.id,
    proposalId: proposal.id,
    acceptancePath: sent.sendProposal.acceptancePath,
    invitationToken: invited.inviteUser.invitationToken,
    collectiveId,
    offerPath,
  };
}

type Messages = { [key: string]: string | Messages };

/** The web app's messages in `language`, read from its source file as data (the tests import nothing of the app). */
function messages(language: Language): Messages {
  const source = readFileSync(join(__dirname, `../../apps/web/src/lib/i18n/locales/${language}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const module = { exports: {} as Record<string, Messages> };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, () => ({}));
  const found = module.exports[language];
  if (!found) throw new Error(`${language}.ts exports no \`${language}\``);
  return found;
}
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * English phrases that must not show on a French page: the parts of en.ts's messages between placeholders, of three
 * words or more (or one long capitalised word: a badge, a button), whose French differs and which no French message contains (so names such as
 * "Lifeboat" or "Pipeline", used in both, are left out).
 */
export function englishPhrases(): string[] {
  const english = flatten(messages('en'));
  const french = flatten(messages('fr'));
  const allFrench = [...french.values()].join('\n').toLowerCase();
  const phrases = new Set<string>();
  for (const [key, value] of english) {
    if (french.get(key) === value) continue;
    for (const part of value.split(/\{\{[^}]*\}\}|<\/?\w+>|[\n:;?!()«»“”"…]/)) {
      const phrase = part.trim().replace(/[.,–—-]+$/, '').trim();
      const words = phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      const long = words.length >= 3 ? phrase.length >= 12 : phrase.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(phrase);
      if (long && !allFrench.includes(phrase.toLowerCase())) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** A finding with where it was seen. */
export interface SeenFinding extends LayoutFinding {
  page: string;
  language: Language;
  size: keyof typeof SIZES;
}

export const describeFinding = (f: SeenFinding | (Omit<SeenFinding, 'where'> & { where: string })) => `${f.page} · ${f.language} · ${f.size} · ${f.kind}: ${f.where}`;

/** Goes to `path` inside the running app (the router follows the history), the current page's title marked stale. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    document.querySelectorAll('h1').forEach((h1) => h1.setAttribute('data-visual-stale', ''));
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.scrollTo(0, 0);
  }, path);
}

/**
 * Visits each page of `role` in `language` at both sizes with one signed-in page, screenshots it under tmp/visual/ and
 * measures it; returns what it found (page errors and console errors included).
 */
export async function tour(browser: Browser, url: string, role: Role, language: Language, ids: DemoRecords, phrases: string[]): Promise<SeenFinding[]> {
  const context = await browser.newContext({ viewport: SIZES.desktop, locale: language === 'fr' ? 'fr-FR' : 'en-GB', reducedMotion: 'reduce' });
  await context.addInitScript((lang) => window.localStorage.setItem('lifeboat.language', lang), language);
  const page = await context.newPage();
  const findings: SeenFinding[] = [];
  let current = { page: 'sign-in', language, size: 'desktop' as keyof typeof SIZES };
  page.on('pageerror', (e) => findings.push({ ...current, kind: 'page error', where: e.message }));
  page.on('console', (m) => {
    if (m.type() === 'error') findings.push({ ...current, kind: 'console error', where: m.text() });
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    if (role !== 'public') await signIn(page, url, USERS[role]);
    let first = true;
    for (const visit of PAGES.filter((p) => p.role === role)) {
      for (const size of Object.keys(SIZES) as Array<keyof typeof SIZES>) {
        current = { page: visit.name, language, size };
        await page.setViewportSize(SIZES[size]);
        if (size === 'desktop') {
          // The first page loads the app; the next ones are reached inside it, as a user's click does (much faster).
          if (first) await page.goto(url + visit.path(ids));
          else await navigateInApp(page, visit.path(ids));
          first = false;
          await page.locator('h1:not([data-visual-stale])').first().waitFor();
        }
        await settled(page);
        await page.screenshot({ path: join(SCREENSHOTS, `${visit.name}-${language}-${size}.png`), fullPage: true });
        const found = await page.evaluate(auditLayout, { englishPhrases: language === 'fr' ? phrases : [] });
        findings.push(...found.map((f) => ({ ...f, ...current })));
        if (visit.inViewOnDesktop && size === 'desktop') {
          const cut = await page.$$eval(visit.inViewOnDesktop, (els) =>
            els.filter((el) => el.getBoundingClientRect().right > window.innerWidth || el.getBoundingClientRect().left < 0).map((el) => el.textContent?.slice(0, 40) ?? ''),
          );
          findings.push(...cut.map((text) => ({ ...current, kind: 'cut off at the edge' as const, where: `${visit.inViewOnDesktop} "${text}"` })));
        }
      }
    }
  } finally {
    await context.close();
  }
  return findings;
}
