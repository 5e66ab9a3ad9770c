import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import {
  CallOutcome,
  CampaignSettings,
  CampaignSettingsOverrides,
  DAY_MS,
  fromLocalMs,
  isProposalExpired,
  proposalTotals,
  proposalValidUntil,
  requiredApproval,
  switchCredit,
  type ProposalLine,
  queuePriorityScorer,
  resolveCampaignSettings,
  RivalHealth,
  type ServiceKind,
  Stage,
  startOfLocalDay,
  subtractBusinessDays,
  toLocalMs,
} from '@lifeboat/domain';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AccountEntity, ContactEntity, RivalServiceEntity } from '../accounts/account.entity';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { CampaignEntity, CampaignMemberEntity } from '../campaigns/campaign.entity';
import { UserEntity } from '../identity/user.entity';
import { ActivityEntity, OpportunityEntity, StageTransitionEntity, type ActivityDetails } from '../pipeline/opportunity.entity';
import { DistressEventEntity } from '../rivals/distress-event.entity';
import { RivalEntity } from '../rivals/rival.entity';
import { OutageEntity } from '../rivals/outages/outage.entity';
import { accountUrgency, dealDueAt } from '../urgency/urgency-rules';
import { AMEN_COLLECTIVE, AMEN_PHRASES, amenAccounts, amenBulkAccounts } from './demo-amen';
import { KPNQWEST_ACCOUNTS, KPNQWEST_PHRASES } from './demo-kpnqwest';
import { DEMO_PASSWORD, DEMO_USERS, DemoAccount, DemoPhrasebook, DemoUserKey, When } from './demo-plan';

type Row<T> = Partial<T>;

/** What the demo inserts, table by table, before one bulk insert per table. */
class DemoRows {
  users: Row<UserEntity>[] = [];
  rivals: Row<RivalEntity>[] = [];
  events: Row<DistressEventEntity>[] = [];
  outages: Row<OutageEntity>[] = [];
  campaigns: Row<CampaignEntity>[] = [];
  members: Row<CampaignMemberEntity>[] = [];
  accounts: Row<AccountEntity>[] = [];
  /**
   * Each account's queue keys (has_open_deal, open_deal_due_at: not entity columns), written with it as
   * an import writes them, so that the trigger on opportunity finds them right and rewrites no account.
   */
  queueKeys = new Map<string, { has_open_deal: boolean; open_deal_due_at: Date | null }>();
  services: Row<RivalServiceEntity>[] = [];
  contacts: Row<ContactEntity>[] = [];
  opportunities: Row<OpportunityEntity>[] = [];
  transitions: Row<StageTransitionEntity>[] = [];
  activities: Row<ActivityEntity>[] = [];
  proposals: DemoProposal[] = [];
  scenarios: Array<DemoScenario & { rivalId: string }> = [];
  collectives: DemoCollective[] = [];
}

/** A customer collective as the demo writes it (no entity: the collectives repository speaks SQL); members by account name. */
interface DemoCollective {
  campaignId: string;
  name: string;
  forumUrl: string;
  claimedMembers: number;
  announcedCancellationAt: Date;
  notes: string;
  memberNames: string[];
  spokespersonAccount: string;
}

/** A proposal as the demo writes it (the proposal tables have no entity: their repository speaks SQL). */
export interface DemoProposal {
  id: string;
  campaignId: string;
  accountId: string;
  opportunityId: string;
  status: 'sent' | 'expired' | 'accepted';
  currency: string;
  termMonths: number;
  discountPercent: number;
  plannedCutoverAt: Date;
  requiredApproval: 'rep' | 'manager' | 'admin';
  totals: ReturnType<typeof proposalTotals>;
  credit: ReturnType<typeof switchCredit>;
  createdBy: { id: string | null; name: string };
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedByLabel: string | null;
  sentAt: Date;
  validUntil: Date;
  expiredAt: Date | null;
  tokenHash: string;
  acceptedAt: Date | null;
  signer: { name: string; title: string | null; email: string | null } | null;
  createdAt: Date;
  lines: ProposalLine[];
}

interface DemoRival {
  id: string;
  name: string;
  health: RivalHealth;
  shutdownExpectedAt: Date | null;
  /** Its outages, for the urgency of the accounts whose services they touched (rival_outages). */
  outages?: ReadonlyArray<{ startedAt: Date; endedAt: Date | null; services: readonly ServiceKind[] }>;
  /** Its shutdown scenarios, for the queue's priority (written to `shutdown_scenario` as they are). */
  scenarios: DemoScenario[];
}

/** A shutdown scenario as the demo writes it. */
interface DemoScenario {
  id: string;
  label: string;
  goesDarkAt: Date;
  probabilityPercent: number;
  sourceNote: string;
}

interface CampaignContext {
  campaignId: string;
  currency: string;
  settings: CampaignSettings;
  rival: DemoRival;
  users: Map<DemoUserKey, { id: string; name: string }>;
  phrases: DemoPhrasebook;
  now: Date;
  at: (w: When) => Date;
  /** A collective's members (by name) and the date it announced for their cancellations (the collective_cancellation factor). */
  collective?: { memberNames: ReadonlySet<string>; cancellationAt: Date };
}

