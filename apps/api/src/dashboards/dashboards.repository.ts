/**
 * The pipeline dashboard's SQL (issue #10): every figure is counted, summed, ranked or
 * interpolated by PostgreSQL, never by loading deals into Node. One call runs, in a single
 * REPEATABLE READ READ ONLY transaction (so the figures agree with each other under concurrent
 * writes), exactly two reads: the campaign with its rival (the access check), then one
 * statement of CTEs whose columns are the dashboard's sections as JSON (after `SET LOCAL jit = off`
 * and a larger work_mem for that transaction: see FIGURES_SETTINGS_SQL).
 *
 * At scale (issue #11: 36,600 accounts, 36,700 deals, 100,000 transitions, 370,000 activities in
 * one campaign) every section is one pass: conversions from one aggregate per deal (first entry
 * into each stage in the period, last entry ever), account states hashed per account, the
 * campaign's accounts and transitions read from covering indexes (no heap), JIT off.
 *
 * ## How each figure is computed
 *
 * Words: a deal is an `opportunity` of the campaign; it is *open* in identified, contacted,
 * proposal_sent or negotiating. `asOf` is the instant of the call. The period is
 * [from, to): from inclusive, to exclusive. Probability = the stored one, else the stage
 * default, which comes from libs/domain `defaultProbability` as a VALUES list (`stage_rule`)
 * generated when this module loads, so the rule is written once. Weighted values are
 * Σ(monthly_value × probability) / 100, rounded once, half away from zero (PostgreSQL `round`).
 *
 * - **stages**: every stage, the deals currently in it (a snapshot, not period-bound): count,
 *   Σ monthly_value, weighted value. **openPipeline**: the same over the open stages.
 * - **conversions**: for the pairs A → B along the pipeline (A open, B any later stage, and A →
 *   lost): `entered` = deals whose stage_transition into A falls in the period (first such entry
 *   per deal); `converted` = those with a transition into B at or after that entry (a cohort:
 *   B may come after the period). rate = converted / entered (null when none entered).
 * - **stageTimes**: a *stay* is a stage_transition row into S until the deal's next row
 *   (`lead()` ordered by at, then pipeline order for moves made at the same instant, then id).
 *   Over the completed stays (with a next row) that entered an open stage in the period:
 *   count, `percentile_cont(0.5)` of their length (hours), the median of the time they were
 *   allowed (the row's stored due_at − entry, hours; 0 when the stay began at or after its due
 *   time, i.e. after the signing deadline: no time was left), and how many left after their due time.
 *   The due time in business days comes from the campaign's settings (`resolveCampaignSettings`),
 *   reported also as nominal hours (business days × 24).
 * - **overdue**: open deals with due_at < asOf (a snapshot): count, Σ monthly_value, and the first
 *   20 by due_at then id (most overdue first) with hours overdue = (asOf − due_at) / 3600 s.
 * - **cycleTime**: won deals whose closed_at (the signature) falls in the period; measured =
 *   those with a first_contact_at; length = closed_at − first_contact_at. Median and p90 by
 *   `percentile_cont`; buckets by whole days ⌊length / 24 h⌋ (0–1 … 13–14, 14+; a negative
 *   length counts in 0–1); within target = length ≤ 7 × 24 h; share = within / measured. The
 *   length and the bucket are the SQL of pipeline/cycle-time-sql.ts, which `opportunities(stage: won,
 *   closedFrom, closedBefore, cycleBucket)` also filters by: a bar's drill-down lists its deals.
 * - **reps**: the campaign's reps (team_role rep) and anyone owning one of its accounts, by name
 *   then id. A deal counts for its account's owner. open, open Σ monthly_value, overdue
 *   (snapshot); won (count, Σ monthly_value) and lost with closed_at in the period; activities
 *   they authored in the campaign with occurred_at in the period (all kinds, and the logged ones:
 *   call, email, meeting, note). **unassigned**: open and overdue deals of unowned accounts.
 * - **capture** (snapshot, all accounts of the campaign = the rival's customer base): each
 *   account is won if one of its deals is won, else open if one is open, else lost if one is
 *   lost, else untouched; counts and Σ account.monthly_spend of each; the won share of the spend.
 *   Lost accounts are grouped by the lost_to_bidder of their latest lost deal (closed_at, id),
 *   null when none was named; ordered by accounts desc, spend desc, bidder (code-point order).
 * - **forecast**: open deals by expected week = the Monday 00:00 (campaign time zone) of
 *   expected_close_at, else due_at, when that moment is at or after asOf; when it has passed the
 *   deal is `overdue` (in no week: the current week holds only what is still ahead). Weeks run from the current one to the rival's shutdown week when the shutdown is still
 *   ahead, else to the latest expected week, at most 52 weeks; later deals are `beyondHorizon`,
 *   deals with neither date `unscheduled`. Each week: deals, Σ monthly_value, weighted value,
 *   with the campaign's weekly migration capacity alongside, and the workload the migration plan
 *   (below) cuts over that week: capacity and plan in the same unit.
 * - **shutdown**: the rival's health and shutdown_expected_at; daysLeft = (shutdown − asOf) / 86,400 s.
 * - **migrationPlan**: migrations of the campaign counted by status (count, Σ workload); the
 *   ones not yet migrated are laid out by libs/domain `planMigrations` (in Node: it is a rule,
 *   not an aggregate) exactly as `migrationPlan(campaignId)` does, from the same snapshot.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { defaultProbability, isOpenStage, LOGGED_ACTIVITY_KINDS, OPEN_STAGES, STAGES, type MigrationStatus, type Stage } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { hydrate } from '../database/hydrate';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { RivalEntity } from '../rivals/rival.entity';
import { CYCLE_BUCKET_DAYS, CYCLE_TARGET_HOURS, cycleBucketSql, cycleSecondsSql } from '../pipeline/cycle-time-sql';
import { captureFlagsSql, captureStateSql } from '../pipeline/capture-state-sql';

/** Deals listed under `overdue.deals`. */
export const OVERDUE_LIST_SIZE = 20;
/** The forecast never spans more weeks than this. */
export const MAX_FORECAST_WEEKS = 52;
// The cycle's length and its buckets are the pipeline's definition, shared with `opportunities(cycleBucket:)`.
export { CYCLE_BUCKET_DAYS, CYCLE_TARGET_HOURS };

