import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { MIGRATION_STATUSES, OPEN_STAGES, planMigrations, resolveCampaignSettings, type MigrationPlan } from '@lifeboat/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeCampaign, type AccessScope, type Actor } from '../common/access/actor';
import { DashboardRefreshMessage, RealtimePubSub, TOPICS } from '../subscriptions/realtime-pubsub';
import { assertCanRead } from '../common/access/permissions';
import { applyRule } from '../common/errors/domain-rule';
import { BadInputError, NotFoundError } from '../common/errors/lifeboat-error';
import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';
import { money, Money } from '../common/graphql/money';
import { toCampaignModel } from '../campaigns/campaign.mapper';
import { toRivalModel } from '../rivals/rival.mapper';
import { CYCLE_TARGET_HOURS, DashboardsRepository, DashboardFiguresRow } from './dashboards.repository';
import type { DashboardPeriodInput } from './dto/pipeline-dashboard.args';
import type { DashboardMigrationPlanModel, DashboardUserModel, PipelineDashboardModel } from './pipeline-dashboard.model';
import { SnapshotCache } from './snapshot-cache';

/** Names listed under `migrationPlan.willGoDarkAccounts`. */
const GO_DARK_LIST_SIZE = 20;

/** Dashboards for managers (and the reps of the campaign, who read everything in it). */
@Injectable()
export class DashboardsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DashboardsService.name);
  /** Computed dashboards, served again for up to LIFEBOAT_DASHBOARD_CACHE_SECONDS unless the campaign changed. */
  readonly snapshots: SnapshotCache<PipelineDashboardModel>;
  private changes: AsyncIterableIterator<DashboardRefreshMessage> | null = null;

  constructor(
    private readonly dashboards: DashboardsRepository,
    private readonly realtime: RealtimePubSub,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.snapshots = new SnapshotCache({
      maxAgeMs: config.dashboardCacheSeconds * 1000,
      onBackgroundError: (key, error) => this.logger.warn(`Dashboard ${key} not refreshed: ${(error as Error).message}`),
    });
  }

  /** Listens to every change of every campaign (published after commit, from any process) to drop kept figures. */
  onModuleInit(): void {
    if (!this.snapshots.enabled) return;
    const changes = this.realtime.iterator<DashboardRefreshMessage>(TOPICS.dashboardRefresh);
    this.changes = changes;
    void (async () => {
      for await (const message of changes) this.snapshots.invalidateCampaign(message.campaignId);
    })().catch((error: unknown) => this.logger.error(`Dashboard change listener stopped: ${(error as Error).message}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.changes?.return?.();
  }

  /**
   * What `pipelineDashboard` answers: the figures computed at most LIFEBOAT_DASHBOARD_CACHE_SECONDS ago
   * and not since a change to the campaign (see snapshot-cache.ts), else computed now. Who may read it
   * is checked on every call, before anything kept is looked at.
   */
  async readPipelineDashboard(
    actor: Actor,
    scope: AccessScope,
    args: { campaignId: string; period?: DashboardPeriodInput | null },
  ): Promise<PipelineDashboardModel> {
    assertCanRead(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    const key = `${campaignId}|${args.period?.from?.toISOString() ?? ''}|${args.period?.to?.toISOString() ?? ''}`;
    return this.snapshots.get(key, campaignId, () => this.pipelineDashboard(actor, scope, args));
  }

  /**
   * The pipeline dashboard of a campaign the caller sees (else NOT_FOUND), every figure from one
   * REPEATABLE READ snapshot: the campaign and its figures are two statements of one transaction.
   */
  async pipelineDashboard(
    actor: Actor,
    scope: AccessScope,
    args: { campaignId: string; period?: DashboardPeriodInput | null },
    asOf = new Date(),
  ): Promise<PipelineDashboardModel> {
    assertCanRead(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    const { ctx, settings, figures, from, to } = await this.dashboards.inSnapshot(async (manager) => {
      const ctx = await this.dashboards.campaignWithRival(manager, scope, campaignId, asOf);
      if (!ctx) throw new NotFoundError('The campaign');
      const from = args.period?.from ?? ctx.campaign.createdAt;
      const to = args.period?.to ?? asOf;
      if (from.getTime() > to.getTime()) {
        throw new BadInputError('The period must not end before it starts.', [{ field: 'period.to', reason: 'must not be before period.from' }]);
      }
      const settings = applyRule(() => resolveCampaignSettings(ctx.campaign.settings), 'campaign.settings');
      const figures = await this.dashboards.figures(manager, {
        campaignId,
        from,
        to,
        asOf,
        timeZone: settings.timeZone,
        shutdownExpectedAt: ctx.rival.shutdownExpectedAt,
      });
      return { ctx, settings, figures, from, to };
    });
    const currency = ctx.campaign.currency.trim();
    const m = (amount: number): Money => money(Number(amount), currency);
    const user = (id: string | null, name: string | null): DashboardUserModel | null => (id === null ? null : { id: toGlobalId('User', id), name: name ?? '' });
    const bucket = (b: { deals: number; monthlyValue: number; weightedValue: number }) => ({
      deals: b.deals,
      monthlyValue: m(b.monthlyValue),
      weightedValue: m(b.weightedValue),
    });
    const c = figures.capture;
    const plan = this.plan(figures, settings, ctx.rival.shutdownExpectedAt, asOf);
    const plannedLoad = new Map(plan.weeks.map((w) => [w.weekStart.getTime(), w.load]));

    return {
      campaign: toCampaignModel(ctx.campaign),
      asOf,
      period: { from, to },
      timeZone: settings.timeZone,
      stages: figures.stages.map((s) => ({ stage: s.stage, ...bucket(s) })),
      openPipeline: bucket(figures.open_pipeline),
      conversions: figures.conversions,
      stageTimes: figures.stage_times
        .filter((t) => (OPEN_STAGES as readonly string[]).includes(t.stage))
        .map((t) => {
          const days = settings.stageDueBusinessDays[t.stage as (typeof OPEN_STAGES)[number]];
          return { ...t, dueBusinessDays: days, dueHours: days * 24 };
        }),
      overdue: {
        count: figures.overdue.deals,
        monthlyValue: m(figures.overdue.monthlyValue),
        deals: figures.overdue_deals.map((d) => ({
          opportunityId: toGlobalId('Opportunity', d.opportunityId),
          accountId: toGlobalId('Account', d.accountId),
          accountName: d.accountName,
          owner: user(d.ownerId, d.ownerName),
          stage: d.stage,
          dueAt: new Date(d.dueAt),
          hoursOverdue: d.hoursOverdue,
          monthlyValue: m(d.monthlyValue),
        })),
      },
      cycleTime: {
        signedDeals: figures.cycle.signed,
        measuredDeals: figures.cycle.measured,
        medianHours: figures.cycle.medianHours,
        p90Hours: figures.cycle.p90Hours,
        targetHours: CYCLE_TARGET_HOURS,
        withinTarget: figures.cycle.withinTarget,
        withinTargetShare: figures.cycle.withinTargetShare,
        buckets: figures.cycle_buckets,
      },
      reps: figures.reps.map((r) => ({
        user: user(r.userId, r.name) as DashboardUserModel,
        teamRole: r.teamRole,
        openDeals: r.openDeals,
        openMonthlyValue: m(r.openMonthlyValue),
        overdueDeals: r.overdueDeals,
        wonDeals: r.wonDeals,
        wonMonthlyValue: m(r.wonMonthlyValue),
        lostDeals: r.lostDeals,
        activities: r.activities,
        loggedActivities: r.loggedActivities,
      })),
      unassigned: {
        openDeals: figures.unassigned.openDeals,
        openMonthlyValue: m(figures.unassigned.openMonthlyValue),
        overdueDeals: figures.unassigned.overdueDeals,
      },
      capture: {
        total: { accounts: c.accounts, monthlySpend: m(c.monthlySpend) },
        won: { accounts: c.wonAccounts, monthlySpend: m(c.wonMonthlySpend) },
        open: { accounts: c.openAccounts, monthlySpend: m(c.openMonthlySpend) },
        lost: { accounts: c.lostAccounts, monthlySpend: m(c.lostMonthlySpend) },
        untouched: { accounts: c.untouchedAccounts, monthlySpend: m(c.untouchedMonthlySpend) },
        wonShareOfSpend: c.wonShareOfSpend,
        lostTo: figures.lost_to.map((l) => ({ bidder: l.bidder, accounts: l.accounts, monthlySpend: m(l.monthlySpend) })),
      },
      forecast: {
        untilShutdown: figures.forecast.untilShutdown,
        weeklyMigrationCapacity: settings.weeklyMigrationCapacity,
        weeks: figures.forecast_weeks.map((w) => {
          const weekStart = new Date(w.weekStart);
          return { weekStart, ...bucket(w), migrationCapacity: settings.weeklyMigrationCapacity, plannedWorkload: plannedLoad.get(weekStart.getTime()) ?? 0 };
        }),
        beyondHorizon: bucket(figures.forecast_beyond),
        unscheduled: bucket(figures.forecast_unscheduled),
        overdue: bucket(figures.forecast_overdue),
      },
      shutdown: {
        rival: toRivalModel(ctx.rival),
        health: ctx.rival.health,
        shutdownExpectedAt: ctx.rival.shutdownExpectedAt,
        daysLeft: ctx.daysLeft,
      },
      migrationPlan: this.migrationPlan(figures, plan),
    };
  }

  /** The plan is the domain's rule over the snapshot's migrations not yet done, as `migrationPlan(campaignId)` lays them. */
  private plan(
    figures: DashboardFiguresRow,
    settings: { timeZone: string; weeklyMigrationCapacity: number },
    shutdownExpectedAt: Date | null,
    asOf: Date,
  ): MigrationPlan {
    return applyRule(() =>
      planMigrations({
        now: asOf,
        timeZone: settings.timeZone,
        weeklyCapacity: settings.weeklyMigrationCapacity,
        shutdownExpectedAt,
        migrations: figures.migrations_to_plan.map((r) => ({ id: r.id, accountName: r.accountName, workload: r.workload, deadline: new Date(r.deadline) })),
      }),
    );
  }

  /** The counts by status come from SQL; the rest summarises the plan. */
  private migrationPlan(figures: DashboardFiguresRow, plan: MigrationPlan): DashboardMigrationPlanModel {
    const counted = new Map(figures.migration_statuses.map((s) => [s.status, s]));
    const dark = plan.placements.filter((p) => p.willGoDark);
    const last = plan.placements.reduce<number | null>((max, p) => (max === null || p.plannedCutoverAt.getTime() > max ? p.plannedCutoverAt.getTime() : max), null);
    return {
      byStatus: MIGRATION_STATUSES.map((status) => ({
        status,
        migrations: counted.get(status)?.migrations ?? 0,
        workload: counted.get(status)?.workload ?? 0,
      })),
      planned: plan.placements.length,
      weeks: plan.weeks.length,
      overCapacityWeeks: plan.overCapacityWeeks,
      late: plan.placements.filter((p) => p.late).length,
      willGoDark: dark.length,
      willGoDarkAccounts: dark.slice(0, GO_DARK_LIST_SIZE).map((p) => p.accountName),
      lastCutoverAt: last === null ? null : new Date(last),
    };
  }
}