/** Contact with the customer: what resets the "no recent contact" clock. */
const CONTACT_KINDS = new Set(['call', 'email', 'meeting', 'proposal_sent', 'signed']);

/**
 * The demo scenario of DESIGN.md §8, with dates relative to `now` so deadlines are live.
 * Loaded only into an empty database (no rival, user or campaign): an existing one is never
 * touched. Everything is written in one transaction, one bulk insert per table.
 */
export async function loadDemoScenarioIfEmpty(dataSource: DataSource, now: Date): Promise<boolean> {
  if (!(await isEmpty(dataSource.manager))) return false;
  // Hashed once for all demo users (argon2id, the library's default), outside the transaction.
  // Deliberately NOT through the password policy (identity/password-policy.ts), which refuses
  // "lifeboat" (too short, and the service's own name): the demo's well-known password is
  // documented (DESIGN.md §8), is_demo marks these users, and production refuses to start while
  // any of them exists (bootstrap.ts).
  const passwordHash = await hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    // Two processes starting on the same empty server database: only one loads.
    await manager.query(`SELECT pg_advisory_xact_lock(7469801)`);
    if (!(await isEmpty(manager))) return false;
    const rows = buildDemoRows(now, passwordHash);
    await insertAll(manager, UserEntity, rows.users);
    await insertAll(manager, RivalEntity, rows.rivals);
    await insertAll(manager, DistressEventEntity, rows.events);
    await insertAll(manager, OutageEntity, rows.outages);
    await insertAll(manager, CampaignEntity, rows.campaigns);
    await insertAll(manager, CampaignMemberEntity, rows.members);
    await recordDemoSources(manager, rows);
    await insertAll(manager, AccountEntity, rows.accounts, (a) => rows.queueKeys.get(a.id as string));
    await insertAll(manager, RivalServiceEntity, rows.services);
    await insertAll(manager, ContactEntity, rows.contacts);
    await insertAll(manager, OpportunityEntity, rows.opportunities);
    await insertAll(manager, StageTransitionEntity, rows.transitions);
    await insertAll(manager, ActivityEntity, rows.activities);
    await insertProposals(manager, rows.proposals);
    // Won customers are only safe once migrated: each won deal has its migration planned, its
    // workload by segment (an ISP moves far more than a small web customer), its target cutover
    // ten days after signature.
    await manager.query(
      `INSERT INTO migration (campaign_id, account_id, opportunity_id, proposal_id, workload, target_cutover_at, status)
       SELECT o.campaign_id, o.account_id, o.id,
              (SELECT p.id FROM proposal p WHERE p.opportunity_id = o.id AND p.status = 'accepted'),
              CASE a.segment WHEN 'isp_wholesale' THEN 90 WHEN 'enterprise_vpn' THEN 60 WHEN 'colocation' THEN 30
                             WHEN 'hosting' THEN 20 ELSE 3 END,
              coalesce(o.closed_at, o.stage_entered_at) + interval '10 days',
              'planned'
       FROM opportunity o JOIN account a ON a.id = o.account_id WHERE o.stage = 'won'`,
    );
    await insertShutdownScenarios(manager, rows.scenarios);
    await insertCollectives(manager, rows.collectives);
    return true;
  });
}

/**
 * KPNQwest's shutdown as two scenarios (issue #22): the court orders liquidation and the network
 * goes dark days later (the rival's shutdown date, which this one governs), or it grants the delay
 * customers hoped for to migrate (KPNQwest's network in fact ran until 1 July 2002).
 */
function kpnqwestScenarios(liquidation: Date): DemoScenario[] {
  return [
    {
      id: randomUUID(),
      label: 'Liquidation ordered on Thursday: the network goes dark days later',
      goesDarkAt: liquidation,
      probabilityPercent: 60,
      sourceNote: 'Court hearing this week; the administrator warned the network could be switched off days after a liquidation order.',
    },
    {
      id: randomUUID(),
      label: 'Delay granted by the court so customers can migrate',
      goesDarkAt: new Date(liquidation.getTime() + 28 * DAY_MS),
      probabilityPercent: 40,
      sourceNote: "What customers hope for; KPNQwest's network in fact ran until 1 July 2002.",
    },
  ];
}

/** Each collective, its members (the campaign's accounts of those names) and its spokesperson (a decision maker of the named member). */
async function insertCollectives(manager: EntityManager, collectives: DemoCollective[]): Promise<void> {
  for (const c of collectives) {
    const [{ id }] = await manager.query(
      `INSERT INTO collective (campaign_id, name, forum_url, claimed_members, announced_cancellation_at, notes, spokesperson_contact_id)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT ct.id FROM contact ct JOIN account a ON a.id = ct.account_id
                                        WHERE a.campaign_id = $1 AND a.name = $7 ORDER BY ct.decision_maker DESC, ct.name LIMIT 1))
       RETURNING id`,
      [c.campaignId, c.name, c.forumUrl, c.claimedMembers, c.announcedCancellationAt, c.notes, c.spokespersonAccount],
    );
    await manager.query(
      `INSERT INTO collective_member (account_id, collective_id, campaign_id, added_at)
       SELECT a.id, $1, a.campaign_id, a.created_at FROM account a WHERE a.campaign_id = $2 AND a.name = ANY($3::text[])`,
      [id, c.campaignId, c.memberNames],
    );
  }
}

