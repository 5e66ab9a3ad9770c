import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import { ExecutionArgs, ExecutionResult, getOperationAST, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { SubscribePayload, Context as WsContext } from 'graphql-ws';
import { describeOperation } from '../audit/api-key-call-audit.plugin';
import type { AuditService } from '../audit/audit.service';
import { makeErrorFormatter } from '../common/errors/format-graphql-error';
import type { GraphqlContext, LoadersFactory } from '../common/graphql/loaders';
import { strictDateTimes } from '../common/graphql/scalars';
import { graphqlArmor } from '../common/hardening/graphql-limits';
import { operationGatePlugin } from '../common/hardening/operation-gate';
import type { AppConfig } from '../config/app-config';
import type { AccessService } from '../identity/access.service';
import type { AuthService } from '../identity/auth.service';
import type { RateLimitsService } from '../identity/rate-limits.service';
import type { RequestContextFactory } from '../identity/request-context.factory';
import { LiveConnections } from '../subscriptions/live-connections';

export interface GraphqlServices {
  contexts: RequestContextFactory;
  auth: AuthService;
  access: AccessService;
  loaders: LoadersFactory;
  audit: AuditService;
  limits: RateLimitsService;
}

/** Apollo over HTTP and graphql-ws on /graphql: limits, error formatting, the request context, live subscriptions. */
// The return type is left to inference: graphql-ws hooks (onError, onOperation, onNext) are passed
// through by Nest but missing from its GraphQLWsSubscriptionsConfig type.
export function graphqlOptions(config: AppConfig, { contexts, auth, access, loaders, audit, limits }: GraphqlServices) {
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
}
