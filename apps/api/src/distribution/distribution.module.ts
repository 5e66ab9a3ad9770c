import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { BulkAssignFinishHandler, BulkAssignHandler, BulkAssignPlanHandler } from './bulk-assign.handler';
import { BulkAssignmentRepository } from './bulk-assignment.repository';
import { BulkAssignmentResolver, BulkAssignmentShareResolver } from './bulk-assignment.resolver';
import { BulkAssignmentService } from './bulk-assignment.service';
import { BulkAssignmentById } from './bulk-assignment.by-id';

/** Hand-outs run in every role (the handler on workers); the resolver only where GraphQL is served. */
@Module({
  imports: [AccountsModule, CampaignsModule, AuditModule],
  providers: [BulkAssignmentRepository, BulkAssignmentService, BulkAssignPlanHandler, BulkAssignHandler, BulkAssignFinishHandler],
  exports: [BulkAssignmentService],
})
export class DistributionModule {}

@Module({ imports: [DistributionModule], providers: [BulkAssignmentResolver, BulkAssignmentShareResolver, BulkAssignmentById], exports: [DistributionModule] })
export class DistributionApiModule {}