async function insertShutdownScenarios(manager: EntityManager, scenarios: DemoRows['scenarios']): Promise<void> {
  for (const s of scenarios) {
    await manager.query(
      `INSERT INTO shutdown_scenario (id, rival_id, label, goes_dark_at, probability_percent, source_url, source_note) VALUES ($1, $2, $3, $4, $5, NULL, $6)`,
      [s.id, s.rivalId, s.label, s.goesDarkAt, s.probabilityPercent, s.sourceNote],
    );
  }
}

/** The demo's proposals and their lines, in the shape the contracts repository reads: one set-based insert each. */
async function insertProposals(manager: EntityManager, proposals: DemoProposal[]): Promise<void> {
  if (proposals.length === 0) return;
  const records = proposals.map((p) => ({
    id: p.id, campaign_id: p.campaignId, account_id: p.accountId, opportunity_id: p.opportunityId, status: p.status, currency: p.currency,
    term_months: p.termMonths, discount_percent: p.discountPercent, planned_cutover_at: p.plannedCutoverAt, required_approval: p.requiredApproval,
    monthly_subtotal: p.totals.monthlySubtotal, monthly_discount: p.totals.monthlyDiscount, monthly_total: p.totals.monthlyTotal,
    one_time_total: p.totals.oneTimeTotal, switch_credit: p.totals.switchCredit, switch_credit_days: p.credit.prepaidDaysRemaining,
    switch_credit_months: p.credit.prepaidMonthsRemaining, switch_credit_capped: p.credit.capped, total_over_term: p.totals.totalOverTerm,
    created_by_user_id: p.createdBy.id, created_by_label: p.createdBy.name, submitted_at: p.submittedAt, approved_at: p.approvedAt,
    approved_by_label: p.approvedByLabel, sent_at: p.sentAt, valid_until: p.validUntil, token_hash: p.tokenHash, accepted_at: p.acceptedAt,
    signer_name: p.signer?.name ?? null, signer_title: p.signer?.title ?? null, signer_email: p.signer?.email ?? null, expired_at: p.expiredAt,
    created_at: p.createdAt, updated_at: p.acceptedAt ?? p.expiredAt ?? p.sentAt,
  }));
  const columns = Object.keys(records[0]).join(', ');
  await manager.query(`INSERT INTO proposal (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::proposal, $1::jsonb)`, [
    JSON.stringify(records),
  ]);
  const lines = proposals.flatMap((p) =>
    p.lines.map((line, position) => ({
      proposal_id: p.id, position, service_kind: line.serviceKind, description: line.description ?? null, quantity: line.quantity,
      monthly_unit_price: line.monthlyUnitPrice, one_time_fee: line.oneTimeFee,
    })),
  );
  const lineColumns = Object.keys(lines[0]).join(', ');
  await manager.query(`INSERT INTO proposal_line (${lineColumns}) SELECT ${lineColumns} FROM jsonb_populate_recordset(NULL::proposal_line, $1::jsonb)`, [
    JSON.stringify(lines),
  ]);
}

