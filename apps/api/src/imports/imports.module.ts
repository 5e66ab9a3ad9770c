import { Module } from '@nestjs/common';
import { UrgencyModule } from '../urgency/urgency.module';
import { AuditModule } from '../audit/audit.module';
import { LeadSourcesModule } from '../lead-sources/lead-sources.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ImportRunHandler } from './import-run.handler';
import { ImportUpsertRepository } from './import-upsert.repository';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { ImportsUploadController } from './imports-upload.controller';
import { ImportsById } from './imports.by-id';

/** Imports run in every role (the handler on workers); the resolver only where GraphQL is served. */
@Module({
  imports: [UrgencyModule, CampaignsModule, AuditModule, LeadSourcesModule],
  providers: [ImportsRepository, ImportUpsertRepository, ImportsService, ImportRunHandler],
  exports: [ImportsService, ImportsRepository],
})
export class ImportsModule {}

/** GraphQL, and `POST /imports/:campaignId` for files too large for a GraphQL request. */
@Module({ imports: [ImportsModule], providers: [ImportsResolver, ImportsById], controllers: [ImportsUploadController], exports: [ImportsModule] })
export class ImportsApiModule {}
