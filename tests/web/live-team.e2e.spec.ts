import { demoInChromium } from '../support/demo-in-chromium';
import type { Page } from 'playwright-core';
import { describeWith } from '../support/services';
import { gql, signInAs } from '../support/lifeboat-process';
import { signIn } from './sign-in';

/**
 * A team works together: what a teammate changes shows on the others' screens within a second or
 * two, over the graphql-ws subscriptions, without a reload and without polling.
 */
type Deal = { id: string; version: number; stage: string; account: { id: string; name: string } };
const DEALS = `query($ownerId: ID) { opportunities(first: 200, stage: identified, ownerId: $ownerId) { edges { node { id version stage account { id name } } } } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id stage version } } }`;

/** Within this long a change must be on the other screens (the 2 s, with room for a loaded CI machine). */
const LIVE_WITHIN_MS = 5_000;

async function requestsWhileIdle(page: Page, ms: number): Promise<string[]> {
  const seen: string[] = [];
  const listener = (request: { url(): string; method(): string; postData(): string | null }) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') seen.push(JSON.parse(request.postData() ?? '{}').operationName ?? '?');
  };
  page.on('request', listener);
  await page.waitForTimeout(ms);
  page.off('request', listener);
  return seen;
}

describeWith(['chromium'], 'a live team', () => {
  const suite = demoInChromium();

  it("manon's board and the account page follow alice's move without a reload", async () => {
    await signInAs(suite.lifeboat.url, 'alice@lifeboat.demo');
    const me = await gql<{ me: { id: string } }>(suite.lifeboat.url, '{ me { id } }');
    // One of alice's own deals, still to be contacted.
    const deals = await gql<{ opportunities: { edges: Array<{ node: Deal }> } }>(suite.lifeboat.url, DEALS, { ownerId: me.data?.me.id });
    const deal = deals.data?.opportunities.edges.map((e) => e.node)[0];
    expect(deal).toBeDefined();
    if (!deal) return;

    const board = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(board, suite.lifeboat.url, 'manon@lifeboat.demo', 'lifeboat', '/pipeline');
    const identified = board.locator('[data-stage="identified"]');
    const contacted = board.locator('[data-stage="contacted"]');
    await identified.getByRole('listitem').filter({ hasText: deal.account.name }).first().waitFor();

    const account = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(account, suite.lifeboat.url, 'bruno@lifeboat.demo', 'lifeboat', `/accounts/${encodeURIComponent(deal.account.id)}`);
    await account.getByRole('heading', { level: 1, name: deal.account.name }).waitFor();

    // Nothing is read again while nothing happens: the screens wait for events, they do not poll. An
    // event in the window (a notification from the demo's own jobs, late under load: CI saw one
    // "Notifications" read) is answered with one read; a screen that polls reads in every window.
    let idle = await requestsWhileIdle(board, 2_500);
    if (idle.length > 0) idle = await requestsWhileIdle(board, 2_500);
    expect(idle).toEqual([]);

    const moved = await gql<{ moveOpportunity: { opportunity: { stage: string } } }>(suite.lifeboat.url, MOVE, {
      input: { opportunityId: deal.id, expectedVersion: deal.version, stage: 'contacted' },
    });
    expect(moved.errors).toBeUndefined();

    await contacted.getByRole('listitem').filter({ hasText: deal.account.name }).first().waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await identified.getByRole('listitem').filter({ hasText: deal.account.name }).count()).toBe(0);
    // The account page shows the deal in its new stage (its timeline records the move).
    await account.getByText(/contacted|Contacted/).first().waitFor({ timeout: LIVE_WITHIN_MS });
  });
});
