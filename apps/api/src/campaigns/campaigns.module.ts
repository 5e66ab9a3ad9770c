import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignAdminResolver } from './campaign-admin.resolver';
import { CampaignAdminService } from './campaign-admin.service';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsResolver, TeamMemberResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { CampaignsById } from './campaigns.by-id';

@Module({
  imports: [AuditModule],
  providers: [CampaignsRepository, CampaignsService, CampaignsResolver, TeamMemberResolver, CampaignAdminService, CampaignAdminResolver, CampaignsById],
  exports: [CampaignsRepository, CampaignsService],
})
export class CampaignsModule {}
