import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { MigrationsRepository } from './migrations.repository';
import { MigrationsResolver, OpportunityMigrationResolver } from './migrations.resolver';
import { MigrationsService } from './migrations.service';
import { MigrationsById } from './migrations.by-id';

/** Migrations of won customers and the plan that fits them before the rival goes dark. */
@Module({
  imports: [AuditModule, CampaignsModule],
  providers: [MigrationsRepository, MigrationsService, MigrationsResolver, OpportunityMigrationResolver, MigrationsById],
  exports: [MigrationsRepository, MigrationsService],
})
export class MigrationsModule {}
