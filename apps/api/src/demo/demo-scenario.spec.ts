import { verify } from '@node-rs/argon2';
import { CALL_OUTCOMES, computeUrgency, isOverdue, monthlyAvailability, resolveCampaignSettings } from '@lifeboat/domain';
import { loadConfig } from '../config/app-config';
import { openDatabase, OpenDatabase } from '../database/open-database';
import { ENTITIES } from '../entities';
import { AccountEntity } from '../accounts/account.entity';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { OpportunityEntity } from '../pipeline/opportunity.entity';
import { RivalEntity } from '../rivals/rival.entity';
import { businessDaysAgo, loadDemoScenarioIfEmpty } from './demo-scenario';
import { wordInEnglish } from '../urgency/urgency-english';

describe('the demo scenario (DESIGN.md §8)', () => {
  // A Wednesday afternoon in Paris; the business-day arithmetic is also checked on a weekend below.
  const now = new Date('2026-06-17T14:30:00Z');
  let db: OpenDatabase;
  let loaded: boolean;
  let loadMs: number;

  beforeAll(async () => {
    db = await openDatabase(loadConfig({ LIFEBOAT_DATA_DIR: 'memory://', LOG_LEVEL: 'silent', NODE_ENV: 'test' }), ENTITIES);
    const started = Date.now();
    loaded = await loadDemoScenarioIfEmpty(db.dataSource, now);
    loadMs = Date.now() - started;
  });

  afterAll(async () => {
    await db?.close();
  });

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => db.dataSource.query(sql, params) as Promise<T[]>;
  const campaignId = async (rival: string) =>
    (await query<{ id: string }>(`SELECT c.id FROM campaign c JOIN rival r ON r.id = c.rival_id WHERE r.name = $1`, [rival]))[0].id;

  it('loads into an empty database, once', async () => {
    expect(loaded).toBe(true);
    expect(loadMs).toBeGreaterThan(0);
    expect(await loadDemoScenarioIfEmpty(db.dataSource, now)).toBe(false);
    expect(await db.dataSource.getRepository(RivalEntity).count()).toBe(2);
  });

  it('gives AMEN the 99.9 % availability it advertised, and KPNQwest no claimed SLA', async () => {
    const rivals = await db.dataSource.getRepository(RivalEntity).find({ order: { name: 'ASC' } });
    expect(rivals.map((r) => [r.name, r.claimedAvailabilityPercent])).toEqual([
      ['AMEN', 99.9],
      ['KPNQwest', null],
    ]);
  });

  it('gives AMEN outages (issue #22) that leave months below its claim, and its web-hosting customers the rival_outages factor', async () => {
    const outages = await query<{ impact: string; services: string[]; started_at: Date; ended_at: Date | null }>(
      `SELECT o.impact, o.services, o.started_at, o.ended_at FROM outage o JOIN rival r ON r.id = o.rival_id WHERE r.name = 'AMEN' ORDER BY o.started_at`,
    );
    expect(outages.length).toBeGreaterThanOrEqual(3);
    expect(outages.map((o) => o.impact)).toContain('major');
    const months = monthlyAvailability({
      outages: outages.map((o) => ({ startedAt: new Date(o.started_at), endedAt: o.ended_at && new Date(o.ended_at), impact: o.impact as 'major' })),
      now,
      timeZone: resolveCampaignSettings(null).timeZone,
      months: 3,
      claimedAvailabilityPercent: 99.9,
    });
    expect(months.some((m) => (m.shortfallMinutes ?? 0) > 0)).toBe(true);
    const factors = await query<{ name: string; urgency_factors: Array<{ key: string; params: { outages?: number } }> }>(
      `SELECT a.name, a.urgency_factors FROM account a JOIN rival_service s ON s.account_id = a.id AND s.kind = 'web_hosting' WHERE a.campaign_id = $1`,
      [await campaignId('AMEN')],
    );
    expect(factors.length).toBeGreaterThan(0);
    for (const a of factors) expect({ name: a.name, outages: a.urgency_factors.find((f) => f.key === 'rival_outages')?.params.outages }).toEqual({ name: a.name, outages: 2 });
  });

  it('creates the six demo users with their roles, teams and one argon2id password', async () => {
    const users = await query<{ email: string; name: string; role: string; locale: string; is_demo: boolean; password_hash: string; teams: string | null }>(
      `SELECT u.email, u.name, u.role, u.locale, u.is_demo, u.password_hash,
              string_agg(c.name || ':' || m.team_role, ',') AS teams
         FROM app_user u
         LEFT JOIN campaign_member m ON m.user_id = u.id
         LEFT JOIN campaign c ON c.id = m.campaign_id
        GROUP BY u.id ORDER BY u.email`,
    );
    expect(users.map((u) => [u.email, u.role, u.teams, u.locale])).toEqual([
      ['admin@lifeboat.demo', 'admin', null, 'en'],
      ['alice@lifeboat.demo', 'rep', 'KPNQwest takeover:rep', 'en'],
      ['bruno@lifeboat.demo', 'rep', 'KPNQwest takeover:rep', 'en'],
      ['chloe@lifeboat.demo', 'rep', 'AMEN rescue:rep', 'fr'],
      ['manon@lifeboat.demo', 'manager', 'KPNQwest takeover:manager', 'en'],
      ['marc@lifeboat.demo', 'manager', 'AMEN rescue:manager', 'fr'],
    ]);
    expect(users.every((u) => u.is_demo)).toBe(true);
    expect(users[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(await verify(users[0].password_hash, 'lifeboat')).toBe(true);
  });

  it('creates the two campaigns, with valid settings', async () => {
    const campaigns = await db.dataSource.getRepository(CampaignEntity).find({ order: { name: 'ASC' } });
    expect(campaigns.map((c) => c.name)).toEqual(['AMEN rescue', 'KPNQwest takeover']);
    for (const c of campaigns) expect(() => resolveCampaignSettings(c.settings)).not.toThrow();
    expect(resolveCampaignSettings(campaigns[0].settings).weeklyMigrationCapacity).toBe(120);
  });

  it('says where every customer came from: each campaign’s list, imported by its manager, on legitimate interests', async () => {
    const sources = await query<{ campaign: string; file_name: string; actor_label: string; lawful_basis: string; accounts: number; contacts: number }>(
      `SELECT c.name AS campaign, ls.file_name, ls.actor_label, ls.lawful_basis,
              (SELECT count(*)::int FROM account a WHERE a.source_id = ls.id) AS accounts,
              (SELECT count(*)::int FROM contact ct WHERE ct.source_id = ls.id) AS contacts
       FROM lead_source ls JOIN campaign c ON c.id = ls.campaign_id ORDER BY c.name`,
    );
    expect(sources.map((s) => [s.campaign, s.file_name, s.actor_label, s.lawful_basis])).toEqual([
      ['AMEN rescue', 'amen-customer-list.csv', expect.any(String), 'legitimate_interests'],
      ['KPNQwest takeover', 'kpnqwest-customer-list.csv', expect.any(String), 'legitimate_interests'],
    ]);
    for (const s of sources) expect(s.accounts).toBeGreaterThan(0);
    const [{ unsourced }] = await query<{ unsourced: number }>(
      `SELECT (SELECT count(*) FROM account WHERE source_id IS NULL)::int + (SELECT count(*) FROM contact WHERE source_id IS NULL)::int AS unsourced`,
    );
    expect(unsourced).toBe(0);
  });

  it('has the KPNQwest accounts of the story with their segments and flags', async () => {
    const accounts = await db.dataSource.getRepository(AccountEntity).find({ where: { campaignId: await campaignId('KPNQwest') } });
    const byName = new Map(accounts.map((a) => [a.name, a]));
    for (const name of ['Hewlett-Packard', 'Euronext', 'Opodo']) {
      expect(byName.get(name)?.segment).toBe('enterprise_vpn');
      expect(byName.get(name)?.countries.length ?? 0).toBeGreaterThanOrEqual(3);
    }
    for (const name of ['AOL Europe', 'Lycos Europe']) {
      expect(byName.get(name)?.segment).toBe('isp_wholesale');
      expect(byName.get(name)?.rivalIsPrincipalOperator).toBe(true);
    }
    expect(byName.get('Euronext')?.hasBackupProvider).toBe(false);
    expect(byName.get('Hewlett-Packard')?.monthlySpend).toBe(1_850_000);
    expect(accounts.filter((a) => (a.segment === 'hosting' || a.segment === 'colocation') && !a.hasBackupProvider).length).toBeGreaterThanOrEqual(3);
    expect(accounts.filter((a) => a.ownerId === null).length).toBeGreaterThanOrEqual(2);
    expect(accounts.every((a) => a.normalizedName === normalizeAccountName(a.name))).toBe(true);
    const services = await query<{ account_id: string; total: string }>(
      `SELECT account_id, sum(monthly_cost) AS total FROM rival_service GROUP BY account_id`,
    );
    const totals = new Map(services.map((s) => [s.account_id, Number(s.total)]));
    for (const a of accounts) expect(totals.get(a.id)).toBe(a.monthlySpend);
    const lost = await query<{ lost_reason: string; lost_to_bidder: string }>(`SELECT lost_reason, lost_to_bidder FROM opportunity WHERE stage = 'lost' AND campaign_id = $1`, [
      await campaignId('KPNQwest'),
    ]);
    expect(lost).toEqual([{ lost_reason: 'chose_competitor', lost_to_bidder: 'Vanco' }]);
  });

  it('has 3,000 AMEN customers (issue #21), prepaid into the future, with unique names, most of them for the team to hand out', async () => {
    const amen = await campaignId('AMEN');
    const accounts = await db.dataSource.getRepository(AccountEntity).find({ where: { campaignId: amen } });
    expect(accounts.length).toBe(3_000);
    expect(accounts.filter((a) => a.segment === 'smb_web').length).toBeGreaterThanOrEqual(2_900);
    expect(accounts.every((a) => a.prepaidUntil !== null && a.prepaidUntil.getTime() > now.getTime())).toBe(true);
    expect(new Set(accounts.map((a) => a.normalizedName)).size).toBe(accounts.length);
    expect(accounts.every((a) => a.normalizedName === normalizeAccountName(a.name))).toBe(true);
    // The hand-written customers the tests and the tour name are still there.
    const names = new Set(accounts.map((a) => a.name));
    for (const name of ['Boulangerie Moreau', 'Association Vélo Cité', 'ShopDéco', 'Horlogerie Jaquet']) expect(names.has(name)).toBe(true);
    const unassigned = accounts.filter((a) => a.ownerId === null).length;
    expect(unassigned).toBeGreaterThan(2_000);
    expect(accounts.length - unassigned).toBeGreaterThan(300);
    // Every customer has a contact with an email, an open or closed deal, and deals stand at every stage.
    const [withoutEmail] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM account a WHERE a.campaign_id = $1 AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id AND c.email IS NOT NULL)`,
      [amen],
    );
    expect(withoutEmail.n).toBe(0);
    const stages = await query<{ stage: string; n: number }>(`SELECT stage, count(*)::int AS n FROM opportunity WHERE campaign_id = $1 GROUP BY stage ORDER BY stage`, [amen]);
    expect(stages.map((s) => s.stage)).toEqual(['contacted', 'identified', 'lost', 'negotiating', 'proposal_sent', 'won']);
    for (const s of stages) expect(s.n).toBeGreaterThanOrEqual(20);
    // The queue keys the triggers keep: an open deal for every customer whose deal is not closed.
    const [keys] = await query<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM account a WHERE a.campaign_id = $1
         AND a.has_open_deal <> EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost'))`,
      [amen],
    );
    expect(keys.wrong).toBe(0);
  });

  it('gives AMEN its customer collective (issue #21): 250 members claimed, a forum, cancellations announced, its 250 small web customers linked', async () => {
    const amen = await campaignId('AMEN');
    const [collective] = await query<Record<string, any>>(
      `SELECT c.*, ct.name AS spokesperson, a.name AS spokesperson_account FROM collective c
       LEFT JOIN contact ct ON ct.id = c.spokesperson_contact_id LEFT JOIN account a ON a.id = ct.account_id WHERE c.campaign_id = $1`,
      [amen],
    );
    expect(collective).toMatchObject({ name: 'Collectif des clients AMEN', claimed_members: 250, forum_url: 'https://forum.amen-customers.example/' });
    expect(new Date(collective.announced_cancellation_at).getTime()).toBe(now.getTime() + 12 * 86_400_000);
    expect(collective.spokesperson_account).toBe('Association Vélo Cité');
    // The 250 members it claims, all linked: small web customers of the campaign, a few already won or lost.
    const members = await query<{ segment: string; campaign_id: string; stage: string; owner_id: string | null }>(
      `SELECT a.segment, a.campaign_id, o.stage, a.owner_id FROM collective_member m JOIN account a ON a.id = m.account_id
       JOIN opportunity o ON o.account_id = a.id WHERE m.collective_id = $1`,
      [collective.id],
    );
    expect(members.length).toBe(250);
    expect(members.every((m) => m.segment === 'smb_web' && m.campaign_id === amen)).toBe(true);
    expect(members.filter((m) => m.owner_id === null).length).toBeGreaterThan(100);
    expect(members.some((m) => m.stage === 'won')).toBe(true);
    expect(await query(`SELECT 1 FROM collective c JOIN campaign k ON k.id = c.campaign_id WHERE k.name NOT LIKE 'AMEN%'`)).toEqual([]);
    // Cancellations in 12 days drive the members' urgency, and only theirs.
    const cancels = await query<{ member: boolean; factor: { points: number; params: { daysLeft: number } } | null }>(
      `SELECT m.account_id IS NOT NULL AS member, (SELECT f FROM jsonb_array_elements(a.urgency_factors) f WHERE f->>'key' = 'collective_cancellation') AS factor
       FROM account a LEFT JOIN collective_member m ON m.account_id = a.id WHERE a.campaign_id = $1`,
      [amen],
    );
    expect(cancels.filter((c) => c.member).length).toBe(250);
    expect(cancels.filter((c) => c.member).every((c) => c.factor?.points === 20 && c.factor.params.daysLeft === 12)).toBe(true);
    expect(cancels.filter((c) => !c.member).every((c) => c.factor === null)).toBe(true);
    expect(cancels.filter((c) => !c.member).length).toBeGreaterThan(0);
  });

  it('gives Alice overdue open deals in KPNQwest, and some deals due soon', async () => {
    const kq = await campaignId('KPNQwest');
    const alice = (await query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'alice@lifeboat.demo'`))[0].id;
    const deals = await db.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .innerJoin(AccountEntity, 'a', 'a.id = o.account_id')
      .where('o.campaign_id = :kq AND a.owner_id = :alice', { kq, alice })
      .getMany();
    const open = deals.filter((d) => d.stage !== 'won' && d.stage !== 'lost');
    expect(open.filter((d) => isOverdue(d.dueAt, now)).length).toBeGreaterThanOrEqual(1);
    expect(open.filter((d) => !isOverdue(d.dueAt, now)).length).toBeGreaterThanOrEqual(1);
    expect(open.every((d) => d.probability === null && d.dueAt !== null)).toBe(true);
  });

  it('keeps at most one open deal per account, and a stage history for each', async () => {
    const [row] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT account_id FROM opportunity WHERE stage NOT IN ('won','lost') GROUP BY account_id HAVING count(*) > 1) x`,
    );
    expect(row.n).toBe(0);
    const [missing] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM opportunity o WHERE NOT EXISTS (SELECT 1 FROM stage_transition t WHERE t.opportunity_id = o.id AND t.to_stage = o.stage AND t.at = o.stage_entered_at)`,
    );
    expect(missing.n).toBe(0);
    const [accountsWithoutDeal] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM account a WHERE NOT EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id)`,
    );
    expect(accountsWithoutDeal.n).toBe(0);
  });

  it('plans a migration for every won deal, and none for the others', async () => {
    const [row] = await query<{ won: number; migrations: number; stray: number; planned: number }>(
      `SELECT count(*) FILTER (WHERE o.stage = 'won')::int AS won,
              count(m.id)::int AS migrations,
              count(m.id) FILTER (WHERE o.stage <> 'won')::int AS stray,
              count(m.id) FILTER (WHERE m.status = 'planned' AND m.workload > 0)::int AS planned
       FROM opportunity o LEFT JOIN migration m ON m.opportunity_id = o.id`,
    );
    expect(row.won).toBeGreaterThan(0);
    expect(row).toEqual({ won: row.won, migrations: row.won, stray: 0, planned: row.won });
  });

  it('says how each call went with an outcome code the reader’s language words, not in the campaign’s own words (issue #20)', async () => {
    // "Résultat : reached" showed on a French reader's account page: the demo wrote the outcome as English free text.
    const [row] = await query<{ free_text: number; reached: number; unknown: number }>(
      `SELECT count(*) FILTER (WHERE outcome IS NOT NULL)::int AS free_text,
              count(*) FILTER (WHERE kind = 'call' AND outcome_code = 'reached_interested')::int AS reached,
              count(*) FILTER (WHERE outcome_code IS NOT NULL AND NOT (outcome_code = ANY($1)))::int AS unknown
       FROM activity`,
      [CALL_OUTCOMES],
    );
    expect(row).toEqual({ free_text: 0, reached: row.reached, unknown: 0 });
    expect(row.reached).toBeGreaterThan(0);
  });

  it('gives every deal that reached proposal_sent its proposal in the right state, and none to the others (issue #20)', async () => {
    // Each deal's furthest stage, from its history, against its proposals.
    const deals = await query<{ name: string; stage: string; sent: boolean; statuses: string[]; lines: number; accepted_migration: boolean }>(
      `SELECT a.name, o.stage,
              EXISTS (SELECT 1 FROM stage_transition t WHERE t.opportunity_id = o.id AND t.to_stage = 'proposal_sent') AS sent,
              coalesce((SELECT array_agg(p.status ORDER BY p.created_at) FROM proposal p WHERE p.opportunity_id = o.id), '{}') AS statuses,
              (SELECT count(*)::int FROM proposal_line l JOIN proposal p ON p.id = l.proposal_id WHERE p.opportunity_id = o.id) AS lines,
              EXISTS (SELECT 1 FROM migration m JOIN proposal p ON p.id = m.proposal_id WHERE m.opportunity_id = o.id AND p.status = 'accepted') AS accepted_migration
       FROM opportunity o JOIN account a ON a.id = o.account_id`,
    );
    const wrong = deals.filter((d) => {
      if (!d.sent) return d.statuses.length > 0;
      if (d.statuses.length !== 1 || d.lines === 0) return true;
      const [status] = d.statuses;
      if (d.stage === 'won') return status !== 'accepted' || !d.accepted_migration;
      if (d.stage === 'proposal_sent' || d.stage === 'negotiating') return status !== 'sent' && status !== 'expired';
      return d.stage !== 'lost';
    });
    expect(wrong).toEqual([]);
    expect(deals.filter((d) => d.stage === 'proposal_sent').length).toBeGreaterThan(0);
    // AOL Europe, at proposal_sent, has the proposal it sent: 15 % off its €42,000 a month, over 36 months.
    const [aol] = await query<{ status: string; monthly_total: string; term_months: number; valid_until: Date; sent_at: Date }>(
      `SELECT p.status, p.monthly_total, p.term_months, p.valid_until, p.sent_at FROM proposal p JOIN account a ON a.id = p.account_id WHERE a.name = 'AOL Europe'`,
    );
    expect(aol).toMatchObject({ monthly_total: '3570000', term_months: 36 });
    expect(aol.status).toBe(new Date(aol.valid_until).getTime() < now.getTime() ? 'expired' : 'sent');
    // A sent proposal's total agrees with the deal's monthly value.
    const [mismatch] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM proposal p JOIN opportunity o ON o.id = p.opportunity_id WHERE abs(p.monthly_total - o.monthly_value) > 100`,
    );
    expect(mismatch.n).toBe(0);
  });

  it('records last contact consistently with the activities', async () => {
    const rows = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM account a
        WHERE a.last_contact_at IS DISTINCT FROM (
          SELECT max(occurred_at) FROM activity x
           WHERE x.account_id = a.id AND x.kind IN ('call','email','meeting','proposal_sent','signed'))`,
    );
    expect(rows[0].n).toBe(0);
    const [future] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE occurred_at > $1`, [now]);
    expect(future.n).toBe(0);
  });

  it('gives every system activity its facts as codes, for the web to word in the reader’s language', async () => {
    const rows = await query<{ kind: string; n: number; without: number }>(
      `SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE details IS NULL)::int AS without FROM activity
        WHERE kind IN ('stage_change','proposal_sent','signed') GROUP BY kind ORDER BY kind`,
    );
    expect(rows.map((r) => r.kind)).toEqual(['proposal_sent', 'signed', 'stage_change']);
    for (const r of rows) expect(r.without).toBe(0);
    const [lost] = await query<{ details: Record<string, unknown> }>(`SELECT details FROM activity WHERE kind = 'stage_change' AND details->>'to' = 'lost' LIMIT 1`);
    expect(lost.details).toMatchObject({ to: 'lost', lostReason: expect.any(String) });
    const [sent] = await query<{ details: Record<string, unknown> }>(`SELECT details FROM activity WHERE kind = 'proposal_sent' LIMIT 1`);
    expect(sent.details).toMatchObject({ monthlyTotal: expect.any(Number), currency: 'EUR', termMonths: expect.any(Number) });
  });

  it('stores the urgency computeUrgency gives (Euronext)', async () => {
    const euronext = await db.dataSource.getRepository(AccountEntity).findOneByOrFail({ name: 'Euronext' });
    const rival = await db.dataSource.getRepository(RivalEntity).findOneByOrFail({ name: 'KPNQwest' });
    const campaign = await db.dataSource.getRepository(CampaignEntity).findOneByOrFail({ id: euronext.campaignId });
    const deal = await db.dataSource.getRepository(OpportunityEntity).findOneByOrFail({ accountId: euronext.id });
    const settings = resolveCampaignSettings(campaign.settings);
    const expected = computeUrgency({
      now,
      timeZone: settings.timeZone,
      rival: { health: rival.health, shutdownExpectedAt: rival.shutdownExpectedAt },
      account: {
        monthlySpend: euronext.monthlySpend,
        countries: euronext.countries,
        hasBackupProvider: euronext.hasBackupProvider,
        rivalIsPrincipalOperator: euronext.rivalIsPrincipalOperator,
      },
      stage: deal.stage,
      lastContactAt: euronext.lastContactAt,
      createdAt: euronext.createdAt,
      weights: settings.urgencyWeights,
      currency: campaign.currency,
    });
    expect(euronext.urgency).toBe(expected.score);
    // The codes and parameters the domain gives, with the api's (deprecated) English words.
    expect(euronext.urgencyFactors).toEqual(wordInEnglish(expected.factors, { rival: rival.name, account: euronext.name }));
    expect(euronext.urgencyComputedAt?.getTime()).toBe(now.getTime());
    expect(expected.factors.map((f) => f.key)).toEqual(
      expect.arrayContaining(['shutdown_within_14_days', 'no_backup_provider', 'multi_country']),
    );
  });

  it('counts business days back from the day of now, skipping weekends', () => {
    const saturday = new Date('2026-06-20T10:00:00Z');
    const at = businessDaysAgo(saturday, 'Europe/Paris');
    expect(at({ bd: 1, h: 9 }).toISOString()).toBe('2026-06-19T07:00:00.000Z');
    expect(at({ bd: 6, h: 9 }).toISOString()).toBe('2026-06-12T07:00:00.000Z');
  });
});
