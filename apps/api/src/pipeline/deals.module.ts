import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UrgencyModule } from '../urgency/urgency.module';
import { DealStageMover } from './deal-stage.mover';
import { PipelineRepository } from './pipeline.repository';

/**
 * Deals as data and their one stage writer: what accounts (a new account opens its deal),
 * the pipeline's use cases and contracts (proposals move deals) share. It sits below all three,
 * so the dependency runs one way: accounts → deals, pipeline → accounts and deals.
 */
@Module({
  imports: [AuditModule, UrgencyModule],
  providers: [PipelineRepository, DealStageMover],
  exports: [PipelineRepository, DealStageMover],
})
export class DealsModule {}