async function isEmpty(manager: EntityManager): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM rival) OR EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM campaign) AS used`,
  );
  return row.used !== true;
}

/**
 * One set-based INSERT per table (thousands of AMEN customers: issue #21): the rows travel as one
 * JSON array that PostgreSQL expands (jsonb_populate_recordset), not as thousands of round trips or
 * bind parameters. Columns are the entity's, under their database names, with its transformers.
 */
async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Row<T>[],
  extra?: (row: Row<T>) => Record<string, unknown> | undefined,
): Promise<void> {
  if (rows.length === 0) return;
  const meta = manager.connection.getMetadata(entity);
  const columns = meta.columns.filter((c) => rows.some((r) => c.getEntityValue(r) !== undefined));
  const extraNames = [...new Set(rows.flatMap((r) => Object.keys(extra?.(r) ?? {})))];
  const records = rows.map((r) => {
    const record: Record<string, unknown> = { ...extra?.(r) };
    for (const c of columns) {
      const value = c.getEntityValue(r);
      const transformer = Array.isArray(c.transformer) ? undefined : c.transformer;
      record[c.databaseName] = value === undefined ? null : transformer ? transformer.to(value) : value;
    }
    return record;
  });
  const names = [...columns.map((c) => c.databaseName), ...extraNames].map((n) => `"${n}"`).join(', ');
  await manager.query(
    `INSERT INTO "${meta.tableName}" (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::"${meta.tableName}", $1::jsonb)`,
    [JSON.stringify(records)],
  );
}

/**
 * A local wall-clock time on the n-th business day (Monday–Friday, campaign zone) before the
 * day of `now`: days back from today, so the times are in the past whatever the hour of `now`.
 */
export function businessDaysAgo(now: Date, timeZone: string): (w: When) => Date {
  const today = startOfLocalDay(now, timeZone);
  // Thousands of customers share a few hundred times: each computed once (time-zone arithmetic is not cheap).
  const seen = new Map<string, number>();
  return (w) => {
    const key = `${w.bd}:${w.h}:${w.m ?? 0}`;
    let ms = seen.get(key);
    if (ms === undefined) {
      const day = toLocalMs(subtractBusinessDays(today, w.bd, timeZone), timeZone);
      ms = fromLocalMs(day + (w.h * 60 + (w.m ?? 0)) * 60_000, timeZone).getTime();
      seen.set(key, ms);
    }
    return new Date(ms);
  };
}

/** Everything the demo inserts, as rows; pure apart from the generated ids. */
export function buildDemoRows(now: Date, passwordHash: string): DemoRows {
  const rows = new DemoRows();
  const days = (n: number) => new Date(now.getTime() + n * DAY_MS);
  const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

  const users = new Map<DemoUserKey, { id: string; name: string }>();
  for (const u of DEMO_USERS) {
    const id = randomUUID();
    users.set(u.key, { id, name: u.name });
    rows.users.push({
      id,
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash,
      active: true,
      isDemo: true,
      locale: u.locale,
      createdAt: days(-60),
      updatedAt: days(-60),
    });
  }

  // --- KPNQwest, 2002 ---------------------------------------------------------------------
  const kpnqwestSettings: CampaignSettingsOverrides = {};
  const kpnqwestAt = businessDaysAgo(now, resolveCampaignSettings(kpnqwestSettings).timeZone);
  const kpnqwest: DemoRival = { id: randomUUID(), name: 'KPNQwest', health: 'liquidating', shutdownExpectedAt: days(12), scenarios: kpnqwestScenarios(days(12)) };
  rows.scenarios.push(...kpnqwest.scenarios.map((s) => ({ ...s, rivalId: kpnqwest.id })));
  rows.rivals.push({
    id: kpnqwest.id,
    name: kpnqwest.name,
    country: 'NL',
    health: kpnqwest.health,
    shutdownExpectedAt: kpnqwest.shutdownExpectedAt,
    services: ['vpn', 'ip_transit', 'hosting', 'colocation'],
    createdAt: days(-90),
    updatedAt: hours(-24),
  });
  const paymentDefaultAt = kpnqwestAt({ bd: 8, h: 18, m: 30 });
  rows.events.push(
    {
      rivalId: kpnqwest.id,
      kind: 'payment_default',
      occurredAt: paymentDefaultAt,
      severity: 4,
      sourceUrl: null,
      summary: 'KPNQwest defaults on its payments; its French arm is placed in receivership.',
      announcedShutdownAt: null,
      recordedAt: paymentDefaultAt,
    },
    {
      rivalId: kpnqwest.id,
      kind: 'court_hearing',
      occurredAt: days(3),
      severity: 5,
      sourceUrl: null,
      summary: 'The court hearing that may order liquidation is set for Thursday.',
      announcedShutdownAt: null,
      recordedAt: kpnqwestAt({ bd: 6, h: 12 }),
    },
    {
      rivalId: kpnqwest.id,
      kind: 'shutdown_warning',
      occurredAt: days(-1),
      severity: 5,
      sourceUrl: null,
      summary: 'The network may be switched off days after a liquidation order.',
      announcedShutdownAt: days(12),
      recordedAt: days(-1),
    },
  );
  const kpnqwestCampaignId = addCampaign(rows, {
    rivalId: kpnqwest.id,
    name: 'KPNQwest takeover',
    settings: kpnqwestSettings,
    createdAt: kpnqwestAt({ bd: 8, h: 20 }),
    team: ['manon', 'alice', 'bruno'],
    users,
  });
  addAccounts(rows, KPNQWEST_ACCOUNTS, {
    campaignId: kpnqwestCampaignId,
    currency: 'EUR',
    settings: resolveCampaignSettings(kpnqwestSettings),
    rival: kpnqwest,
    users,
    phrases: KPNQWEST_PHRASES,
    now,
    at: kpnqwestAt,
  });

  // --- AMEN France, 2005 --------------------------------------------------------------------
  // Customers prepaid for years: a larger switch-credit cap; small sites move fast, many a week.
  const amenSettings: CampaignSettingsOverrides = { weeklyMigrationCapacity: 120, switchCredit: { capMonths: 6 } };
  const amenAt = businessDaysAgo(now, resolveCampaignSettings(amenSettings).timeZone);
  const amen: DemoRival = { id: randomUUID(), name: 'AMEN', health: 'distressed', shutdownExpectedAt: null, scenarios: [] };
  rows.rivals.push({
    id: amen.id,
    name: amen.name,
    country: 'FR',
    health: amen.health,
    shutdownExpectedAt: null,
    services: ['web_hosting', 'hosting'],
    // The availability AMEN advertised (DESIGN.md §1: 99.9 %, "fanciful").
    claimedAvailabilityPercent: 99.9,
    createdAt: days(-90),
    updatedAt: days(-4),
  });
  rows.events.push(
    {
      rivalId: amen.id,
      kind: 'acquisition_announced',
      occurredAt: days(-30),
      severity: 2,
      sourceUrl: null,
      summary: 'The sale of AMEN to Claranet is announced.',
      announcedShutdownAt: null,
      recordedAt: days(-30),
    },
    {
      rivalId: amen.id,
      kind: 'strike',
      occurredAt: days(-21),
      severity: 4,
      sourceUrl: null,
      summary: 'Staff go on strike for weeks; support is saturated and commissioning deadlines are missed.',
      announcedShutdownAt: null,
      recordedAt: days(-21),
    },
    {
      rivalId: amen.id,
      kind: 'outage',
      occurredAt: days(-10),
      severity: 4,
      sourceUrl: null,
      summary:
        'A major incident takes the platform down for hours (in the real story, on 12 April 2005); the advertised 99.9 % availability proves fanciful.',
      announcedShutdownAt: null,
      recordedAt: days(-10),
    },
    {
      rivalId: amen.id,
      kind: 'customer_collective',
      occurredAt: days(-4),
      severity: 3,
      sourceUrl: null,
      summary:
        'A collective of 250 customers (about 1,000 visitors a day on its forum) gathers complaints and announces collective cancellations.',
      announcedShutdownAt: null,
      recordedAt: days(-4),
    },
  );
  // Its outages (issue #22): the major incident of the story, the strike's slow service, and smaller
  // ones, so that the rival page shows months below the 99.9 % it advertised and accounts have evidence.
  const outage = (startDays: number, hoursLong: number | null, impact: OutageEntity['impact'], services: ServiceKind[], summary: string, path: string) => ({
    rivalId: amen.id,
    startedAt: days(startDays),
    endedAt: hoursLong === null ? null : new Date(days(startDays).getTime() + hoursLong * 3_600_000),
    impact,
    services,
    summary,
    // Fictional addresses (the reserved .example domain): the demo has no real sources.
    sourceUrl: `https://forum.amen-customers.example/${path}`,
    externalId: null,
    createdAt: days(startDays),
    updatedAt: days(startDays),
  });
  const amenOutages = [
    outage(-70, 0.75, 'major', ['web_hosting', 'hosting'], 'Power failure in the data centre: every site down for 45 minutes.', 'power-failure'),
    outage(-40, 3, 'partial', ['web_hosting'], 'Part of the shared hosting customers lose web and mail for three hours.', 'shared-hosting-mail'),
    outage(-24, 10, 'degraded', ['web_hosting'], 'During the strike, sites are slow all day and tickets go unanswered.', 'strike-slow-sites'),
    outage(-10, 5, 'major', ['web_hosting', 'hosting'], 'Major incident: the hosting platform is down for hours; support is saturated.', 'major-incident'),
    outage(-3, 1.5, 'partial', ['hosting'], 'A rack of dedicated servers is unreachable for an hour and a half.', 'dedicated-rack'),
  ];
  rows.outages.push(...amenOutages);
  amen.outages = amenOutages;
  const amenCampaignId = addCampaign(rows, {
    rivalId: amen.id,
    name: 'AMEN rescue',
    settings: amenSettings,
    createdAt: days(-20),
    team: ['marc', 'chloe'],
    users,
  });
  const bulk = amenBulkAccounts();
  const memberNames = [...AMEN_COLLECTIVE.memberNames, ...bulk.collectiveMembers];
  addAccounts(rows, [...amenAccounts(), ...bulk.accounts], {
    campaignId: amenCampaignId,
    currency: 'EUR',
    settings: resolveCampaignSettings(amenSettings),
    rival: amen,
    users,
    phrases: AMEN_PHRASES,
    now,
    at: amenAt,
    collective: { memberNames: new Set(memberNames), cancellationAt: days(AMEN_COLLECTIVE.cancellationInDays) },
  });
  const { cancellationInDays, ...collective } = AMEN_COLLECTIVE;
  rows.collectives.push({ ...collective, memberNames, campaignId: amenCampaignId, announcedCancellationAt: days(cancellationInDays) });
  return rows;
}

