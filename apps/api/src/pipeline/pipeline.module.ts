import { forwardRef, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PipelineRepository } from './pipeline.repository';
import { ActivityResolver, OpportunitiesResolver } from './pipeline.resolver';
import { PipelineService } from './pipeline.service';
import { PipelineById } from './pipeline.by-id';

@Module({
  imports: [CampaignsModule, AuditModule, forwardRef(() => AccountsModule)],
  providers: [PipelineRepository, PipelineService, OpportunitiesResolver, ActivityResolver, PipelineById],
  exports: [PipelineRepository, PipelineService],
})
export class PipelineModule {}
