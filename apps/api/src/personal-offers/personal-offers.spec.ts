import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, signIn, clientFor } from '../testing/auth';
import { toGlobalId } from '../common/graphql/global-id';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { offerLinkToken } from './offer-link';
import { PersonalOffersService } from './personal-offers.service';
import { toCollectiveGlobalId } from '../collectives/collective-id';
import { MIGRATIONS } from '../database/migrations';
import { PersonalOffers1795490000013 } from '../database/migrations/1795490000013-personal-offers';

const DAY = 24 * 3600 * 1000;
const GENERATE = `mutation($input: GeneratePersonalOffersInput!) { generatePersonalOffers(input: $input) { count batch { id status approvalLevel } } }`;
const BATCHES = `query($campaignId: ID!) { personalOfferBatches(campaignId: $campaignId) { edges { node { id status discountPercent progress { generated opened accepted expired } } } } }`;
const BATCH_PAGE = `query($campaignId: ID!, $first: Int, $after: String) { personalOfferBatches(campaignId: $campaignId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id createdAt } } } }`;
const OFFER = `query($token: String!) { personalOfferByToken(token: $token) { status customerName currency discountPercent termMonths
  lines { serviceKind quantity monthlyUnitPrice { amount } } monthlyTotal { amount }
  weeks { weekStart cutoverAt switchCredit { amount { amount } prepaidDaysRemaining } totals { monthlyTotal { amount } totalOverTerm { amount } } } } }`;
const ACCEPT = `mutation($input: AcceptPersonalOfferInput!) { acceptPersonalOffer(input: $input) { offer { status cutoverAt acceptedTotals { monthlyTotal { amount } switchCredit { amount } } } } }`;

type Errors = { errors?: Array<{ message: string; extensions?: Record<string, any> }> };

/**
 * Personal offers at scale (issue #21, part 2), on embedded PGlite or a PostgreSQL server
 * (LIFEBOAT_TEST_DB=server). On the embedded database the single connection serialises the
 * concurrent acceptances; on a server the (campaign, week) slot lock does: the same assertions hold.
 */
