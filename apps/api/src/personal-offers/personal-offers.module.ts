import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DealsModule } from '../pipeline/deals.module';
import { MigrationsModule } from '../migrations/migrations.module';
import { CollectiveAgreementsRepository, CollectivesRepository } from '../collectives/collectives.repository';
import { GeneratePersonalOffersHandler } from './personal-offers.handler';
import { PersonalOffersRepository } from './personal-offers.repository';
import { AccountPersonalOffersResolver, PersonalOffersResolver } from './personal-offers.resolver';
import { PersonalOffersService } from './personal-offers.service';

/** Personal offers (issue #21, part 2): generation runs in every role (the job on workers); the resolver only where GraphQL is served. */
@Module({
  imports: [AccountsModule, CampaignsModule, AuditModule, DealsModule, MigrationsModule],
  providers: [PersonalOffersRepository, PersonalOffersService, GeneratePersonalOffersHandler, CollectivesRepository, CollectiveAgreementsRepository],
  exports: [PersonalOffersService],
})
export class PersonalOffersModule {}

@Module({ imports: [PersonalOffersModule], providers: [PersonalOffersResolver, AccountPersonalOffersResolver] })
export class PersonalOffersApiModule {}
