import { Module } from '@nestjs/common';
import { DashboardsRepository } from './dashboards.repository';
import { DashboardsResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';

/** Managers' dashboards: aggregates computed by the database, read from one snapshot. */
@Module({
  providers: [DashboardsRepository, DashboardsService, DashboardsResolver],
})
export class DashboardsModule {}
