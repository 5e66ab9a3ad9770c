import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Logger, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { LifeboatExceptionFilter } from './common/errors/lifeboat-exception.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { makeErrorFormatter } from './common/errors/format-graphql-error';
import { LoadersModule } from './common/graphql/loaders';
import { SafeIntScalar } from './common/graphql/money';
import { strictDateTimes } from './common/graphql/scalars';
import { operationGatePlugin } from './common/hardening/operation-gate';
import { AuthGuard } from './common/access/auth.guard';
import { IdentityModule } from './identity/identity.module';
import { RequestContextFactory } from './identity/request-context.factory';
import { graphqlArmor } from './common/hardening/graphql-limits';
import { ExecutionArgs, ExecutionResult, getOperationAST, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Request } from 'express';
import { NodeResolver } from './common/graphql/node.resolver';
import { LifeboatValidationPipe } from './common/validation.pipe';
import { OpenDatabase } from './database/open-database';
import { UnitOfWork } from './jobs/unit-of-work';
import { HealthController } from './health/health.controller';
import { InProcessJobQueue } from './jobs/in-process-job-queue';
import { JobExecutor } from './jobs/job-executor.service';
import { JobQueue } from './jobs/job-queue';
import { OutboxRelay } from './jobs/outbox-relay.service';
import { RedisJobQueue } from './jobs/redis-job-queue';
import { JobScheduler } from './jobs/job-scheduler.service';
import { QueueBoardService } from './jobs/queue-board.service';
import { QueueBoardApiModule } from './jobs/queue-board.resolver';
import { NotificationsApiModule, NotificationsModule } from './notifications/notifications.module';
import { RivalsModule } from './rivals/rivals.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { AccountsModule } from './accounts/accounts.module';
import { PipelineModule } from './pipeline/pipeline.module';
import { AuditModule } from './audit/audit.module';
import { AuditService } from './audit/audit.service';
import { describeOperation } from './audit/api-key-call-audit.plugin';
import { WebAppModule } from './web/web-app.module';
import type { SubscribePayload, Context as WsContext } from 'graphql-ws';
import { GraphqlContext, LoadersFactory } from './common/graphql/loaders';
import { AuthService } from './identity/auth.service';
import { AccessService } from './identity/access.service';
import { ImportsApiModule, ImportsModule } from './imports/imports.module';
import { DistributionApiModule, DistributionModule } from './distribution/distribution.module';
import { AnalyzeHandler } from './jobs/analyze.handler';
import { WebhooksApiModule, WebhooksModule } from './webhooks/webhooks.module';
import { RealtimeModule, SubscriptionsApiModule } from './subscriptions/subscriptions.module';
import { LiveConnections } from './subscriptions/live-connections';
import { RateLimitsService } from './identity/rate-limits.service';
import { ContractsModule } from './contracts/contracts.module';
import { MigrationsModule } from './migrations/migrations.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { SearchModule } from './search/search.module';

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

/** Jobs: the executor and its handlers, the queue of this configuration, the outbox relay. */
@Global()
@Module({})
class JobsModule {
  static register(config: AppConfig): DynamicModule {
    const queue: Provider = { provide: JobQueue, useClass: config.jobs.kind === 'redis' ? RedisJobQueue : InProcessJobQueue };
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [JobExecutor, queue, OutboxRelay, UnitOfWork, JobScheduler, QueueBoardService, AnalyzeHandler],
      exports: [JobExecutor, JobQueue, OutboxRelay, UnitOfWork, JobScheduler, QueueBoardService],
    };
  }
}

/** What the GraphQL context needs: the identity services (global) and the per-request loaders. */
@Module({ imports: [LoadersModule], providers: [RequestContextFactory], exports: [RequestContextFactory] })
class GraphqlContextModule {}

