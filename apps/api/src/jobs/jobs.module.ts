import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { AnalyzeHandler } from './analyze.handler';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobExecutor } from './job-executor.service';
import { JobQueue } from './job-queue';
import { JobScheduler } from './job-scheduler.service';
import { OutboxRelay } from './outbox-relay.service';
import { QueueBoardService } from './queue-board.service';
import { RedisJobQueue } from './redis-job-queue';
import { TableStatistics } from './table-statistics';
import { UnitOfWork } from './unit-of-work';

/** Jobs: the executor and its handlers, the queue of this configuration, the outbox and its relay. */
@Global()
@Module({})
export class JobsModule {
  static register(config: AppConfig): DynamicModule {
    const queue: Provider = { provide: JobQueue, useClass: config.jobs.kind === 'redis' ? RedisJobQueue : InProcessJobQueue };
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [JobExecutor, queue, OutboxRelay, UnitOfWork, JobScheduler, QueueBoardService, AnalyzeHandler, TableStatistics],
      exports: [JobExecutor, JobQueue, OutboxRelay, UnitOfWork, JobScheduler, QueueBoardService, TableStatistics],
    };
  }
}