describe('personal offers: generated from pre-approved terms, accepted alone with a cutover week that has capacity left', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignId: string;
  const tokens: Record<string, string> = {};
  let key: string | undefined;

  const { gql, must } = clientFor(() => lifeboat.url, tokens);
  const batchesOf = async (who: string) => (await must(who, BATCHES, { campaignId: campaign() })).personalOfferBatches.edges.map((e: any) => e.node);
  const one = async <T = any>(sql: string, params: unknown[] = []): Promise<T> => (await ds.query(sql, params))[0];
  const campaign = () => toGlobalId('Campaign', campaignId);
  /** An account of the campaign buying `services` from the rival, with its open deal (as every account has) unless `openDeal` is false. */
  const account = async (name: string, services: Array<[string, number, number]>, prepaidUntil: Date | null = null, openDeal = true) => {
    const [{ id }] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, prepaid_until) VALUES ($1, $2, $3, 'smb_web', $4, $5) RETURNING id`,
      [campaignId, name, normalizeAccountName(name), services.reduce((s, [, , cost]) => s + cost, 0), prepaidUntil],
    );
    if (openDeal) await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now())`, [id, campaignId]);
    for (const [i, [kind, quantity, cost]] of services.entries()) {
      await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, $2, $3, $4, $5)`, [id, kind, quantity, cost, i]);
    }
    return id as string;
  };
  const relay = () => lifeboat.app.get(OutboxRelay);
  const waitForBatch = async (id: string) => {
    for (let i = 0; i < 400; i++) {
      await relay().flush();
      const b = await one(`SELECT status FROM personal_offer_batch WHERE id = $1`, [id]);
      if (b.status === 'completed') return;
      await relay().retryNow();
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the batch was not written');
  };
  // The key is read once the first batch was written: the job finds it first, inside its transaction (on the embedded
  // database, reading it outside would wait for that transaction forever: the whole app hung).
  const tokenOf = async (accountId: string) => {
    key ??= await lifeboat.app.get(PersonalOffersService).key();
    return offerLinkToken(key, (await one(`SELECT id FROM personal_offer WHERE account_id = $1`, [accountId])).id);
  };
  const signer = { signerName: 'Julie Martin', signerTitle: 'Gérante', signerEmail: 'julie@example.test', consent: true };
  const expectBadInput = (res: Errors, field: string, reason: string) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason })]));
  };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('AMEN', 'FR', 'distressed', $1) RETURNING id`, [
      new Date(Date.now() + 20 * DAY),
    ]);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name, settings) VALUES ($1, 'AMEN rescue', $2::jsonb) RETURNING id`, [
      rival.id,
      JSON.stringify({ weeklyMigrationCapacity: 40 }),
    ]);
    const marc = await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [campaignId] });
    const chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignId] });
    for (const [name, u] of Object.entries({ marc, chloe })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(() => lifeboat.close());

  let boulangerie: string;

  it('counts (dryRun), then writes one offer per account that buys from the rival, from pre-approved terms, in a job; audited', async () => {
    boulangerie = await account('Boulangerie Dupont', [['web_hosting', 2, 3_000], ['vpn', 1, 10_000]], new Date(Date.now() + 90 * DAY));
    await account('Atelier du Bois', [['web_hosting', 1, 2_000]]);
    await account('Sans services', []);
    // Already won, or lost: out of play, no offer.
    await account('Déjà client', [['web_hosting', 1, 2_000]], null, false).then((id) =>
      ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'won', now())`, [id, campaignId]),
    );
    await account('Parti ailleurs', [['web_hosting', 1, 2_000]], null, false).then((id) =>
      ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at, lost_reason) VALUES ($1, $2, 'lost', now(), 'price')`, [id, campaignId]),
    );
    const input = { campaignId: campaign(), filter: {}, discountPercent: 15, termMonths: 12, validityDays: 7 };

    expect((await must('marc', GENERATE, { input: { ...input, dryRun: true } })).generatePersonalOffers).toEqual({ count: 2, batch: null });
    expect(Number((await one(`SELECT count(*) AS n FROM personal_offer_batch`)).n)).toBe(0);

    // A rep may not, and a manager may not pre-approve beyond the manager limit (25 %).
    expect((await gql('chloe', GENERATE, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expectBadInput(await gql('marc', GENERATE, { input: { ...input, discountPercent: 30 } }), 'input.discountPercent', expect.any(String) as unknown as string);

    const started = (await must('marc', GENERATE, { input })).generatePersonalOffers;
    expect(started).toMatchObject({ count: 2, batch: { status: 'queued', approvalLevel: 'manager' } });
    await waitForBatch(started.batch.id);
    expect(Number((await one(`SELECT count(*) AS n FROM personal_offer`)).n)).toBe(2);
    expect((await one(`SELECT count(*)::int AS n FROM audit_entry WHERE action IN ('personal_offers.requested', 'personal_offers.generated')`)).n).toBe(2);
    // The token is never stored: only its hash.
    const row = await one(`SELECT token_hash FROM personal_offer WHERE account_id = $1`, [boulangerie]);
    expect(row.token_hash).not.toBe(await tokenOf(boulangerie));

    // Idempotent: the same list again gets nobody a second offer; the job run again writes nothing.
    expectBadInput(await gql('marc', GENERATE, { input }), 'input.filter', 'no account to offer');
    expect(await lifeboat.app.get(PersonalOffersService).runBatch(ds.manager, started.batch.id)).toEqual({ skipped: true });
    expect(Number((await one(`SELECT count(*) AS n FROM personal_offer`)).n)).toBe(2);

    const batches = (await batchesOf('marc'));
    expect(batches).toEqual([{ id: started.batch.id, status: 'completed', discountPercent: 15, progress: { generated: 2, opened: 0, accepted: 0, expired: 0 } }]);
    expect((await gql('chloe', BATCHES, { campaignId: campaign() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the customer its lines, the discount, and for each week with capacity its switch credit (public, no sign-in); counts the opening', async () => {
    const token = await tokenOf(boulangerie);
    const offer = (await must(null, OFFER, { token })).personalOfferByToken;
    expect(offer).toMatchObject({ status: 'open', customerName: 'Boulangerie Dupont', currency: 'EUR', discountPercent: 15, termMonths: 12 });
    expect(offer.lines).toEqual([
      { serviceKind: 'web_hosting', quantity: 2, monthlyUnitPrice: { amount: 1_500 } },
      { serviceKind: 'vpn', quantity: 1, monthlyUnitPrice: { amount: 10_000 } },
    ]);
    expect(offer.monthlyTotal.amount).toBe(13_000 - 1_950);
    expect(offer.weeks.length).toBeGreaterThanOrEqual(2);
    // Prepaid 90 days ahead: an earlier cutover gives a larger credit.
    expect(offer.weeks[0].switchCredit.amount.amount).toBeGreaterThan(offer.weeks[offer.weeks.length - 1].switchCredit.amount.amount);
    for (const w of offer.weeks) expect(new Date(w.cutoverAt).getTime()).toBeLessThanOrEqual(Date.now() + 20 * DAY);
    const batches = (await batchesOf('marc'));
    expect(batches[0].progress.opened).toBe(1);
    expect((await gql(null, OFFER, { token: 'f'.repeat(64) })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('accepts once, with the week picked; the link then answers "used", and nothing more is written', async () => {
    const token = await tokenOf(boulangerie);
    const offer = (await must(null, OFFER, { token })).personalOfferByToken;
    const week = offer.weeks[1];
    const accepted = (await must(null, ACCEPT, { input: { token, cutoverWeekStart: week.weekStart, ...signer } })).acceptPersonalOffer.offer;
    expect(accepted).toMatchObject({ status: 'accepted', cutoverAt: week.cutoverAt, acceptedTotals: { monthlyTotal: { amount: 11_050 }, switchCredit: { amount: week.switchCredit.amount.amount } } });
    const audits = async () => Number((await one(`SELECT count(*) AS n FROM audit_entry WHERE action = 'personal_offer.accepted'`)).n);
    expect(await audits()).toBe(1);
    // The plan is honoured: the deal is won at the offer's terms, the migration planned in the week picked, the signature on the timeline.
    expect(await one(`SELECT stage, monthly_value::int AS value, term_months FROM opportunity WHERE account_id = $1`, [boulangerie])).toEqual({ stage: 'won', value: 11_050, term_months: 12 });
    const migration = await one(`SELECT workload, target_cutover_at, status, proposal_id FROM migration WHERE account_id = $1`, [boulangerie]);
    expect(migration).toMatchObject({ workload: 3, status: 'planned', proposal_id: null });
    expect(new Date(migration.target_cutover_at).toISOString()).toBe(week.cutoverAt);
    expect((await one(`SELECT kind, body FROM activity WHERE account_id = $1 AND kind = 'signed'`, [boulangerie])).body).toContain('Julie Martin, Gérante, accepted the personal offer');
    expectBadInput(await gql(null, ACCEPT, { input: { token, cutoverWeekStart: week.weekStart, ...signer } }), 'token', 'used');
    expectBadInput(await gql(null, OFFER, { token }), 'token', 'used');
    expect(await audits()).toBe(1);
    expect((await batchesOf('marc'))[0].progress.accepted).toBe(1);
  });

  it('refuses an expired link, and a week that is not offered, writing nothing', async () => {
    const atelier = (await one(`SELECT id FROM account WHERE name = 'Atelier du Bois'`)).id;
    const token = await tokenOf(atelier);
    const offer = (await must(null, OFFER, { token })).personalOfferByToken;
    expectBadInput(await gql(null, ACCEPT, { input: { token, cutoverWeekStart: new Date(Date.now() + 400 * DAY).toISOString(), ...signer } }), 'input.cutoverWeekStart', 'not_offered');
    await ds.query(`UPDATE personal_offer SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [atelier]);
    expectBadInput(await gql(null, OFFER, { token }), 'token', 'expired');
    expectBadInput(await gql(null, ACCEPT, { input: { token, cutoverWeekStart: offer.weeks[0].weekStart, ...signer } }), 'token', 'expired');
    expect((await one(`SELECT status FROM personal_offer WHERE account_id = $1`, [atelier])).status).toBe('open');
    expect((await batchesOf('marc'))[0].progress.expired).toBe(1);
  });

  it('50 customers taking the last 10 units of a week at once: exactly 10 get it, the others are told the week filled and are offered the next weeks', async () => {
    // 50 one-unit customers in a new batch; the first week already holds 30 of its 40 units (a won customer's migration).
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(await account(`Client ${String(i).padStart(2, '0')}`, [['web_hosting', 1, 1_000]]));
    const started = (await must('marc', GENERATE, { input: { campaignId: campaign(), filter: { search: 'Client' }, discountPercent: 5, termMonths: 12, validityDays: 7 } }))
      .generatePersonalOffers;
    expect(started.count).toBe(50);
    await waitForBatch(started.batch.id);
    const tokensOf = await Promise.all(ids.map(tokenOf));
    const first = (await must(null, OFFER, { token: tokensOf[0] })).personalOfferByToken.weeks[0];
    const filler = await account('Gros client', [['hosting', 1, 1_000]], null, false);
    const [deal] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'won', now()) RETURNING id`, [filler, campaignId]);
    const load = await one(`SELECT coalesce(sum(workload), 0)::int AS n FROM migration WHERE status <> 'migrated' AND target_cutover_at >= $1 AND target_cutover_at < $1::timestamptz + interval '7 days'`, [
      first.weekStart,
    ]);
    await ds.query(`INSERT INTO migration (campaign_id, account_id, opportunity_id, workload, target_cutover_at) VALUES ($1, $2, $3, $4, $5)`, [
      campaignId,
      filler,
      deal.id,
      30 - load.n,
      first.cutoverAt,
    ]);

    const results = await Promise.all(tokensOf.map((token) => gql(null, ACCEPT, { input: { token, cutoverWeekStart: first.weekStart, ...signer } })));
    const won = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(won).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) {
      expectBadInput(r, 'input.cutoverWeekStart', 'full');
      expect(r.errors?.[0]?.message).toContain(new Date(first.weekStart).toISOString().slice(0, 10));
    }
    expect((await one(`SELECT count(*)::int AS n FROM personal_offer WHERE status = 'accepted' AND cutover_week_start = $1 AND batch_id = $2`, [first.weekStart, started.batch.id])).n).toBe(10);

    // A refused customer reloads its offer: the full week is gone, the next ones are there, and one of them takes it.
    const loser = tokensOf[results.findIndex((r) => r.errors)];
    const weeks = (await must(null, OFFER, { token: loser })).personalOfferByToken.weeks;
    expect(weeks.map((w: { weekStart: string }) => w.weekStart)).not.toContain(first.weekStart);
    expect(weeks.length).toBeGreaterThan(0);
    expect(new Date(weeks[0].weekStart).getTime()).toBeGreaterThan(new Date(first.weekStart).getTime());
    expect((await must(null, ACCEPT, { input: { token: loser, cutoverWeekStart: weeks[0].weekStart, ...signer } })).acceptPersonalOffer.offer.status).toBe('accepted');
  });

  it('generates for a collective’s members only; a filter and a collective at once is refused', async () => {
    const [{ id: collective }] = await ds.query(`INSERT INTO collective (campaign_id, name) VALUES ($1, 'Collectif AMEN') RETURNING id`, [campaignId]);
    const members = [await account('Membre Un', [['web_hosting', 1, 900]]), await account('Membre Deux', [['web_hosting', 1, 900]])];
    await account('Pas membre', [['web_hosting', 1, 900]]);
    for (const m of members) await ds.query(`INSERT INTO collective_member (account_id, collective_id, campaign_id) VALUES ($1, $2, $3)`, [m, collective, campaignId]);
    const input = { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collective), discountPercent: 10, termMonths: 12, validityDays: 7 };
    expectBadInput(await gql('marc', GENERATE, { input: { ...input, filter: {} } }), 'input.collectiveId', 'not with filter');
    expect((await must('marc', GENERATE, { input: { ...input, dryRun: true } })).generatePersonalOffers.count).toBe(2);
    const started = (await must('marc', GENERATE, { input })).generatePersonalOffers;
    await waitForBatch(started.batch.id);
    const offered: Array<{ account_id: string }> = await ds.query(`SELECT account_id FROM personal_offer WHERE batch_id = $1 ORDER BY account_id`, [started.batch.id]);
    expect(offered.map((o) => o.account_id)).toEqual([...members].sort());
  });

  it('shows an account its offers on its page; the link, which opens the offer, only to its owner and managers and only while open', async () => {
    const ACCOUNT_OFFERS = `query($id: ID!) { node(id: $id) { ... on Account { name personalOffers(first: 5) {
      totalCount edges { node { status discountPercent termMonths expiresAt openedAt cutoverWeekStart monthlyTotal { amount } link } } } } } }`;
    const [{ id: member }] = await ds.query(`SELECT id FROM account WHERE campaign_id = $1 AND name = 'Membre Un'`, [campaignId]);
    const chloeId = (await one(`SELECT id FROM app_user WHERE email = 'chloe@example.test'`)).id;
    await ds.query(`UPDATE account SET owner_id = $2 WHERE id = $1`, [member, chloeId]);
    const diane = await createUser(ds, { email: 'diane@example.test', role: 'rep', campaignIds: [campaignId] });
    const [other] = await ds.query(`INSERT INTO campaign (rival_id, name) SELECT rival_id, 'Other rescue' FROM campaign WHERE id = $1 RETURNING id`, [campaignId]);
    const kevin = await createUser(ds, { email: 'kevin@example.test', role: 'manager', campaignIds: [other.id] });
    tokens.diane = await signIn(lifeboat.url, diane.email, diane.password);
    tokens.kevin = await signIn(lifeboat.url, kevin.email, kevin.password);
    const id = toGlobalId('Account', member);
    const offersOf = async (who: string) => (await must(who, ACCOUNT_OFFERS, { id })).node.personalOffers;

    // Its owner and the manager get the link; it opens this very offer.
    const mine = await offersOf('chloe');
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({ status: 'open', discountPercent: 10, termMonths: 12, openedAt: null, cutoverWeekStart: null });
    const link: string = mine.edges[0].node.link;
    expect(link).toMatch(/\/offer\/[0-9a-f]{64}$/);
    expect((await offersOf('marc')).edges[0].node.link).toBe(link);
    const opened = (await must(null, OFFER, { token: link.split('/offer/')[1] })).personalOfferByToken;
    expect(opened).toMatchObject({ status: 'open', customerName: 'Membre Un' });
    expect((await offersOf('chloe')).edges[0].node.openedAt).not.toBeNull();
    // Another rep of the campaign reads the account (the team works together) but not the link.
    expect((await offersOf('diane')).edges[0].node).toMatchObject({ status: 'open', link: null });
    // Another campaign's manager: the account does not exist for them (node answers null, as for an unknown id).
    const outsider = await gql<any>('kevin', ACCOUNT_OFFERS, { id });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data?.node).toBeNull();
    // Past its validity: expired, no link for anyone.
    await ds.query(`UPDATE personal_offer SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [member]);
    expect((await offersOf('chloe')).edges[0].node).toMatchObject({ status: 'expired', link: null });
    expect((await offersOf('marc')).edges[0].node.link).toBeNull();
    // Accepted (the bakery, above): its week, no link.
    const bakery = (await must('marc', ACCOUNT_OFFERS, { id: toGlobalId('Account', boulangerie) })).node.personalOffers.edges[0].node;
    expect(bakery).toMatchObject({ status: 'accepted', link: null });
    expect(bakery.cutoverWeekStart).not.toBeNull();
  });

  it('pages through the batches newest first with a keyset cursor (ties on the same instant kept apart), and counts them all', async () => {
    const [{ n: before }] = await ds.query(`SELECT count(*)::int AS n FROM personal_offer_batch WHERE campaign_id = $1`, [campaignId]);
    // Five more: three asked for at the same instant (to the microsecond), two later.
    await ds.query(
      `INSERT INTO personal_offer_batch (campaign_id, discount_percent, approval_level, term_months, expires_at, status, created_by_label, created_at)
       SELECT $1, 5, 'rep', 12, now() + interval '7 days', 'completed', 'Marc', t FROM unnest($2::timestamptz[]) AS t`,
      [campaignId, ['2030-01-01T10:00:00.123456Z', '2030-01-01T10:00:00.123456Z', '2030-01-01T10:00:00.123456Z', '2030-01-02T10:00:00Z', '2030-01-03T10:00:00Z']],
    );
    const expected: Array<{ id: string }> = await ds.query(`SELECT id FROM personal_offer_batch WHERE campaign_id = $1 ORDER BY created_at DESC, id`, [campaignId]);
    expect(expected.length).toBe(before + 5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: any = (await must('marc', BATCH_PAGE, { campaignId: campaign(), first: 2, after })).personalOfferBatches;
      expect(res.totalCount).toBe(expected.length);
      seen.push(...res.edges.map((e: any) => e.node.id));
      expect(res.pageInfo.endCursor).toBe(res.edges.length ? res.edges[res.edges.length - 1].cursor : null);
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((r) => r.id));
    const newest = (await must('marc', BATCH_PAGE, { campaignId: campaign(), first: 1 })).personalOfferBatches.edges[0].node;
    expect(new Date(newest.createdAt).toISOString()).toBe('2030-01-03T10:00:00.000Z');
    expectBadInput(await gql('marc', BATCH_PAGE, { campaignId: campaign(), after: 'not-a-cursor' }), 'after', 'unknown cursor');
    expect((await gql('marc', BATCH_PAGE, { campaignId: toGlobalId('Campaign', '00000000-0000-4000-8000-000000000000') })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await ds.query(`DELETE FROM personal_offer_batch WHERE campaign_id = $1 AND created_at >= '2030-01-01'`, [campaignId]);
  });

  it('has a migration whose down undoes it, and whose up applies again', async () => {
    const tables = async () => (await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('personal_offer_batch', 'personal_offer', 'cutover_slot')`))[0].n;
    expect(await tables()).toBe(3);
    // Later migrations are undone first (and applied again by runMigrations).
    for (let i = MIGRATIONS.indexOf(PersonalOffers1795490000013); i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toBe(0);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toBe(3);
  });
});