@Module({})
class GraphqlApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        RivalsModule,
        CampaignsModule,
        AccountsModule,
        PipelineModule,
        AuditModule,
        ContractsModule,
        MigrationsModule,
        DashboardsModule,
        SearchModule,
        ImportsApiModule,
        DistributionApiModule,
        WebhooksApiModule,
        SubscriptionsApiModule,
        NotificationsApiModule,
        QueueBoardApiModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlContextModule, LoadersModule, AuditModule],
          inject: [RequestContextFactory, AuthService, AccessService, LoadersFactory, AuditService, RateLimitsService],
          useFactory: (
            contexts: RequestContextFactory,
            auth: AuthService,
            access: AccessService,
            loaders: LoadersFactory,
            audit: AuditService,
            limits: RateLimitsService,
          ) => {
            const logger = new Logger('GraphQL');
            let schema: GraphQLSchema | undefined;
            // Depth, aliases and directives are bounded by GraphQL Armor; tokens, nesting, the text
            // and dates of every input and the cost of nested lists by the operation gate. Both
            // refuse before any resolver runs, over HTTP and (through LiveConnections, with the same
            // rules) over graphql-ws.
            const armor = graphqlArmor(config.production);
            const live = new LiveConnections({
              auth,
              access,
              limits,
              loaders,
              schema: () => schema as GraphQLSchema,
              validationRules: armor.validationRules,
              production: config.production,
              maxSubscriptionsPerCaller: config.maxSubscriptionsPerCaller,
            });
            // One formatter for every error a client sees, over HTTP and over graphql-ws alike.
            const formatError = makeErrorFormatter({
              exposeInternals: config.env === 'development',
              log: (error) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
            });
            const formatErrors = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
            // A subscription through an API key is a call like any other: audited as the key
            // (HTTP operations are audited by ApiKeyCallAuditPlugin, which graphql-ws bypasses).
            const auditKeySubscription = async (ctx: WsContext, operation: OperationDefinitionNode | undefined, operationName: string | null | undefined, errors: readonly GraphQLError[]) => {
              const actor = (ctx.extra as { lifeboat?: GraphqlContext }).lifeboat?.actor;
              if (actor?.kind !== 'api_key') return;
              const codes = [...new Set(formatErrors(errors).map((e) => String(e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR')))];
              try {
                await audit.recordApiKeyCall(actor, { ...describeOperation(operation, operationName), outcome: codes.length ? 'error' : 'ok', errorCodes: codes });
              } catch (error) {
                logger.error(`Could not audit a subscription through API key ${actor.apiKeyId}: ${error instanceof Error ? error.message : String(error)}`);
              }
            };
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              introspection: !config.production,
              csrfPrevention: true,
              // One operation per request: batches are refused (allowBatchedHttpRequests stays off).
              allowBatchedHttpRequests: false,
              hideSchemaDetailsFromClientErrors: config.production,
              includeStacktraceInErrorResponses: config.env === 'development',
              // DateTime inputs must be ISO 8601 (common/graphql/scalars.ts): nothing guessed, impossible dates refused.
              transformSchema: (s: GraphQLSchema) => {
                schema = strictDateTimes(s);
                return schema;
              },
              // Apollo installs its cache-control plugin unless told not to: it hooks willResolveField,
              // which makes Apollo wrap every field resolver of every request (GC and microtasks were
              // a third of the api's CPU on accounts(first: 50) nested). Lifeboat sets no cache hints.
              plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins, operationGatePlugin(() => schema as GraphQLSchema)],
              validationRules: armor.validationRules,
              // HTTP requests bring `req`; a graphql-ws operation brings the connection's context, made at onConnect.
              context: (arg: { req?: Request; extra?: Record<string, unknown> }) => (arg.req ? contexts.create(arg.req) : arg.extra?.['lifeboat']),
              // Subscriptions over graphql-ws on /graphql, authenticated at connection
              // (connectionParams { authorization: 'Bearer …' }). Only subscriptions, each checked
              // as an HTTP request is (limits, rate budget); the caller is re-checked while the
              // socket stays open, and each event is filtered by the subscriber's current scope
              // (subscriptions/live-connections.ts).
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  onConnect: (ctx: WsContext) => live.connect(ctx),
                  onSubscribe: (ctx: WsContext, id: string, payload: SubscribePayload) => live.subscribe(ctx, payload, id),
                  onClose: (ctx: WsContext) => live.close(ctx),
                  // graphql-ws sends errors as they are raised: pass them through the formatter
                  // (codes, field problems, no internals), both those refused before execution
                  // (onError: parse and validation) and those raised while resolving an event (onNext).
                  onError: async (ctx: WsContext, _id: string, payload: SubscribePayload, errors: readonly GraphQLError[]) => {
                    await auditKeySubscription(ctx, undefined, payload.operationName, errors);
                    return formatErrors(errors);
                  },
                  onOperation: async (ctx: WsContext, id: string, _payload: SubscribePayload, args: ExecutionArgs, result: unknown) => {
                    const errors = result && typeof result === 'object' && 'errors' in result ? ((result as ExecutionResult).errors ?? []) : [];
                    await auditKeySubscription(ctx, getOperationAST(args.document, args.operationName) ?? undefined, args.operationName, errors);
                    return live.deliver(ctx, result, id);
                  },
                  onNext: (_ctx: WsContext, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
                    result.errors?.length ? ({ ...result, errors: formatErrors(result.errors) } as unknown as ExecutionResult) : undefined,
                },
              },
              formatError,
            };
          },
        }),
      ],
      providers: [NodeResolver, SafeIntScalar, { provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}

/**
 * The program in one of its roles: `api` serves HTTP (GraphQL, /health, the web app),
 * `worker` runs jobs from Redis, `all` does both.
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
      IdentityModule,
      RivalsModule,
      // Its job handler (proposals.expire) and expiry sweep run in every role that runs jobs.
      ContractsModule,
      // Their job handlers (imports.run, webhooks.*, realtime.publish) run in every role that runs jobs.
      ImportsModule,
      // Hand-outs (accounts.bulk-assign) run in every role that runs jobs.
      DistributionModule,
      WebhooksModule,
      RealtimeModule,
      // Notification jobs (overdue escalation, day change, digest, email) run in every role that runs jobs.
      NotificationsModule,
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
