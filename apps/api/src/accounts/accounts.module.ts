import { forwardRef, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { AccountUrgencyService } from './account-urgency.service';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver, ContactResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AccountsById } from './accounts.by-id';

@Module({
  imports: [CampaignsModule, AuditModule, forwardRef(() => PipelineModule)],
  providers: [AccountsRepository, AccountsService, AccountUrgencyService, AccountsResolver, ContactResolver, AccountsById],
  exports: [AccountsRepository, AccountsService, AccountUrgencyService],
})
export class AccountsModule {}
