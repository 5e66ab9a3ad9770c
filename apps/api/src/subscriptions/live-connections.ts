import { Logger } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { BadInputError, isDatabaseSaturation, LifeboatError, RateLimitedError, ServiceUnavailableError, UnauthenticatedError } from '../common/errors/lifeboat-error';
import type { GraphqlContext, LoadersFactory } from '../common/graphql/loaders';
import { GRAPHQL_LIMITS, hideFieldSuggestions } from '../common/hardening/graphql-limits';
import { operationRefusal, sourceRefusal, variablesRefusal } from '../common/hardening/operation-gate';
import type { AccessService } from '../identity/access.service';
import type { Actor } from '../common/access/actor';
import type { AuthService } from '../identity/auth.service';
import type { RateLimitsService } from '../identity/rate-limits.service';

/** How long a check of a connection's caller stands: events delivered within it reuse it. */
export const RECHECK_AFTER_MS = 1_000;
/** An idle connection is checked this often too, and closed once its caller has ended. */
export const SWEEP_EVERY_MS = 60_000;
/** The close code of a refused caller, as graphql-ws answers a refused connection. */
const FORBIDDEN = 4403;

/** What graphql-ws's `ws` server puts in `ctx.extra`, and what Lifeboat adds at onConnect. */
interface WsExtra {
  socket: { close(code: number, reason: string): void };
  request: IncomingMessage;
  live?: LiveConnection;
  /** The operations' context (also read by the API key audit of app.module.ts). */
  lifeboat?: GraphqlContext;
}

const connectionOf = new WeakMap<GraphqlContext, LiveConnection>();
const liveOf = (ctx: WsContext): LiveConnection | undefined => (ctx.extra as WsExtra | undefined)?.live;

/**
 * Before an event reaches a subscriber: whether the caller of its graphql-ws connection still
 * stands (re-checked when the last check is over RECHECK_AFTER_MS old). When true, `ctx.scope` is
 * the scope as of that check. A context no connection made (none exists: subscriptions are served
 * over graphql-ws only) gets nothing.
 */
export function callerStillValid(ctx: GraphqlContext): Promise<boolean> {
  return connectionOf.get(ctx)?.current() ?? Promise.resolve(false);
}

/**
 * The caller of one graphql-ws connection, kept current while the socket stays open.
 *
 * It is authenticated at connection, but a sign-out, a revoked or expired session, a deactivated
 * user or a revoked key must end what the socket receives, and a removal from a campaign team
 * (or a role change) must narrow it. So the caller is read again — AuthService.recheck: the session
 * row, the user and their teams in one indexed statement, what every HTTP request does anyway — at
 * each subscribe; before an event is delivered when the last check is older than RECHECK_AFTER_MS
 * (a burst of events costs one statement per connection and second, not one per event, and nothing
 * is read while nothing is delivered); and every SWEEP_EVERY_MS while idle. A caller that has ended
 * gets its socket closed with 4403 Forbidden, and the event at hand is dropped; a narrower scope
 * applies from the next event on (the campaign filters read `ctx.scope` after the check). Pushing
 * each revocation to every api process instead (through Redis) would need every place that ends a
 * session or changes a team to remember it, and would still miss a session that simply expires.
 */
class LiveConnection {
  /** The subscriptions of this socket that hold a slot of their caller (graphql-ws operation id → caller key). */
  readonly held = new Map<string, string>();
  private checkedAt = Date.now();
  private pending: Promise<boolean> | null = null;
  private ended = false;
  private readonly sweep: NodeJS.Timeout;

  constructor(
    /** The context of every operation of the connection: its actor, scope and loaders are replaced in place at each check. */
    readonly context: GraphqlContext,
    private readonly reread: (actor: Actor) => Promise<Pick<GraphqlContext, 'actor' | 'scope' | 'loaders'> | null>,
    private readonly socket: WsExtra['socket'],
    onSweepError: (error: unknown) => void,
  ) {
    this.sweep = setInterval(() => this.current(0).catch(onSweepError), SWEEP_EVERY_MS);
    this.sweep.unref();
    connectionOf.set(context, this);
  }

  get hasEnded(): boolean {
    return this.ended;
  }

  /** Whether the caller still stands, re-read when the last check is older than `maxAgeMs` (concurrent callers share one read). */
  current(maxAgeMs = RECHECK_AFTER_MS): Promise<boolean> {
    if (this.ended) return Promise.resolve(false);
    if (!this.pending && Date.now() - this.checkedAt < maxAgeMs) return Promise.resolve(true);
    this.pending ??= this.recheck().finally(() => (this.pending = null));
    return this.pending;
  }

  /** The socket closed: nothing more to check. */
  dispose(): void {
    this.ended = true;
    clearInterval(this.sweep);
  }