function addCampaign(
  rows: DemoRows,
  input: {
    rivalId: string;
    name: string;
    settings: CampaignSettingsOverrides;
    createdAt: Date;
    team: DemoUserKey[];
    users: Map<DemoUserKey, { id: string }>;
  },
): string {
  resolveCampaignSettings(input.settings); // throws on a bad override
  const id = randomUUID();
  rows.campaigns.push({
    id,
    rivalId: input.rivalId,
    name: input.name,
    status: 'active',
    settings: input.settings,
    currency: 'EUR',
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
  });
  for (const key of input.team) {
    const user = DEMO_USERS.find((u) => u.key === key);
    rows.members.push({
      campaignId: id,
      userId: memberId(input.users, key),
      teamRole: user?.team?.role ?? 'rep',
      addedAt: input.createdAt,
    });
  }
  return id;
}

function memberId(users: Map<DemoUserKey, { id: string }>, key: DemoUserKey): string {
  const user = users.get(key);
  if (!user) throw new Error(`demo: unknown user ${key}`);
  return user.id;
}

interface ActivityDraft {
  kind: ActivityEntity['kind'];
  occurredAt: Date;
  author: { id: string | null; name: string };
  body: string;
  outcomeCode?: CallOutcome | null;
  nextStepAt?: Date | null;
  metadata?: Record<string, unknown>;
  details?: ActivityDetails;
}

