import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { UrgencyModule } from '../urgency/urgency.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContractsModule } from '../contracts/contracts.module';
import { CollectiveAgreementsRepository, CollectivesRepository } from './collectives.repository';
import { CollectiveAgreementsService } from './collective-agreements.service';
import { AccountCollectiveResolver, CollectivesById, CollectivesResolver } from './collectives.resolver';
import { CollectivesService } from './collectives.service';

/** Customer collectives (issue #21): a campaign's organised customers, their members and progress. */
@Module({
  imports: [AccountsModule, AuditModule, UrgencyModule, CampaignsModule, ContractsModule],
  providers: [CollectivesRepository, CollectiveAgreementsRepository, CollectiveAgreementsService, CollectivesService, CollectivesResolver, AccountCollectiveResolver, CollectivesById],
  exports: [CollectivesRepository, CollectiveAgreementsRepository],
})
export class CollectivesModule {}
