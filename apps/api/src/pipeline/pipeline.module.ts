import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { UrgencyModule } from '../urgency/urgency.module';
import { DealsModule } from './deals.module';
import { ActivityResolver, OpportunitiesResolver, QueueItemResolver } from './pipeline.resolver';
import { PipelineService } from './pipeline.service';
import { PipelineById } from './pipeline.by-id';

@Module({
  imports: [CampaignsModule, AuditModule, AccountsModule, DealsModule, UrgencyModule],
  providers: [PipelineService, OpportunitiesResolver, QueueItemResolver, ActivityResolver, PipelineById],
  exports: [DealsModule, PipelineService],
})
export class PipelineModule {}
