import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { PipelineDashboardArgs } from './dto/pipeline-dashboard.args';
import { PipelineDashboardModel } from './pipeline-dashboard.model';
import { DashboardsService } from './dashboards.service';

@Resolver(() => PipelineDashboardModel)
export class DashboardsResolver {
  constructor(private readonly dashboards: DashboardsService) {}

  @Query(() => PipelineDashboardModel, {
    description:
      'A campaign’s pipeline dashboard, computed by the database from one consistent snapshot (`asOf`). A snapshot is served again for up to 30 s (LIFEBOAT_DASHBOARD_CACHE_SECONDS) unless the campaign changed since. Managers and the campaign’s reps may read it; another campaign is NOT_FOUND.',
  })
  pipelineDashboard(@Args() args: PipelineDashboardArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<PipelineDashboardModel> {
    return this.dashboards.readPipelineDashboard(actor, scope, args);
  }
}