const WORD = /^[a-z_]+$/;
function word(value: string): string {
  if (!WORD.test(value)) throw new Error(`Not a vocabulary word: ${value}`);
  return `'${value}'`;
}
function int(value: number): string {
  if (!Number.isInteger(value)) throw new Error(`Not an integer: ${value}`);
  return String(value);
}

/** The stages with their pipeline order, default probability (from libs/domain) and openness. */
const STAGE_RULES_SQL = `stage_rule(stage, ord, default_probability, is_open) AS (VALUES ${STAGES.map(
  (s, i) => `(${word(s)}, ${int(i + 1)}, ${int(defaultProbability(s))}, ${isOpenStage(s) ? 'true' : 'false'})`,
).join(', ')})`;

/** A stage's pipeline order (stage_rule.ord) as a CASE expression over a column. */
const STAGE_ORD_SQL = (column: string) => `CASE ${column} ${STAGES.map((st, i) => `WHEN ${word(st)} THEN ${int(i + 1)}`).join(' ')} END`;

const FORWARD: readonly Stage[] = STAGES.filter((s) => s !== 'lost');
/** Conversion pairs: each open stage to every later stage along the pipeline, and to lost. */
export const CONVERSION_PAIRS: ReadonlyArray<{ from: Stage; to: Stage }> = OPEN_STAGES.flatMap((from) => [
  ...FORWARD.slice(FORWARD.indexOf(from) + 1).map((to) => ({ from, to })),
  { from, to: 'lost' as Stage },
]);

/** The stages conversions start from and lead to (each once, in pipeline order). */
const CONVERSION_FROM_STAGES: readonly Stage[] = STAGES.filter((st) => CONVERSION_PAIRS.some((p) => p.from === st));
const CONVERSION_TO_STAGES: readonly Stage[] = STAGES.filter((st) => CONVERSION_PAIRS.some((p) => p.to === st));

const LOGGED_KINDS_SQL = LOGGED_ACTIVITY_KINDS.map(word).join(', ');

const RIVAL_COLUMNS = ['id', 'name', 'country', 'health', 'shutdown_expected_at', 'services', 'version', 'created_at', 'updated_at'];