  private async recheck(): Promise<boolean> {
    const startedAt = Date.now();
    const fresh = await this.reread(this.context.actor);
    if (this.ended) return false;
    if (!fresh) {
      this.dispose();
      this.socket.close(FORBIDDEN, 'Forbidden');
      return false;
    }
    Object.assign(this.context, fresh);
    this.checkedAt = startedAt;
    return true;
  }
}

export interface LiveConnectionsOptions {
  auth: AuthService;
  access: AccessService;
  limits: RateLimitsService;
  loaders: LoadersFactory;
  schema: () => GraphQLSchema;
  /** GraphQL Armor's validation rules, the very ones HTTP requests go through. */
  validationRules: readonly ValidationRule[];
  production: boolean;
  /** Live subscriptions one user or one API key may hold open at once in this process (LIFEBOAT_MAX_SUBSCRIPTIONS; default 20). */
  maxSubscriptionsPerCaller?: number;
}

/** Whose slots a subscription takes: one budget per user (whatever their sockets and sessions) and per API key. */
const callerKey = (actor: Actor): string => (actor.kind === 'user' ? `user:${actor.userId}` : actor.kind === 'api_key' ? `key:${actor.apiKeyId}` : actor.kind);

/**
 * How many live subscriptions each caller holds open, across every socket of this process: a
 * subscription takes a slot when it is accepted and gives it back when it ends (completed by the
 * client, ended by the server, refused by its resolver, or its socket closed).
 */
class SubscriptionSlots {
  private readonly held = new Map<string, number>();

  constructor(readonly max: number) {}

  take(caller: string): boolean {
    const n = this.held.get(caller) ?? 0;
    if (n >= this.max) return false;
    this.held.set(caller, n + 1);
    return true;
  }

  release(caller: string): void {
    const n = (this.held.get(caller) ?? 0) - 1;
    if (n > 0) this.held.set(caller, n);
    else this.held.delete(caller);
  }
}

/**
 * The graphql-ws side of the GraphQL endpoint, as hardened as HTTP. Apollo's plugins (GraphQL
 * Armor, the query cost, the rate limits of the request context, introspection off in production)
 * never see a graphql-ws message, and graphql-ws would otherwise run queries and mutations too,
 * with graphql's default validation only. So each subscribe goes through `subscribe` (onSubscribe):
 * the caller re-checked and charged to their rate budget, the document parsed within the token
 * limit, anything but a subscription refused, validated with Armor's rules (depth, aliases,
 * directives) and, in production, without introspection, and its cost counted as over HTTP.
 */
export class LiveConnections {
  private readonly logger = new Logger('GraphQL');
  private readonly rules: readonly ValidationRule[];
  private readonly slots: SubscriptionSlots;

  constructor(private readonly options: LiveConnectionsOptions) {
    this.rules = [...specifiedRules, ...options.validationRules, ...(options.production ? [NoSchemaIntrospectionCustomRule] : [])];
    this.slots = new SubscriptionSlots(options.maxSubscriptionsPerCaller ?? 20);
  }

  /** onConnect: authenticated once with `connectionParams.authorization`; no signed-in user or valid key is refused (4403). */
  async connect(ctx: WsContext): Promise<boolean> {
    const header = ctx.connectionParams?.['authorization'];
    const { actor, problem, memberships } = await this.options.auth.authenticate(typeof header === 'string' ? header : undefined);
    if (problem || (actor.kind !== 'user' && actor.kind !== 'api_key')) return false;
    const scope = await this.options.access.scopeFor(actor, memberships);
    const extra = ctx.extra as WsExtra;
    const live = new LiveConnection({ actor, scope, loaders: this.options.loaders.create(scope) }, (a) => this.reread(a), extra.socket, (error) =>
      this.logger.warn(`Could not check a live connection's caller: ${error instanceof Error ? error.message : String(error)}`),
    );
    extra.live = live;
    extra.lifeboat = live.context;
    return true;
  }

  /** onClose: the socket's subscriptions give their slots back. */
  close(ctx: WsContext): void {
    const live = liveOf(ctx);
    if (!live) return;
    live.dispose();
    for (const id of [...live.held.keys()]) this.release(live, id);
  }

  private release(live: LiveConnection, id: string): void {
    const caller = live.held.get(id);
    if (caller === undefined) return;
    live.held.delete(id);
    this.slots.release(caller);
  }

