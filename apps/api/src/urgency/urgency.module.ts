import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { UrgencyRepository } from './urgency.repository';
import { UrgencyService } from './urgency.service';

/** Urgency and due times: every recomputation path, one batch SQL. Depends on campaigns only, so accounts, pipeline, contracts, rivals, imports and notifications can all use it. */
@Module({
  imports: [CampaignsModule],
  providers: [UrgencyRepository, UrgencyService],
  exports: [UrgencyService],
})
export class UrgencyModule {}
