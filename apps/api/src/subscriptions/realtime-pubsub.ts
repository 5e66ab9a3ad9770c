import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import IORedis from 'ioredis';
import { EventEmitter } from 'node:events';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Topics live subscriptions listen to; their payloads carry database ids (filtered, then mapped to global ids). */
export const TOPICS = {
  opportunityChanged: 'opportunity_changed',
  importProgress: 'import_progress',
  bulkAssignmentProgress: 'bulk_assignment_progress',
  dashboardRefresh: 'dashboard_refresh',
} as const;

export interface OpportunityChangedMessage {
  opportunityId: string;
  accountId: string | null;
  campaignId: string;
  stage: string | null;
  previousStage: string | null;
  event: string;
  at: string;
}

export interface ImportProgressMessage {
  importId: string;
  campaignId: string;
  status: string;
  rowsDone: number;
  totalRows: number;
  at: string;
}

export interface BulkAssignmentProgressMessage {
  assignmentId: string;
  campaignId: string;
  status: string;
  done: number;
  total: number;
  at: string;
}

export interface DashboardRefreshMessage {
  campaignId: string;
  reason: string;
  at: string;
}

/**
 * The PubSub of live subscriptions: on Redis (graphql-redis-subscriptions) when REDIS_URL is set,
 * so an event published by a worker reaches subscribers on every api process; in memory otherwise
 * (jobs then run in the api process itself). Channels carry the queue prefix, so several
 * installations (or test runs) can share one Redis.
 */
@Injectable()
export class RealtimePubSub implements OnApplicationShutdown {
  private readonly logger = new Logger(RealtimePubSub.name);
  readonly engine: PubSubEngine;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.jobs.kind === 'redis') {
      const options = { maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 200, 2000) };
      const publisher = new IORedis(config.jobs.url, options);
      const subscriber = new IORedis(config.jobs.url, options);
      publisher.on('error', (err) => this.logger.warn(`Redis (pubsub publisher): ${err.message}`));
      subscriber.on('error', (err) => this.logger.warn(`Redis (pubsub subscriber): ${err.message}`));
      this.engine = new RedisPubSub({ publisher, subscriber });
      this.prefix = `${config.jobs.prefix}:live:`;
    } else {
      // One listener per live subscription of a topic: many are expected (bounded per caller by
      // LIFEBOAT_MAX_SUBSCRIPTIONS), not a leak to warn about.
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter: emitter });
      this.prefix = '';
    }
  }

  async publish(topic: string, message: object): Promise<void> {
    await this.engine.publish(this.prefix + topic, message);
  }

  iterator<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(this.prefix + topic) as AsyncIterableIterator<T>;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.engine instanceof RedisPubSub) await this.engine.close().catch(() => undefined);
  }
}
