import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

/**
 * Every job Lifeboat runs: a name and a typed, validated payload. At start-up each name must have
 * exactly one handler, or the app refuses to start.
 */
export class RecomputeUrgencyForRivalPayload {
  @IsUUID()
  rivalId!: string;

  /** The distress event that caused it; absent when a campaign's settings changed (then `campaignId`). */
  @IsOptional()
  @IsUUID()
  distressEventId?: string;

  /** The campaign whose settings changed (deadlines and urgency weights follow them). */
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

/** Imports the next chunk of an account import, starting at `fromRow` (a stale duplicate does nothing). */
export class RunImportPayload {
  @IsUUID()
  importId!: string;

  @IsInt()
  @Min(0)
  fromRow!: number;
}

/** The event type whose subscribers (webhooks, live subscriptions) are served; the event itself is read from the outbox. */
export class EventFanOutPayload {
  @IsString()
  @Length(1, 100)
  eventType!: string;
}

/** One attempt at delivering a webhook delivery. */
export class DeliverWebhookPayload {
  @IsUUID()
  deliveryId!: string;

  @IsInt()
  @Min(1)
  attempt!: number;
}

/** The public event types a webhook may subscribe to (DomainEvents that leave Lifeboat). */
export const WEBHOOK_EVENT_TYPES = [
  'opportunity.moved',
  'opportunity.won',
  'opportunity.lost',
  'proposal.sent',
  'proposal.accepted',
  'import.finished',
  'distress_event.recorded',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Serves an event to the webhooks subscribed to it (public event types only). */
const webhookJobs = (eventType: WebhookEventType): Array<{ name: JobName; payload: object }> => [{ name: 'webhooks.fan-out', payload: { eventType } }];

/** Serves an event to webhooks and to live subscriptions: add these to an event's EVENT_JOBS entry. */
export const fanOutJobs = (eventType: string): Array<{ name: JobName; payload: object }> => [
  { name: 'realtime.publish', payload: { eventType } },
  ...((WEBHOOK_EVENT_TYPES as readonly string[]).includes(eventType) ? [{ name: 'webhooks.fan-out' as JobName, payload: { eventType } }] : []),
];

/** Turn sent proposals past their validity into expired and tell their reps (contracts/). */
export class ExpireProposalsPayload {
  /** When the sweep found work due (ISO 8601); the job expires what is due when it runs. */
  @IsISO8601()
  requestedAt!: string;
}

/**
 * One tick of a recurring job (see recurring-jobs.ts): the start of the period it covers. The
 * handler acts as of that moment, so a tick handled twice (same job id) has its effect once.
 */
export class ScheduledTickPayload {
  @IsISO8601()
  at!: string;
}

/** A notification to publish live or to send by email (notifications/). */
export class NotificationJobPayload {
  @IsUUID()
  notificationId!: string;
}

/** A notification to send by email: its attempt (1 when not given: the first). */
export class NotificationEmailPayload extends NotificationJobPayload {
  @IsOptional()
  @IsInt()
  @Min(1)
  attempt?: number;
}

/** An account was given to a team member by someone else: tell them (notifications/). */
export class AccountAssignedPayload {
  @IsUUID()
  accountId!: string;

  @IsUUID()
  ownerId!: string;

  @IsString()
  @Length(1, 300)
  assignedBy!: string;
}

/** Carries out the next batch of a hand-out, from `fromPosition` (a stale duplicate does nothing). */
export class BulkAssignPayload {
  @IsUUID()
  assignmentId!: string;

  @IsInt()
  @Min(0)
  fromPosition!: number;
}

/** Expands part `part` of a hand-out's frozen plan into its positions (a stale duplicate does nothing). */
export class BulkAssignPlanPayload {
  @IsUUID()
  assignmentId!: string;

  @IsInt()
  @Min(0)
  part!: number;
}

/** A hand-out whose last batch committed (its finishing step), or that finished (each rep hears of it once). */
export class BulkAssignedPayload {
  @IsUUID()
  assignmentId!: string;
}

/** A hand-out's finishing step `step` (0 first; the embedded database takes several short ones). */
export class BulkAssignFinishPayload extends BulkAssignedPayload {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  step?: number;
}

/** The tables bulk writes touch, whose planner statistics `maintenance.analyze` refreshes. */
export const ANALYZABLE_TABLES = [
  'account',
  'contact',
  'rival_service',
  'opportunity',
  'stage_transition',
  'audit_entry',
  'account_import_error',
  'bulk_assignment_item',
] as const;

/** Refresh the planner's statistics of these tables (after a bulk write committed). */
export class AnalyzeTablesPayload {
  @ArrayMinSize(1)
  @ArrayMaxSize(ANALYZABLE_TABLES.length)
  @IsIn(ANALYZABLE_TABLES, { each: true })
  tables!: string[];

  @IsOptional()
  @IsString()
  @Length(0, 300)
  reason?: string;
}

/** Writes a batch of personal offers (personal-offers/): one INSERT … SELECT; a completed batch does nothing. */
export class GeneratePersonalOffersJobPayload {
  @IsUUID()
  batchId!: string;
}

/** Sends the next batch of an outreach's mails (outreach/outreach-sender.ts); a stale duplicate finds nothing to claim. */
export class OutreachSendPayload {
  @IsUUID()
  outreachId!: string;
}

export const JOB_PAYLOADS = {
  'urgency.recompute-for-rival': RecomputeUrgencyForRivalPayload,
  'imports.run': RunImportPayload,
  'realtime.publish': EventFanOutPayload,
  'webhooks.fan-out': EventFanOutPayload,
  'webhooks.deliver': DeliverWebhookPayload,
  'proposals.expire': ExpireProposalsPayload,
  'notifications.overdue-sweep': ScheduledTickPayload,
  'notifications.daily-digest': ScheduledTickPayload,
  'urgency.day-change': ScheduledTickPayload,
  'notifications.publish': NotificationJobPayload,
  'notifications.email': NotificationEmailPayload,
  'notifications.account-assigned': AccountAssignedPayload,
  'accounts.bulk-assign-plan': BulkAssignPlanPayload,
  'accounts.bulk-assign': BulkAssignPayload,
  'accounts.bulk-assign-finish': BulkAssignFinishPayload,
  'notifications.bulk-assigned': BulkAssignedPayload,
  'maintenance.analyze': AnalyzeTablesPayload,
  'feeds.poll': ScheduledTickPayload,
  'personal-offers.generate': GeneratePersonalOffersJobPayload,
  'outreach.send': OutreachSendPayload,
} as const;

export type JobName = keyof typeof JOB_PAYLOADS;
export type JobPayload<N extends JobName> = InstanceType<(typeof JOB_PAYLOADS)[N]>;
export const JOB_NAMES = Object.keys(JOB_PAYLOADS) as JobName[];

/** The domain events written to the outbox, and the jobs each one starts. */
export interface DomainEvents {
  'distress_event.recorded': { rivalId: string; distressEventId: string };
  'opportunity.moved': { opportunityId: string; accountId: string; campaignId: string; from: string; to: string };
  'import.requested': { importId: string; campaignId: string };
  /** A chunk of an import committed and more rows remain: the next chunk's job starts from `fromRow`. */
  'import.continued': { importId: string; campaignId: string; fromRow: number };
  'import.progress': { importId: string; campaignId: string; status: string; rowsDone: number; totalRows: number };
  'import.finished': { importId: string; campaignId: string; status: 'completed' | 'failed'; inserted: number; updated: number; failed: number };
  /** A webhook delivery attempt is due (retries are written with a later `next_attempt_at`). */
  'webhook.delivery-due': { deliveryId: string; attempt: number };
  /** A rep sent an approved proposal: its acceptance link is live until `validUntil` (ISO 8601) (contracts/). */
  'proposal.sent': { proposalId: string; opportunityId: string; accountId: string; campaignId: string; validUntil: string };
  /** A customer accepted a proposal through its link (contracts/). */
  'proposal.accepted': { proposalId: string; opportunityId: string; accountId: string; campaignId: string; migrationId: string };
  /**
   * Any change of a deal (its stage, its terms, its owner…), written by database triggers in the
   * transaction of the change, whoever makes it (migration 1795402170000): the one source of the
   * `opportunityChanged` subscription. `change`: stage, fields or owner.
   */
  'opportunity.changed': {
    opportunityId: string;
    accountId: string;
    campaignId: string;
    change: 'stage' | 'fields' | 'owner';
    stage: string;
    previousStage: string | null;
    version: number;
  };
  /**
   * The accounts of these deals changed owner in one bulk write (a hand-out's batch, distribution/):
   * one event for the batch instead of one `opportunity.changed` per deal (migration 1795402700000).
   * `deals`: [opportunityId, accountId, stage, version] of each.
   */
  'opportunity.owners_changed': { campaignId: string; assignmentId: string; deals: Array<[string, string, string, number]> };
  /** A deal was won (today only through a proposal's acceptance). */
  'opportunity.won': { opportunityId: string; accountId: string; campaignId: string; proposalId: string | null };
  /** A deal was lost (moved to lost by its owner or a manager, pipeline/), with why and to whom. */
  'opportunity.lost': { opportunityId: string; accountId: string; campaignId: string; lostReason: string; lostToBidder: string | null };
  /** The expiry sweep found sent proposals past their validity (contracts/). */
  'proposals.expiry_due': { requestedAt: string };
  /** An admin changed a campaign's rules (campaigns/): its accounts' urgency and deals' due times follow. */
  'campaign.settings_changed': { campaignId: string; rivalId: string; settings: string[] };
  /** An admin changed a rival's health or expected shutdown (rivals/): its accounts' urgency and deals' due times follow. */
  'rival.updated': { rivalId: string };
  /** An outage of the rival was recorded, changed or removed (rivals/outages/): repeated outages weigh on its accounts' urgency. */
  'rival.outages_changed': { rivalId: string; outageId: string };
  /** A notification was inserted (written by a trigger on `notification`, whoever inserts it). */
  'notification.created': { notificationId: string; userId: string };
  /** A notification must also go out by email (the daily digest, when SMTP is configured); `attempt` (from 1) for a retry's stand-in. */
  'notification.email_due': { notificationId: string; attempt?: number };
  /** A manager (or a key) gave an account to a team member (accounts/). */
  'account.assigned': { accountId: string; campaignId: string; ownerId: string; assignedBy: string };
  /** A team member took an unassigned account, or a manager unassigned one (accounts/): each rep's load changed. */
  'account.owner_changed': { accountId: string; campaignId: string; ownerId: string | null };
  /** A manager changed a migration (cutover, status, workload) or the campaign's weekly capacity (migrations/). */
  'migration.plan_changed': { campaignId: string; migrationId: string | null };
  /** A manager asked for a hand-out (distribution/): its plan's first part is expanded into positions. */
  'bulk_assignment.requested': { assignmentId: string; campaignId: string };
  /** A part of a hand-out's plan was expanded and more remain: part `part` is next. */
  'bulk_assignment.planning': { assignmentId: string; campaignId: string; part: number };
  /** A batch of a hand-out committed and more remain: the next batch starts at `fromPosition`. */
  'bulk_assignment.continued': { assignmentId: string; campaignId: string; fromPosition: number };
  'bulk_assignment.progress': { assignmentId: string; campaignId: string; status: string; done: number; total: number };
  /** The last batch of a hand-out committed: its finishing step makes the reps' accounts fast to read, then completes it. */
  'bulk_assignment.finishing': { assignmentId: string; campaignId: string; step?: number };
  /** The last batch of a hand-out committed: each rep hears once, the dashboards refetch (reps' load). */
  'bulk_assignment.finished': { assignmentId: string; campaignId: string; assigned: number; skipped: number };
  /** A bulk write committed (import, hand-out, urgency recomputation): the planner's statistics of these tables are refreshed. */
  'tables.bulk_written': { tables: string[]; reason: string };
  /** A manager asked for a batch of personal offers (personal-offers/): its job writes them. */
  'personal_offers.requested': { batchId: string; campaignId: string };
  /**
   * An outreach's next batch is due (outreach/): written when it is queued, after each batch, and as
   * the stand-in of a batch being sent (due once its lease expired: a sender that died is taken over).
   */
  'outreach.send_due': { outreachId: string };
}
export type DomainEventType = keyof DomainEvents;

export const EVENT_JOBS: { [E in DomainEventType]: Array<(p: DomainEvents[E]) => { name: JobName; payload: object }> } = {
  'distress_event.recorded': [
    (p) => ({ name: 'urgency.recompute-for-rival', payload: { rivalId: p.rivalId, distressEventId: p.distressEventId } }),
    ...fanOutJobs('distress_event.recorded').map((job) => () => job),
  ],
  // Moves, wins and losses reach webhooks; live subscribers (and the dashboard) are served by the
  // `opportunity.changed` event the same change wrote.
  'opportunity.moved': webhookJobs('opportunity.moved').map((job) => () => job),
  'opportunity.changed': fanOutJobs('opportunity.changed').map((job) => () => job),
  'opportunity.owners_changed': fanOutJobs('opportunity.owners_changed').map((job) => () => job),
  'import.requested': [(p) => ({ name: 'imports.run', payload: { importId: p.importId, fromRow: 0 } })],
  'import.continued': [(p) => ({ name: 'imports.run', payload: { importId: p.importId, fromRow: p.fromRow } })],
  'import.progress': fanOutJobs('import.progress').map((job) => () => job),
  'import.finished': fanOutJobs('import.finished').map((job) => () => job),
  'webhook.delivery-due': [(p) => ({ name: 'webhooks.deliver', payload: { deliveryId: p.deliveryId, attempt: p.attempt } })],
  'proposal.sent': fanOutJobs('proposal.sent').map((job) => () => job),
  'proposal.accepted': fanOutJobs('proposal.accepted').map((job) => () => job),
  'opportunity.won': webhookJobs('opportunity.won').map((job) => () => job),
  'opportunity.lost': webhookJobs('opportunity.lost').map((job) => () => job),
  'proposals.expiry_due': [(p) => ({ name: 'proposals.expire', payload: { requestedAt: p.requestedAt } })],
  'campaign.settings_changed': [
    (p) => ({ name: 'urgency.recompute-for-rival', payload: { rivalId: p.rivalId, campaignId: p.campaignId } }),
    // The dashboard reads the settings (stage deadlines, migration capacity): its watchers refetch.
    ...fanOutJobs('campaign.settings_changed').map((job) => () => job),
  ],
  'rival.updated': [(p) => ({ name: 'urgency.recompute-for-rival', payload: { rivalId: p.rivalId } })],
  'rival.outages_changed': [(p) => ({ name: 'urgency.recompute-for-rival', payload: { rivalId: p.rivalId } })],
  'notification.created': [(p) => ({ name: 'notifications.publish', payload: { notificationId: p.notificationId } })],
  'notification.email_due': [(p) => ({ name: 'notifications.email', payload: { notificationId: p.notificationId, ...(p.attempt ? { attempt: p.attempt } : {}) } })],
  'account.assigned': [
    (p) => ({ name: 'notifications.account-assigned', payload: { accountId: p.accountId, ownerId: p.ownerId, assignedBy: p.assignedBy } }),
    // Each rep's load is on the dashboard.
    ...fanOutJobs('account.assigned').map((job) => () => job),
  ],
  // Shown on the dashboard (reps' load, the migration plan): its watchers refetch, and kept dashboards are dropped.
  'account.owner_changed': fanOutJobs('account.owner_changed').map((job) => () => job),
  'migration.plan_changed': fanOutJobs('migration.plan_changed').map((job) => () => job),
  'bulk_assignment.requested': [(p) => ({ name: 'accounts.bulk-assign-plan', payload: { assignmentId: p.assignmentId, part: 0 } })],
  'bulk_assignment.planning': [(p) => ({ name: 'accounts.bulk-assign-plan', payload: { assignmentId: p.assignmentId, part: p.part } })],
  'bulk_assignment.continued': [(p) => ({ name: 'accounts.bulk-assign', payload: { assignmentId: p.assignmentId, fromPosition: p.fromPosition } })],
  'bulk_assignment.finishing': [(p) => ({ name: 'accounts.bulk-assign-finish', payload: { assignmentId: p.assignmentId, step: p.step ?? 0 } })],
  // Live: the bulkAssignmentProgress subscription (and the dashboard's watchers: owners changed).
  'bulk_assignment.progress': fanOutJobs('bulk_assignment.progress').map((job) => () => job),
  'bulk_assignment.finished': [
    (p) => ({ name: 'notifications.bulk-assigned', payload: { assignmentId: p.assignmentId } }),
    ...fanOutJobs('bulk_assignment.finished').map((job) => () => job),
  ],
  'tables.bulk_written': [(p) => ({ name: 'maintenance.analyze', payload: { tables: p.tables, reason: p.reason } })],
  'personal_offers.requested': [(p) => ({ name: 'personal-offers.generate', payload: { batchId: p.batchId } })],
  'outreach.send_due': [(p) => ({ name: 'outreach.send', payload: { outreachId: p.outreachId } })],
};

/** A job as it travels through a queue. */
export interface JobEnvelope {
  /** `<event id>--<job name>`: retries and duplicates of one event's job share it. */
  jobId: string;
  name: JobName;
  payload: object;
  eventId: string;
  /**
   * Set for the jobs of per-deal announcements (`opportunity.changed`): any SQL that changes many
   * deals writes one per deal (a hand-out announces its batches itself: `opportunity.owners_changed`),
   * and any other job (a next batch, notifications, the statistics refresh) must not wait behind
   * them. BullMQ runs such jobs after every other waiting job.
   */
  background?: true;
}

/** Events whose jobs wait behind every other job (see JobEnvelope.background). */
export const BACKGROUND_EVENTS: ReadonlySet<string> = new Set<DomainEventType>(['opportunity.changed']);

export function jobsForEvent(event: { id: string; type: string; payload: unknown }): JobEnvelope[] {
  const makers = EVENT_JOBS[event.type as DomainEventType] as Array<(p: unknown) => { name: JobName; payload: object }> | undefined;
  if (!makers) return [];
  return makers.map((make) => {
    const { name, payload } = make(event.payload);
    return { jobId: `${event.id}--${name}`, name, payload, eventId: event.id, ...(BACKGROUND_EVENTS.has(event.type) ? { background: true as const } : {}) };
  });
}
