import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { GraphqlApiModule } from './api/graphql-api.module';
import { LifeboatExceptionFilter } from './common/errors/lifeboat-exception.filter';
import { GraphRegistriesModule } from './common/graphql/graph-registries.module';
import { LifeboatValidationPipe } from './common/validation.pipe';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ContractsModule } from './contracts/contracts.module';
import { OpenDatabase } from './database/open-database';
import { DistributionModule } from './distribution/distribution.module';
import { PersonalOffersModule } from './personal-offers/personal-offers.module';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { ImportsModule } from './imports/imports.module';
import { JobsModule } from './jobs/jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OutreachJobsModule } from './outreach/outreach.module';
import { RivalsModule } from './rivals/rivals.module';
import { RivalFeedsModule } from './rival-feeds/rival-feeds.module';
import { RealtimeModule } from './subscriptions/subscriptions.module';
import { WebAppModule } from './web/web-app.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/** Configuration and the opened database, for every module. */
@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig, db: OpenDatabase): DynamicModule {
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: DataSource, useValue: db.dataSource },
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}

/**
 * The program in one of its roles: `api` serves HTTP (GraphQL, /health, the web app),
 * `worker` runs jobs from Redis, `all` does both. The contexts whose job handlers run in every
 * role that runs jobs are imported here; the GraphQL api (api/graphql-api.module.ts) brings the rest.
 */
@Module({})
export class AppModule {
  static register(config: AppConfig, db: OpenDatabase): DynamicModule {
    const imports = [
      CoreModule.register(config, db),
      LoggerModule.forRoot({
        pinoHttp: {
          level: config.logLevel,
          autoLogging: { ignore: (req) => req.url === '/health' },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          // Readable lines for a person at a terminal; JSON for log collectors.
          ...(process.stdout.isTTY && !config.production ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
        },
      }),
      JobsModule.register(config),
      GraphRegistriesModule,
      IdentityModule,
      // Urgency recomputation, proposals.expire, imports.run, accounts.bulk-assign, webhooks.*,
      // realtime.publish and the notification jobs (overdue escalation, day change, digest, email).
      RivalsModule,
      // feeds.poll: each rival's status page and news feeds (issue #22).
      RivalFeedsModule,
      ContractsModule,
      ImportsModule,
      DistributionModule,
      PersonalOffersModule,
      WebhooksModule,
      RealtimeModule,
      NotificationsModule,
      // outreach.send: an outreach's mails, in batches at the configured rate.
      OutreachJobsModule,
    ];
    if (config.servesHttp) imports.push(GraphqlApiModule.register(config), WebAppModule.register(config));
    return {
      module: AppModule,
      imports,
      controllers: config.servesHttp ? [HealthController] : [],
      providers: [
        { provide: APP_PIPE, useClass: LifeboatValidationPipe },
        { provide: APP_FILTER, useClass: LifeboatExceptionFilter },
      ],
    };
  }
}
