import { RivalsModule } from '../rivals/rivals.module';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AccountsModule } from '../accounts/accounts.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { MigrationsModule } from '../migrations/migrations.module';
import { MailModule } from '../notifications/mail.module';
import { ProposalAcceptanceResolver } from './proposal-acceptance.resolver';
import { ProposalAcceptanceService } from './proposal-acceptance.service';
import { ProposalExpiryHandler } from './proposal-expiry.handler';
import { ProposalExpiryScheduler } from './proposal-expiry.scheduler';
import { ProposalsRepository } from './proposals.repository';
import { MigrationProposalResolver, OpportunityProposalsResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { ProposalsById } from './proposals.by-id';

/** Fast-track contracts: proposals, their approval, the customer's acceptance, their expiry. */
@Module({
  imports: [AuditModule, CampaignsModule, AccountsModule, PipelineModule, MigrationsModule, MailModule, RivalsModule],
  providers: [
    ProposalsRepository,
    ProposalsService,
    ProposalAcceptanceService,
    ProposalsResolver,
    OpportunityProposalsResolver,
    MigrationProposalResolver,
    ProposalAcceptanceResolver,
    ProposalExpiryHandler,
    ProposalExpiryScheduler,
    ProposalsById,
  ],
  exports: [ProposalsRepository, ProposalsService],
})
export class ContractsModule {}
