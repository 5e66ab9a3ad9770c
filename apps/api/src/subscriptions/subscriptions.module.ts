import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { DistributionModule } from '../distribution/distribution.module';
import { RealtimePublishHandler } from './realtime-publish.handler';
import { RealtimePubSub } from './realtime-pubsub';
import { SubscriptionsResolver } from './subscriptions.resolver';

/** Publishing (the `realtime.publish` job) runs wherever jobs run; subscribing where GraphQL is served. */
@Module({ providers: [RealtimePubSub, RealtimePublishHandler], exports: [RealtimePubSub] })
export class RealtimeModule {}

@Module({ imports: [RealtimeModule, ImportsModule, DistributionModule], providers: [SubscriptionsResolver] })
export class SubscriptionsApiModule {}