export interface DashboardCampaignRow {
  campaign: CampaignEntity;
  rival: RivalEntity;
  /** (shutdown − asOf) in days, computed by the database; null without a date. */
  daysLeft: number | null;
}

/** The JSON the figures statement returns, one property per section (numbers are exact integers unless said). */
export interface DashboardFiguresRow {
  stages: Array<{ stage: Stage; deals: number; monthlyValue: number; weightedValue: number }>;
  open_pipeline: { deals: number; monthlyValue: number; weightedValue: number };
  conversions: Array<{ fromStage: Stage; toStage: Stage; entered: number; converted: number; rate: number | null }>;
  stage_times: Array<{ stage: Stage; stays: number; medianHours: number | null; medianAllowedHours: number | null; staysPastDue: number }>;
  overdue: { deals: number; monthlyValue: number };
  overdue_deals: Array<{
    opportunityId: string;
    accountId: string;
    accountName: string;
    ownerId: string | null;
    ownerName: string | null;
    stage: Stage;
    dueAt: string;
    hoursOverdue: number;
    monthlyValue: number;
  }>;
  cycle: {
    signed: number;
    measured: number;
    medianHours: number | null;
    p90Hours: number | null;
    withinTarget: number;
    withinTargetShare: number | null;
  };
  cycle_buckets: Array<{ fromDays: number; toDays: number | null; deals: number }>;
  reps: Array<{
    userId: string;
    name: string;
    teamRole: 'manager' | 'rep' | null;
    openDeals: number;
    openMonthlyValue: number;
    overdueDeals: number;
    wonDeals: number;
    wonMonthlyValue: number;
    lostDeals: number;
    activities: number;
    loggedActivities: number;
  }>;
  unassigned: { openDeals: number; openMonthlyValue: number; overdueDeals: number };
  capture: {
    accounts: number;
    monthlySpend: number;
    wonAccounts: number;
    wonMonthlySpend: number;
    openAccounts: number;
    openMonthlySpend: number;
    lostAccounts: number;
    lostMonthlySpend: number;
    untouchedAccounts: number;
    untouchedMonthlySpend: number;
    wonShareOfSpend: number | null;
  };
  lost_to: Array<{ bidder: string | null; accounts: number; monthlySpend: number }>;
  forecast: { firstWeek: string; lastWeek: string; untilShutdown: boolean };
  forecast_weeks: Array<{ weekStart: string; deals: number; monthlyValue: number; weightedValue: number }>;
  forecast_beyond: { deals: number; monthlyValue: number; weightedValue: number };
  forecast_unscheduled: { deals: number; monthlyValue: number; weightedValue: number };
  forecast_overdue: { deals: number; monthlyValue: number; weightedValue: number };
  migration_statuses: Array<{ status: MigrationStatus; migrations: number; workload: number }>;
  migrations_to_plan: Array<{ id: string; accountName: string; workload: number; deadline: string }>;
}

/**
 * The figures statement. Parameters: $1 campaign id, $2 period from, $3 period to, $4 asOf,
 * $5 time zone, $6 rival shutdown (nullable), $7 max forecast weeks, $8 cycle target (seconds).
 */