function addAccounts(rows: DemoRows, accounts: DemoAccount[], ctx: CampaignContext): void {
  const { settings, rival, now } = ctx;
  const priorityOf = queuePriorityScorer(rival, settings, now);
  const user = (key: DemoUserKey) => {
    const u = ctx.users.get(key);
    if (!u) throw new Error(`demo: unknown user ${key}`);
    return u;
  };
  const seenRefs = new Set<string>();
  // Deadlines by stage, segment and entry time: thousands of customers share a few hundred (time-zone arithmetic is not cheap).
  const dueAts = new Map<string, ReturnType<typeof dealDueAt>>();

  for (const account of accounts) {
    if (seenRefs.has(account.externalRef)) throw new Error(`demo: duplicate external ref ${account.externalRef}`);
    seenRefs.add(account.externalRef);
    const accountId = randomUUID();
    const opportunityId = randomUUID();
    const history = account.deal.history.map((step) => ({ stage: step.stage, at: ctx.at(step.at) }));
    if (history.length === 0 || history[0].stage !== 'identified') throw new Error(`demo: ${account.name} must start identified`);
    for (let i = 1; i < history.length; i++) {
      if (history[i].at.getTime() <= history[i - 1].at.getTime()) throw new Error(`demo: ${account.name} history out of order`);
    }
    const createdAt = history[0].at;
    const last = history[history.length - 1];
    const owner = account.owner ? user(account.owner) : null;
    if (!owner && history.length > 1) throw new Error(`demo: ${account.name} moved without an owner`);
    // Who moves the deal on and logs the calls: the owner (an unowned deal never leaves identified).
    const importer = user(account.importedBy);
    const rep = owner ?? importer;
    const decider = account.contacts.find((c) => c.decisionMaker) ?? account.contacts[0];
    const customer = { id: null, name: `${decider.name} (${account.name})` };
    const due = (stage: Stage, enteredAt: Date) => {
      const key = `${stage}|${account.segment}|${enteredAt.getTime()}`;
      if (!dueAts.has(key)) dueAts.set(key, dealDueAt({ stage, stageEnteredAt: enteredAt, segment: account.segment, rival, settings }));
      return dueAts.get(key) ?? null;
    };
    const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);

    const monthlyValue = Math.round((account.monthlySpend * (100 - account.deal.discountPercent)) / 100 / 100) * 100;
    const terms = { monthlyTotal: monthlyValue, currency: ctx.currency, termMonths: account.deal.termMonths };

    // The stage history and the activities that come with it.
    const drafts: ActivityDraft[] = [];
    history.forEach((step, i) => {
      const from = i === 0 ? null : history[i - 1].stage;
      const actor = i === 0 ? importer : step.stage === 'won' ? customer : rep;
      rows.transitions.push({
        opportunityId,
        campaignId: ctx.campaignId,
        fromStage: from,
        toStage: step.stage,
        at: step.at,
        dueAt: due(step.stage, step.at),
        actorLabel: actor.name,
      });
      if (from === null) return;
      switch (step.stage) {
        case 'contacted':
          drafts.push({
            kind: 'call',
            occurredAt: minutes(step.at, -5),
            author: rep,
            body: ctx.phrases.firstCall(decider, account),
            outcomeCode: 'reached_interested',
          });
          break;
        case 'proposal_sent':
          drafts.push({
            kind: 'proposal_sent',
            occurredAt: step.at,
            author: rep,
            body: ctx.phrases.proposalSent(decider, account),
            metadata: { termMonths: account.deal.termMonths, discountPercent: account.deal.discountPercent },
            details: { ...terms, validUntil: null },
          });
          break;
        case 'negotiating':
          drafts.push({
            kind: 'call',
            occurredAt: minutes(step.at, -5),
            author: rep,
            body: ctx.phrases.negotiating(decider, account),
            outcomeCode: 'reached_interested',
          });
          break;
        case 'won':
          drafts.push({
            kind: 'signed',
            occurredAt: step.at,
            author: customer,
            body: ctx.phrases.signed(decider, account),
            details: { signerName: decider.name, signerTitle: decider.title ?? null, ...terms },
          });
          break;
        case 'lost':
          drafts.push({ kind: 'note', occurredAt: step.at, author: rep, body: ctx.phrases.lost(account) });
          break;
      }
      drafts.push({
        kind: 'stage_change',
        occurredAt: step.at,
        author: actor,
        body: ctx.phrases.stageChange(from, step.stage),
        metadata: { from, to: step.stage },
        details: { from, to: step.stage, lostReason: step.stage === 'lost' ? (account.deal.lostReason ?? 'other') : null, note: null },
      });
    });
    for (const a of account.activities) {
      const occurredAt = ctx.at(a.at);
      drafts.push({
        kind: a.kind,
        occurredAt,
        author: user(a.by),
        body: a.body,
        outcomeCode: a.outcomeCode ?? null,
        nextStepAt: a.nextStepInDays === undefined ? null : new Date(occurredAt.getTime() + a.nextStepInDays * DAY_MS),
      });
    }
    drafts.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    for (const d of drafts) {
      if (d.occurredAt.getTime() > now.getTime()) throw new Error(`demo: ${account.name} has an activity in the future`);
      rows.activities.push({
        campaignId: ctx.campaignId,
        accountId,
        opportunityId,
        kind: d.kind,
        occurredAt: d.occurredAt,
        authorUserId: d.author.id,
        authorLabel: d.author.name,
        body: d.body,
        outcome: null,
        outcomeCode: d.outcomeCode ?? null,
        nextStepAt: d.nextStepAt ?? null,
        metadata: d.metadata ?? {},
        details: d.details ?? null,
        createdAt: d.occurredAt,
      });
    }
    const contactTimes = drafts.filter((d) => CONTACT_KINDS.has(d.kind)).map((d) => d.occurredAt.getTime());
    const lastContactAt = contactTimes.length > 0 ? new Date(Math.max(...contactTimes)) : null;
    const firstContactAt = contactTimes.length > 0 ? new Date(Math.min(...contactTimes)) : null;
    const updatedAt = new Date(Math.max(last.at.getTime(), ...drafts.map((d) => d.occurredAt.getTime())));

    // The deal, as it stands.
    const closed = last.stage === 'won' || last.stage === 'lost';
    const dueAt = due(last.stage, last.at);
    rows.opportunities.push({
      id: opportunityId,
      accountId,
      campaignId: ctx.campaignId,
      stage: last.stage,
      stageEnteredAt: last.at,
      dueAt,
      monthlyValue,
      oneTimeValue: account.deal.oneTimeValue,
      termMonths: account.deal.termMonths,
      probability: null,
      expectedCloseAt: closed ? last.at : last.stage === 'proposal_sent' || last.stage === 'negotiating' ? dueAt : null,
      lostReason: last.stage === 'lost' ? (account.deal.lostReason ?? 'other') : null,
      lostToBidder: last.stage === 'lost' ? (account.deal.lostToBidder ?? null) : null,
      note: account.deal.note ?? null,
      firstContactAt,
      closedAt: closed ? last.at : null,
      createdAt,
      updatedAt: last.at,
    });

    // A deal that reached proposal_sent has the proposal it sent (issue #20: AOL Europe at proposal_sent
    // said "No proposal yet"): its lines are what the account buys from the rival, at the deal's discount
    // and term; still sent while valid, expired after (the expiry job's doing), accepted for a won deal.
    const sentStep = history.find((step) => step.stage === 'proposal_sent');
    if (sentStep) {
      const won = history.find((step) => step.stage === 'won');
      const lines: ProposalLine[] = account.services.map((s, i) => {
        const even = s.monthlyCost % s.quantity === 0;
        return {
          serviceKind: s.kind,
          quantity: even ? s.quantity : 1,
          monthlyUnitPrice: even ? s.monthlyCost / s.quantity : s.monthlyCost,
          oneTimeFee: i === 0 ? account.deal.oneTimeValue : 0,
          ...(even ? {} : { description: `${s.quantity} ×` }),
        };
      });
      const plannedCutoverAt = new Date((won ?? sentStep).at.getTime() + 10 * DAY_MS);
      const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.monthlyUnitPrice, 0);
      const beforeCredit = proposalTotals({ lines, discountPercent: account.deal.discountPercent, termMonths: account.deal.termMonths, switchCredit: 0 });
      const credit = switchCredit({
        prepaidUntil: account.prepaidForDays === null ? null : new Date(now.getTime() + account.prepaidForDays * DAY_MS),
        plannedCutoverAt,
        rivalMonthlySpend: account.monthlySpend,
        proposalMonthlyValue: beforeCredit.monthlyTotal,
        settings,
      });
      if (subtotal <= 0) throw new Error(`demo: ${account.name} buys nothing to propose`);
      const validUntil = proposalValidUntil(sentStep.at, settings);
      const approval = requiredApproval(account.deal.discountPercent, settings.discountLimits);
      const expired = !won && isProposalExpired(validUntil, now);
      rows.proposals.push({
        id: randomUUID(),
        campaignId: ctx.campaignId,
        accountId,
        opportunityId,
        status: won ? 'accepted' : expired ? 'expired' : 'sent',
        currency: ctx.currency,
        termMonths: account.deal.termMonths,
        discountPercent: account.deal.discountPercent,
        plannedCutoverAt,
        requiredApproval: approval,
        totals: proposalTotals({ lines, discountPercent: account.deal.discountPercent, termMonths: account.deal.termMonths, switchCredit: credit.amount }),
        credit,
        createdBy: rep,
        submittedAt: approval === 'rep' ? null : minutes(sentStep.at, -60),
        approvedAt: approval === 'rep' ? null : minutes(sentStep.at, -30),
        approvedByLabel: approval === 'rep' ? null : importer.name,
        sentAt: sentStep.at,
        validUntil,
        expiredAt: expired ? validUntil : null,
        // A link nobody holds: the rep re-sends the proposal to give the customer a working one.
        tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
        acceptedAt: won ? won.at : null,
        signer: won ? { name: decider.name, title: decider.title ?? null, email: decider.email ?? null } : null,
        createdAt: minutes(sentStep.at, -90),
        lines,
      });
    }

    // The account, with its urgency as of now.
    const kinds = account.services.map((s) => s.kind);
    const urgency = accountUrgency({
      outages: (rival.outages ?? []).filter((o) => o.services.some((k) => kinds.includes(k))),
      account: { ...account, lastContactAt, createdAt },
      rival,
      settings,
      currency: ctx.currency,
      // The open deal's stage, or null: as the urgency context recomputes it.
      stage: closed ? null : last.stage,
      now,
      migrated: false,
      collectiveCancellationAt: ctx.collective?.memberNames.has(account.name) ? ctx.collective.cancellationAt : null,
    });
    const inDays = (n: number | null) => (n === null ? null : new Date(now.getTime() + n * DAY_MS));
    const queuePriority = priorityOf({ monthlySpend: account.monthlySpend, segment: account.segment, stage: closed ? null : last.stage, dueAt: closed ? null : dueAt });
    rows.queueKeys.set(accountId, { has_open_deal: !closed, open_deal_due_at: closed ? null : dueAt });
    rows.accounts.push({
      id: accountId,
      campaignId: ctx.campaignId,
      name: account.name,
      normalizedName: normalizeAccountName(account.name),
      segment: account.segment,
      countries: account.countries,
      monthlySpend: account.monthlySpend,
      contractEndsAt: inDays(account.contractEndsInDays),
      prepaidUntil: inDays(account.prepaidForDays),
      hasBackupProvider: account.hasBackupProvider,
      rivalIsPrincipalOperator: account.rivalIsPrincipalOperator,
      ownerId: owner?.id ?? null,
      externalRef: account.externalRef,
      competingBidders: account.competingBidders,
      urgency: urgency.score,
      urgencyFactors: urgency.factors,
      urgencyComputedAt: now,
      queuePriority,
      lastContactAt,
      createdAt,
      updatedAt,
    });
    account.services.forEach((s, position) =>
      rows.services.push({ accountId, kind: s.kind, quantity: s.quantity, monthlyCost: s.monthlyCost, position }),
    );
    for (const c of account.contacts) {
      rows.contacts.push({
        accountId,
        name: c.name,
        title: c.title,
        email: c.email,
        phone: c.phone,
        decisionMaker: c.decisionMaker,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
}

/**
 * Where the demo's customers came from, as a team's would say (issue #21): each campaign's list was
 * imported by its manager (the file named after the rival), relying on legitimate interests; every
 * account and contact of the campaign points at it. Recorded before the accounts are written, so
 * that thousands of rows are not written twice.
 */
async function recordDemoSources(manager: EntityManager, rows: DemoRows): Promise<void> {
  const firstAt = new Map<string, number>();
  for (const a of rows.accounts) {
    const at = (a.createdAt as Date).getTime();
    firstAt.set(a.campaignId as string, Math.min(firstAt.get(a.campaignId as string) ?? at, at));
  }
  const campaignIds = rows.campaigns.map((c) => c.id as string);
  const sources: Array<{ id: string; campaign_id: string }> = await manager.query(
    `INSERT INTO lead_source (campaign_id, kind, file_name, actor_user_id, actor_label, lawful_basis, recorded_at)
     SELECT c.id, 'import', lower(regexp_replace(r.name, '[^A-Za-z0-9]+', '-', 'g')) || '-customer-list.csv', m.id,
            coalesce(m.name, 'Lifeboat demo'), 'legitimate_interests', coalesce(x.first_at, now())
     FROM unnest($1::uuid[], $2::timestamptz[]) AS x(campaign_id, first_at)
     JOIN campaign c ON c.id = x.campaign_id JOIN rival r ON r.id = c.rival_id
     LEFT JOIN LATERAL (SELECT u.id, u.name FROM campaign_member cm JOIN app_user u ON u.id = cm.user_id
                        WHERE cm.campaign_id = c.id AND cm.team_role = 'manager' ORDER BY u.name, u.id LIMIT 1) m ON TRUE
     RETURNING id, campaign_id`,
    [campaignIds, campaignIds.map((id) => (firstAt.has(id) ? new Date(firstAt.get(id) as number).toISOString() : null))],
  );
  const sourceOf = new Map(sources.map((s) => [s.campaign_id, s.id]));
  const accountSource = new Map<string, string | null>();
  for (const a of rows.accounts) {
    a.sourceId = sourceOf.get(a.campaignId as string) ?? null;
    accountSource.set(a.id as string, a.sourceId);
  }
  for (const c of rows.contacts) c.sourceId = accountSource.get(c.accountId as string) ?? null;
}
