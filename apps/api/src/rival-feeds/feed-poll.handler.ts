import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { RivalFeedsService } from './rival-feeds.service';

/** Each minute: the feeds whose time has come are polled (rival-feeds.service.ts, pollDue). */
@Injectable()
@HandlesJob('feeds.poll')
export class FeedPollHandler implements JobHandler<'feeds.poll'> {
  constructor(private readonly feeds: RivalFeedsService) {}

  handle(payload: JobPayload<'feeds.poll'>, ctx: JobContext): Promise<Record<string, unknown>> {
    // The clock, not the tick's period start: a feed due a few seconds into the minute is polled now.
    return this.feeds.pollDue(ctx.manager, new Date(Math.max(Date.now(), new Date(payload.at).getTime())), ctx.afterCommit);
  }
}