const FIGURES_SQL = `
WITH
${STAGE_RULES_SQL},
deal AS (
  SELECT o.id, o.account_id, o.stage, o.due_at, o.monthly_value, o.expected_close_at, o.lost_to_bidder,
         o.first_contact_at, o.closed_at, coalesce(o.probability, s.default_probability) AS probability, s.is_open,
         a.owner_id
  FROM opportunity o
  JOIN account a ON a.id = o.account_id AND a.campaign_id = $1
  JOIN stage_rule s ON s.stage = o.stage
  WHERE o.campaign_id = $1
),
-- The stage's pipeline order as an expression (not a join), so that the rows come in the order of
-- stage_transition_campaign_idx (campaign_id, opportunity_id, at) and the window only sorts ties.
transition AS (
  SELECT t.opportunity_id, t.to_stage, t.at, t.due_at,
         lead(t.at) OVER (PARTITION BY t.opportunity_id ORDER BY t.at, ${STAGE_ORD_SQL('t.to_stage')}, t.id) AS left_at
  FROM stage_transition t
  WHERE t.campaign_id = $1 AND t.to_stage IN (${STAGES.map(word).join(', ')})
),
-- Conversions, one pass: per deal, the first entry into each open stage within the period and the
-- last entry ever into each stage. A deal entered A in the period and converted to B when some entry
-- into B is at or after its first entry into A in the period, i.e. when its last entry into B is.
stage_entry AS (
  SELECT ${CONVERSION_FROM_STAGES.map((st) => `min(at) FILTER (WHERE to_stage = ${word(st)} AND at >= $2 AND at < $3) AS first_${st}`).join(',\n         ')},
         ${CONVERSION_TO_STAGES.map((st) => `max(at) FILTER (WHERE to_stage = ${word(st)}) AS last_${st}`).join(',\n         ')}
  FROM transition
  GROUP BY opportunity_id
),
signed AS (
  SELECT ${cycleSecondsSql('closed_at', 'first_contact_at')} AS seconds
  FROM deal WHERE stage = 'won' AND closed_at >= $2 AND closed_at < $3
),
-- Each account's state from its deals (hashed per account), and for lost ones the bidder of the latest lost deal.
account_state AS (
  SELECT a.id, a.monthly_spend,
         ${captureStateSql('f')} AS state,
         l.lost_to_bidder
  FROM account a
  LEFT JOIN (SELECT account_id, ${captureFlagsSql('stage')}
             FROM deal GROUP BY account_id) f ON f.account_id = a.id
  LEFT JOIN (SELECT DISTINCT ON (account_id) account_id, lost_to_bidder
             FROM deal WHERE stage = 'lost' ORDER BY account_id, closed_at DESC NULLS LAST, id DESC) l ON l.account_id = a.id
  WHERE a.campaign_id = $1
),
horizon AS (
  SELECT first_week,
         least(first_week + ($7::int - 1) * interval '7 days', greatest(first_week, last_expected)) AS last_week,
         until_shutdown
  FROM (
    SELECT date_trunc('week', $4::timestamptz AT TIME ZONE $5) AS first_week,
           CASE WHEN $6::timestamptz >= $4::timestamptz THEN date_trunc('week', $6::timestamptz AT TIME ZONE $5)
                ELSE (SELECT max(date_trunc('week', coalesce(expected_close_at, due_at) AT TIME ZONE $5)) FROM deal WHERE is_open) END AS last_expected,
           coalesce($6::timestamptz >= $4::timestamptz, false) AS until_shutdown
  ) w
),
-- An open deal's expected moment (expected close, else due time): passed (overdue, in no week),
-- in a week from the current one on, or none (unscheduled).
deal_week AS (
  SELECT d.id, d.monthly_value, d.probability,
         coalesce(d.expected_close_at, d.due_at) < $4::timestamptz AS overdue,
         CASE WHEN coalesce(d.expected_close_at, d.due_at) >= $4::timestamptz
              THEN date_trunc('week', coalesce(d.expected_close_at, d.due_at) AT TIME ZONE $5) END AS week
  FROM deal d
  WHERE d.is_open
),
rep AS (
  SELECT u.id, u.name, m.team_role
  FROM app_user u
  LEFT JOIN campaign_member m ON m.campaign_id = $1 AND m.user_id = u.id
  WHERE m.team_role = 'rep' OR EXISTS (SELECT 1 FROM account x WHERE x.owner_id = u.id AND x.campaign_id = $1)
)
SELECT
  (SELECT json_agg(json_build_object('stage', s.stage, 'deals', coalesce(f.deals, 0), 'monthlyValue', coalesce(f.monthly_value, 0),
                                     'weightedValue', coalesce(f.weighted_value, 0)) ORDER BY s.ord)
   FROM stage_rule s
   LEFT JOIN (SELECT stage, count(*) AS deals, sum(monthly_value) AS monthly_value, round(sum(monthly_value * probability) / 100.0) AS weighted_value
              FROM deal GROUP BY stage) f ON f.stage = s.stage) AS stages,

  (SELECT json_build_object('deals', count(*), 'monthlyValue', coalesce(sum(monthly_value), 0),
                            'weightedValue', coalesce(round(sum(monthly_value * probability) / 100.0), 0))
   FROM deal WHERE is_open) AS open_pipeline,

  (SELECT json_agg(json_build_object('fromStage', p.from_stage, 'toStage', p.to_stage, 'entered', p.entered, 'converted', p.converted,
                                     'rate', p.converted::float8 / nullif(p.entered, 0)) ORDER BY p.ord)
   FROM (SELECT ${CONVERSION_PAIRS.map((p, i) => `count(first_${p.from}) AS entered_${i + 1}, count(*) FILTER (WHERE last_${p.to} >= first_${p.from}) AS converted_${i + 1}`).join(',\n                ')}
         FROM stage_entry) n
   CROSS JOIN LATERAL (VALUES ${CONVERSION_PAIRS.map((p, i) => `(${word(p.from)}, ${word(p.to)}, ${int(i + 1)}, n.entered_${i + 1}, n.converted_${i + 1})`).join(',\n                              ')}
   ) AS p(from_stage, to_stage, ord, entered, converted)) AS conversions,

  (SELECT json_agg(json_build_object('stage', s.stage, 'stays', coalesce(x.stays, 0), 'medianHours', x.median_hours,
                                     'medianAllowedHours', x.median_allowed_hours, 'staysPastDue', coalesce(x.past_due, 0)) ORDER BY s.ord)
   FROM stage_rule s
   LEFT JOIN (SELECT to_stage AS stage, count(*) AS stays,
                     percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - at)::float8) / 3600 AS median_hours,
                     percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN due_at IS NOT NULL THEN greatest(extract(epoch FROM due_at - at)::float8, 0) END) / 3600 AS median_allowed_hours,
                     count(*) FILTER (WHERE left_at > due_at) AS past_due
              FROM transition
              WHERE left_at IS NOT NULL AND at >= $2 AND at < $3
              GROUP BY to_stage) x ON x.stage = s.stage
   WHERE s.is_open) AS stage_times,

  (SELECT json_build_object('deals', count(*), 'monthlyValue', coalesce(sum(monthly_value), 0))
   FROM deal WHERE is_open AND due_at < $4) AS overdue,

  (SELECT coalesce(json_agg(row_to_json(o) ORDER BY o."dueAt", o."opportunityId"), '[]')
   FROM (SELECT d.id AS "opportunityId", d.account_id AS "accountId", a.name AS "accountName", d.owner_id AS "ownerId",
                u.name AS "ownerName", d.stage, d.due_at AS "dueAt",
                extract(epoch FROM $4::timestamptz - d.due_at)::float8 / 3600 AS "hoursOverdue", d.monthly_value AS "monthlyValue"
         FROM (SELECT * FROM deal WHERE is_open AND due_at < $4 ORDER BY due_at, id LIMIT ${int(OVERDUE_LIST_SIZE)}) d
         JOIN account a ON a.id = d.account_id
         LEFT JOIN app_user u ON u.id = d.owner_id) o) AS overdue_deals,

  (SELECT json_build_object('signed', count(*), 'measured', count(seconds),
                            'medianHours', percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) / 3600,
                            'p90Hours', percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) / 3600,
                            'withinTarget', count(*) FILTER (WHERE seconds <= $8),
                            'withinTargetShare', (count(*) FILTER (WHERE seconds <= $8))::float8 / nullif(count(seconds), 0))
   FROM signed) AS cycle,

  (SELECT json_agg(json_build_object('fromDays', b.day, 'toDays', CASE WHEN b.day < ${int(CYCLE_BUCKET_DAYS)} THEN b.day + 1 END,
                                     'deals', coalesce(n.deals, 0)) ORDER BY b.day)
   FROM generate_series(0, ${int(CYCLE_BUCKET_DAYS)}) AS b(day)
   LEFT JOIN (SELECT ${cycleBucketSql('seconds')} AS day, count(*) AS deals
              FROM signed WHERE seconds IS NOT NULL GROUP BY 1) n ON n.day = b.day) AS cycle_buckets,

  (SELECT coalesce(json_agg(json_build_object(
            'userId', r.id, 'name', r.name, 'teamRole', r.team_role,
            'openDeals', coalesce(d.open_deals, 0), 'openMonthlyValue', coalesce(d.open_value, 0), 'overdueDeals', coalesce(d.overdue, 0),
            'wonDeals', coalesce(d.won, 0), 'wonMonthlyValue', coalesce(d.won_value, 0), 'lostDeals', coalesce(d.lost, 0),
            'activities', coalesce(a.activities, 0), 'loggedActivities', coalesce(a.logged, 0)) ORDER BY r.name, r.id), '[]')
   FROM rep r
   LEFT JOIN (SELECT owner_id,
                     count(*) FILTER (WHERE is_open) AS open_deals,
                     sum(monthly_value) FILTER (WHERE is_open) AS open_value,
                     count(*) FILTER (WHERE is_open AND due_at < $4) AS overdue,
                     count(*) FILTER (WHERE stage = 'won' AND closed_at >= $2 AND closed_at < $3) AS won,
                     sum(monthly_value) FILTER (WHERE stage = 'won' AND closed_at >= $2 AND closed_at < $3) AS won_value,
                     count(*) FILTER (WHERE stage = 'lost' AND closed_at >= $2 AND closed_at < $3) AS lost
              FROM deal GROUP BY owner_id) d ON d.owner_id = r.id
   LEFT JOIN (SELECT author_user_id, count(*) AS activities, count(*) FILTER (WHERE kind IN (${LOGGED_KINDS_SQL})) AS logged
              FROM activity
              WHERE campaign_id = $1 AND occurred_at >= $2 AND occurred_at < $3
              GROUP BY author_user_id) a ON a.author_user_id = r.id) AS reps,

  (SELECT json_build_object('openDeals', count(*) FILTER (WHERE is_open), 'openMonthlyValue', coalesce(sum(monthly_value) FILTER (WHERE is_open), 0),
                            'overdueDeals', count(*) FILTER (WHERE is_open AND due_at < $4))
   FROM deal WHERE owner_id IS NULL) AS unassigned,

  (SELECT json_build_object(
            'accounts', count(*), 'monthlySpend', coalesce(sum(monthly_spend), 0),
            'wonAccounts', count(*) FILTER (WHERE state = 'won'), 'wonMonthlySpend', coalesce(sum(monthly_spend) FILTER (WHERE state = 'won'), 0),
            'openAccounts', count(*) FILTER (WHERE state = 'open'), 'openMonthlySpend', coalesce(sum(monthly_spend) FILTER (WHERE state = 'open'), 0),
            'lostAccounts', count(*) FILTER (WHERE state = 'lost'), 'lostMonthlySpend', coalesce(sum(monthly_spend) FILTER (WHERE state = 'lost'), 0),
            'untouchedAccounts', count(*) FILTER (WHERE state = 'untouched'),
            'untouchedMonthlySpend', coalesce(sum(monthly_spend) FILTER (WHERE state = 'untouched'), 0),
            'wonShareOfSpend', (coalesce(sum(monthly_spend) FILTER (WHERE state = 'won'), 0))::float8 / nullif(sum(monthly_spend), 0))
   FROM account_state) AS capture,

  (SELECT coalesce(json_agg(json_build_object('bidder', x.bidder, 'accounts', x.accounts, 'monthlySpend', x.spend)
                            ORDER BY x.accounts DESC, x.spend DESC, x.bidder COLLATE "C" NULLS LAST), '[]')
   FROM (SELECT lost_to_bidder AS bidder, count(*) AS accounts, sum(monthly_spend) AS spend
         FROM account_state WHERE state = 'lost' GROUP BY lost_to_bidder) x) AS lost_to,

  (SELECT json_build_object('firstWeek', first_week AT TIME ZONE $5, 'lastWeek', last_week AT TIME ZONE $5, 'untilShutdown', until_shutdown)
   FROM horizon) AS forecast,

  (SELECT json_agg(json_build_object('weekStart', w.week AT TIME ZONE $5, 'deals', w.deals, 'monthlyValue', w.monthly_value,
                                     'weightedValue', w.weighted_value) ORDER BY w.week)
   FROM (SELECT g.week, count(dw.id) AS deals, coalesce(sum(dw.monthly_value), 0) AS monthly_value,
                coalesce(round(sum(dw.monthly_value * dw.probability) / 100.0), 0) AS weighted_value
         FROM horizon h
         CROSS JOIN generate_series(h.first_week, h.last_week, interval '7 days') AS g(week)
         LEFT JOIN deal_week dw ON dw.week = g.week
         GROUP BY g.week) w) AS forecast_weeks,

  (SELECT json_build_object('deals', count(*), 'monthlyValue', coalesce(sum(monthly_value), 0),
                            'weightedValue', coalesce(round(sum(monthly_value * probability) / 100.0), 0))
   FROM deal_week CROSS JOIN horizon h WHERE week > h.last_week) AS forecast_beyond,

  (SELECT json_build_object('deals', count(*), 'monthlyValue', coalesce(sum(monthly_value), 0),
                            'weightedValue', coalesce(round(sum(monthly_value * probability) / 100.0), 0))
   FROM deal_week WHERE overdue IS NULL) AS forecast_unscheduled,

  (SELECT json_build_object('deals', count(*), 'monthlyValue', coalesce(sum(monthly_value), 0),
                            'weightedValue', coalesce(round(sum(monthly_value * probability) / 100.0), 0))
   FROM deal_week WHERE overdue) AS forecast_overdue,

  (SELECT coalesce(json_agg(json_build_object('status', status, 'migrations', migrations, 'workload', workload) ORDER BY status), '[]')
   FROM (SELECT status, count(*) AS migrations, sum(workload) AS workload FROM migration WHERE campaign_id = $1 GROUP BY status) m) AS migration_statuses,

  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'accountName', a.name, 'workload', m.workload, 'deadline', m.target_cutover_at)
                            ORDER BY m.target_cutover_at, m.id), '[]')
   FROM migration m JOIN account a ON a.id = m.account_id
   WHERE m.campaign_id = $1 AND m.status <> 'migrated') AS migrations_to_plan
`;

