import { Module } from '@nestjs/common';
import { RealtimeModule } from '../subscriptions/subscriptions.module';
import { DashboardsRepository } from './dashboards.repository';
import { DashboardsResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';

/** Managers' dashboards: aggregates computed by the database, read from one snapshot. */
@Module({
  imports: [RealtimeModule],
  providers: [DashboardsRepository, DashboardsService, DashboardsResolver],
})
export class DashboardsModule {}
