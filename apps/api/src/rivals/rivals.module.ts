import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { UrgencyModule } from '../urgency/urgency.module';
import { RivalsRepository } from './rivals.repository';
import { RivalsService } from './rivals.service';
import { DistressEventResolver, RivalsResolver } from './rivals.resolver';
import { UrgencyRecomputeHandler } from './urgency-recompute.handler';
import { RivalAdminResolver } from './rival-admin.resolver';
import { RivalAdminService } from './rival-admin.service';
import { RivalsById } from './rivals.by-id';
import { ShutdownScenariosRepository } from './shutdown-scenarios.repository';
import { ShutdownScenariosService } from './shutdown-scenarios.service';
import { RivalScenariosResolver, ScenarioImpactsResolver, ShutdownScenariosById, ShutdownScenariosResolver } from './shutdown-scenarios.resolver';
import { OutagesById } from './outages/outages.by-id';
import { OutagesRepository } from './outages/outages.repository';
import { AccountOutageEvidenceResolver, AvailabilityResolver, OutageResolver, RivalOutagesResolver } from './outages/outages.resolver';
import { OutagesService } from './outages/outages.service';

@Module({
  // The urgency recomputation runs in every role (api, worker), so the urgency context comes with it.
  imports: [AuditModule, UrgencyModule, CampaignsModule],
  providers: [RivalsRepository, RivalsService, RivalsResolver, DistressEventResolver, UrgencyRecomputeHandler, RivalAdminService, RivalAdminResolver, RivalsById,
    // Shutdown scenarios (issue #22).
    ShutdownScenariosRepository, ShutdownScenariosService, ShutdownScenariosResolver, ShutdownScenariosById, RivalScenariosResolver, ScenarioImpactsResolver,
    // Outages and availability (issue #22).
    OutagesRepository, OutagesService, RivalOutagesResolver, AvailabilityResolver, OutageResolver, AccountOutageEvidenceResolver, OutagesById,
  ],
  exports: [RivalsRepository, RivalsService, OutagesService, OutagesRepository],
})
export class RivalsModule {}