/** Settings for the rest of the snapshot's transaction (SET LOCAL: they end with it). */
export const FIGURES_SETTINGS_SQL = `SET LOCAL jit = off; SET LOCAL work_mem = '64MB'`;

/** The only place that queries for dashboards: aggregates, read in one consistent snapshot. */
@Injectable()
export class DashboardsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `read` in a REPEATABLE READ, READ ONLY transaction: every statement sees the same
   * snapshot, so figures read by different statements agree even while deals move.
   */
  inSnapshot<T>(read: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // The figures statement is one large plan over tens of thousands of rows: JIT compilation
      // costs more than it saves (~300 ms at 36,000 accounts), and 4 MB of work_mem sends its sorts
      // and hashes to disk. Both settings end with this transaction.
      await manager.query('SET TRANSACTION READ ONLY');
      await manager.query(FIGURES_SETTINGS_SQL);
      return read(manager);
    });
  }

  /** The campaign (if the caller sees it) with its rival; `daysLeft` counted from `asOf`. */
  async campaignWithRival(manager: EntityManager, scope: AccessScope, campaignId: string, asOf: Date): Promise<DashboardCampaignRow | null> {
    const params: unknown[] = [campaignId, asOf];
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT c.*, ${RIVAL_COLUMNS.map((col) => `r.${col} AS r_${col}`).join(', ')},
              extract(epoch FROM r.shutdown_expected_at - $2::timestamptz)::float8 / 86400 AS days_left
       FROM campaign c JOIN rival r ON r.id = c.rival_id
       WHERE c.id = $1 AND ${scopeClause(scope, 'c.id', params)}`,
      params,
    );
    const row = rows[0];
    if (!row) return null;
    return {
      campaign: hydrate(manager, CampaignEntity, row),
      rival: hydrate(manager, RivalEntity, Object.fromEntries(RIVAL_COLUMNS.map((col) => [col, row[`r_${col}`]]))),
      daysLeft: row['days_left'] === null ? null : Number(row['days_left']),
    };
  }

  /** Every figure of the pipeline dashboard, in one statement (see the top of this file). */
  async figures(
    manager: EntityManager,
    input: { campaignId: string; from: Date; to: Date; asOf: Date; timeZone: string; shutdownExpectedAt: Date | null },
  ): Promise<DashboardFiguresRow> {
    const rows: DashboardFiguresRow[] = await manager.query(FIGURES_SQL, [
      input.campaignId,
      input.from,
      input.to,
      input.asOf,
      input.timeZone,
      input.shutdownExpectedAt,
      MAX_FORECAST_WEEKS,
      CYCLE_TARGET_HOURS * 3600,
    ]);
    return rows[0];
  }
}
