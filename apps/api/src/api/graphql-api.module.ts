import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountsModule } from '../accounts/accounts.module';
import { LeadSourcesApiModule } from '../lead-sources/lead-sources.module';
import { AuditModule } from '../audit/audit.module';
import { AuditService } from '../audit/audit.service';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AuthGuard } from '../common/access/auth.guard';
import { LoadersFactory } from '../common/graphql/loaders';
import { SafeIntScalar } from '../common/graphql/money';
import { NodeResolver } from '../common/graphql/node.resolver';
import type { AppConfig } from '../config/app-config';
import { ContractsModule } from '../contracts/contracts.module';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { DistributionApiModule } from '../distribution/distribution.module';
import { ForecastModule } from '../forecast/forecast.module';
import { AccessService } from '../identity/access.service';
import { AuthService } from '../identity/auth.service';
import { RateLimitsService } from '../identity/rate-limits.service';
import { RequestContextFactory } from '../identity/request-context.factory';
import { ImportsApiModule } from '../imports/imports.module';
import { QueueBoardApiModule } from '../jobs/queue-board.resolver';
import { MigrationsModule } from '../migrations/migrations.module';
import { NotificationsApiModule } from '../notifications/notifications.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { RivalsModule } from '../rivals/rivals.module';
import { RivalFeedsApiModule } from '../rival-feeds/rival-feeds.module';
import { SearchModule } from '../search/search.module';
import { SubscriptionsApiModule } from '../subscriptions/subscriptions.module';
import { WebhooksApiModule } from '../webhooks/webhooks.module';
import { graphqlOptions } from './graphql-options';
import { ExportsModule } from '../exports/exports.module';
import { CollectivesModule } from '../collectives/collectives.module';
import { PersonalOffersApiModule } from '../personal-offers/personal-offers.module';
import { OutreachModule } from '../outreach/outreach.module';

/** The GraphQL api of every context, served over HTTP and graphql-ws on /graphql (where the role serves HTTP). */
@Module({})
export class GraphqlApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        RivalsModule,
        CampaignsModule,
        AccountsModule,
        CollectivesModule,
        PersonalOffersApiModule,
        OutreachModule,
        PipelineModule,
        AuditModule,
        ContractsModule,
        MigrationsModule,
        DashboardsModule,
        ForecastModule,
        SearchModule,
        ImportsApiModule,
        LeadSourcesApiModule,
        ExportsModule,
        DistributionApiModule,
        WebhooksApiModule,
        RivalFeedsApiModule,
        SubscriptionsApiModule,
        NotificationsApiModule,
        QueueBoardApiModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuditModule],
          inject: [RequestContextFactory, AuthService, AccessService, LoadersFactory, AuditService, RateLimitsService],
          useFactory: (
            contexts: RequestContextFactory,
            auth: AuthService,
            access: AccessService,
            loaders: LoadersFactory,
            audit: AuditService,
            limits: RateLimitsService,
          ) => graphqlOptions(config, { contexts, auth, access, loaders, audit, limits }),
        }),
      ],
      providers: [NodeResolver, SafeIntScalar, { provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
