import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { BulkAssignmentService } from './bulk-assignment.service';

/** One part of a hand-out's frozen plan expanded into positions per job, before its first batch. */
@Injectable()
@HandlesJob('accounts.bulk-assign-plan')
export class BulkAssignPlanHandler implements JobHandler<'accounts.bulk-assign-plan'> {
  constructor(private readonly assignments: BulkAssignmentService) {}

  handle(payload: JobPayload<'accounts.bulk-assign-plan'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.assignments.expand(ctx.manager, payload.assignmentId, payload.part);
  }
}

/** One batch of a hand-out per job; the batch's writes, its progress and the next batch's event commit with the ledger row. */
@Injectable()
@HandlesJob('accounts.bulk-assign')
export class BulkAssignHandler implements JobHandler<'accounts.bulk-assign'> {
  constructor(private readonly assignments: BulkAssignmentService) {}

  handle(payload: JobPayload<'accounts.bulk-assign'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.assignments.runBatch(ctx.manager, payload.assignmentId, payload.fromPosition);
  }
}

/** The finishing steps of a hand-out, after its last batch: the indexes of unassigned accounts walked (embedded), fresh statistics and visibility of account, then completed. */
@Injectable()
@HandlesJob('accounts.bulk-assign-finish')
export class BulkAssignFinishHandler implements JobHandler<'accounts.bulk-assign-finish'> {
  constructor(private readonly assignments: BulkAssignmentService) {}

  handle(payload: JobPayload<'accounts.bulk-assign-finish'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.assignments.finish(ctx.manager, payload.assignmentId, payload.step ?? 0);
  }
}
