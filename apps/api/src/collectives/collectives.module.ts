import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { UrgencyModule } from '../urgency/urgency.module';
import { CollectivesRepository } from './collectives.repository';
import { AccountCollectiveResolver, CollectivesById, CollectivesResolver } from './collectives.resolver';
import { CollectivesService } from './collectives.service';

/** Customer collectives (issue #21): a campaign's organised customers, their members and progress. */
@Module({
  imports: [AccountsModule, AuditModule, UrgencyModule],
  providers: [CollectivesRepository, CollectivesService, CollectivesResolver, AccountCollectiveResolver, CollectivesById],
  exports: [CollectivesRepository],
})
export class CollectivesModule {}
