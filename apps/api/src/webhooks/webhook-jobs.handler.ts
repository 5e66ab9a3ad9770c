import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { WebhooksService } from './webhooks.service';

/** The job id is `<event id>--<job name>`: the event is read from the outbox. */
export const eventIdOf = (jobId: string): string => jobId.slice(0, jobId.indexOf('--'));

@Injectable()
@HandlesJob('webhooks.fan-out')
export class WebhookFanOutHandler implements JobHandler<'webhooks.fan-out'> {
  constructor(private readonly webhooks: WebhooksService) {}

  handle(_payload: JobPayload<'webhooks.fan-out'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.webhooks.fanOut(ctx.manager, eventIdOf(ctx.jobId));
  }
}

@Injectable()
@HandlesJob('webhooks.deliver')
export class WebhookDeliverHandler implements JobHandler<'webhooks.deliver'> {
  constructor(private readonly webhooks: WebhooksService) {}

  handle(payload: JobPayload<'webhooks.deliver'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.webhooks.deliver(ctx.manager, payload.deliveryId, payload.attempt, ctx.afterCommit);
  }
}