  /**
   * onSubscribe: the execution arguments of an operation allowed to run, or why it is refused
   * (before any resolver). `id` is graphql-ws's id of the operation on its socket: the slot the
   * subscription takes is given back under it.
   */
  async subscribe(ctx: WsContext, payload: SubscribePayload, id: string = randomUUID()): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const live = liveOf(ctx);
    if (!live) return [refusal(new UnauthenticatedError())];
    try {
      // The caller as of now (so the subscription's own checks see the current scope), then their budget:
      // a subscribe is an operation like an HTTP request, and shares its budget.
      if (!(await live.current(0))) return [refusal(new UnauthenticatedError('This session has ended: sign in again.'))];
      const actor = live.context.actor;
      await this.options.limits.consumeRequest({
        userId: actor.kind === 'user' ? actor.userId : undefined,
        apiKeyId: actor.kind === 'api_key' ? actor.apiKeyId : undefined,
        ip: (ctx.extra as WsExtra).request?.socket?.remoteAddress ?? 'unknown',
      });
    } catch (error) {
      if (error instanceof LifeboatError) return [refusal(error)];
      if (isDatabaseSaturation(error)) return [refusal(new ServiceUnavailableError())];
      throw error;
    }
    // Tokens, nesting and the variables' depth, before anything recursive: the operation gate, as over HTTP.
    const unsafe = sourceRefusal(payload.query) ?? variablesRefusal(payload.variables);
    if (unsafe) return [unsafe];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return [error];
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [refusal(new BadInputError('Which operation to run is unclear: send one operation, or name it in operationName.'))];
    if (operation.operation !== 'subscription') {
      return [refusal(new BadInputError(`Only subscriptions are served over graphql-ws: send a ${operation.operation} to POST /graphql.`))];
    }
    const schema = this.options.schema();
    const errors = validate(schema, document, this.rules);
    if (errors.length > 0) {
      if (this.options.production) for (const error of errors) error.message = hideFieldSuggestions(error.message);
      return errors;
    }
    // The inputs' text and dates, and the cost: the operation gate, as over HTTP. Variables that do
    // not fit their types are refused by graphql's subscribe, as execution refuses them over HTTP.
    const refused = operationRefusal(schema, document, payload.operationName, payload.variables);
    if (refused) return [refused];
    // Last, once everything else allows it: a slot of the caller's budget of open subscriptions.
    const caller = callerKey(live.context.actor);
    this.release(live, id);
    if (!this.slots.take(caller)) {
      const max = this.slots.max;
      return [
        refusal(
          new RateLimitedError(
            `Too many live subscriptions: ${max} are open for you already, the most one user or API key may hold at once (LIFEBOAT_MAX_SUBSCRIPTIONS). Complete one before opening another.`,
            0,
          ),
        ),
      ];
    }
    live.held.set(id, caller);
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: live.context };
  }

  /**
   * onOperation: a subscription's events are delivered only while its caller still stands (the
   * check the campaign filters already made is reused), whatever the subscription: a new one is
   * covered without anyone remembering. Once the caller has ended, the stream ends.
   */
  deliver(ctx: WsContext, result: unknown, id?: string): AsyncGenerator<ExecutionResult> | undefined {
    const live = liveOf(ctx);
    if (!live) return undefined;
    // The slot taken at subscribe is given back once the operation ends, however it ends.
    const release = () => {
      if (id !== undefined) this.release(live, id);
    };
    if (!result || typeof (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator] !== 'function') {
      // Not a stream (its resolver refused it): nothing stays open.
      release();
      return undefined;
    }
    const source = (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
    const logger = this.logger;
    const guarded = {
      async next(): Promise<IteratorResult<ExecutionResult>> {
        for (;;) {
          let item: IteratorResult<ExecutionResult>;
          try {
            item = await source.next();
          } catch (error) {
            release();
            throw error;
          }
          if (item.done) {
            release();
            return item;
          }
          let valid = false;
          try {
            valid = await live.current();
          } catch (error) {
            // The database did not answer: this event is dropped (never delivered unchecked), the subscription stays.
            logger.warn(`Could not check a live connection's caller: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (valid) return item;
          if (live.hasEnded) {
            release();
            await source.return?.();
            return { done: true, value: undefined };
          }
        }
      },
      // Returned at once (not after the pending event), so the PubSub listener is released when the client completes.
      return: (value?: unknown) => {
        release();
        return source.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined });
      },
      throw: (error?: unknown) => {
        release();
        return source.throw?.(error) ?? Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return guarded as unknown as AsyncGenerator<ExecutionResult>;
  }

  private async reread(actor: Actor): Promise<Pick<GraphqlContext, 'actor' | 'scope' | 'loaders'> | null> {
    const authentication = await this.options.auth.recheck(actor);
    if (!authentication) return null;
    const scope = await this.options.access.scopeFor(authentication.actor, authentication.memberships);
    return { actor: authentication.actor, scope, loaders: this.options.loaders.create(scope) };
  }
}

/** A refusal as graphql-ws sends it: the code in `extensions`, as the error formatter expects (no resolver path to unwrap). */
function refusal(error: LifeboatError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...(error.fields.length > 0 ? { fields: error.fields } : {}) } });
}
