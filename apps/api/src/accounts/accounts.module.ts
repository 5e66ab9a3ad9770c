import { LeadSourcesModule } from '../lead-sources/lead-sources.module';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DealsModule } from '../pipeline/deals.module';
import { UrgencyModule } from '../urgency/urgency.module';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver, ContactResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ContactErasure } from './contact-erasure';
import { AccountsById } from './accounts.by-id';

@Module({
  imports: [CampaignsModule, AuditModule, UrgencyModule, DealsModule, LeadSourcesModule],
  providers: [AccountsRepository, AccountsService, AccountsResolver, ContactResolver, AccountsById, ContactErasure],
  exports: [AccountsRepository, AccountsService],
})
export class AccountsModule {}
