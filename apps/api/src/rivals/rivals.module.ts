import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { RivalsRepository } from './rivals.repository';
import { RivalsService } from './rivals.service';
import { DistressEventResolver, RivalsResolver } from './rivals.resolver';
import { UrgencyRecomputeHandler } from './urgency-recompute.handler';
import { RivalAdminResolver } from './rival-admin.resolver';
import { RivalAdminService } from './rival-admin.service';
import { RivalsById } from './rivals.by-id';

@Module({
  // The urgency recomputation runs in every role (api, worker), so the accounts it touches come with it.
  imports: [AuditModule, AccountsModule, CampaignsModule],
  providers: [RivalsRepository, RivalsService, RivalsResolver, DistressEventResolver, UrgencyRecomputeHandler, RivalAdminService, RivalAdminResolver, RivalsById],
  exports: [RivalsRepository, RivalsService],
})
export class RivalsModule {}
