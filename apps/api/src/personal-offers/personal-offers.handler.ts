import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { PersonalOffersService } from './personal-offers.service';

/** Writes a batch of personal offers, in the job's transaction (one statement for the whole batch). */
@Injectable()
@HandlesJob('personal-offers.generate')
export class GeneratePersonalOffersHandler implements JobHandler<'personal-offers.generate'> {
  constructor(private readonly offers: PersonalOffersService) {}

  handle(payload: JobPayload<'personal-offers.generate'>, ctx: JobContext): Promise<Record<string, unknown>> {
    return this.offers.runBatch(ctx.manager, payload.batchId);
  }
}
