import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { GraphqlContext, LoadersFactory } from '../common/graphql/loaders';
import { GraphQLError } from 'graphql';
import { isDatabaseSaturation, LifeboatError, ServiceUnavailableError } from '../common/errors/lifeboat-error';
import { AccessService } from './access.service';
import { AuthService } from './auth.service';
import { RateLimitsService } from './rate-limits.service';

/**
 * The context of one GraphQL request: who calls, what they may see, loaders bound to that scope.
 * Problems (an expired token, a spent rate budget) are kept and raised by the guard before any
 * resolver runs, so they reach the client as GraphQL errors with their codes.
 */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly limits: RateLimitsService,
    private readonly loaders: LoadersFactory,
  ) {}

  async create(req: Request): Promise<GraphqlContext> {
    try {
      return await this.resolve(req);
    } catch (error) {
      // Before any resolver: a saturated database answers HTTP 503 with Retry-After, not 500.
      if (isDatabaseSaturation(error)) throw serviceUnavailable();
      throw error;
    }
  }

  private async resolve(req: Request): Promise<GraphqlContext> {
    const { actor, problem, memberships } = await this.auth.authenticate(req.headers.authorization);
    let refusal: LifeboatError | undefined = problem;
    if (!refusal) {
      try {
        await this.limits.consumeRequest({
          userId: actor.kind === 'user' ? actor.userId : undefined,
          apiKeyId: actor.kind === 'api_key' ? actor.apiKeyId : undefined,
          ip: clientIp(req),
        });
      } catch (error) {
        if (!(error instanceof LifeboatError)) throw error;
        refusal = error;
      }
    }
    const scope = await this.access.scopeFor(actor, memberships);
    return { req, actor, scope, refusal, loaders: this.loaders.create(scope) };
  }
}

/** SERVICE_UNAVAILABLE as Apollo answers a failed context: HTTP 503 with Retry-After (the formatter keeps the code and the hint). */
function serviceUnavailable(): GraphQLError {
  const busy = new ServiceUnavailableError();
  return new GraphQLError(busy.message, {
    originalError: busy,
    extensions: {
      code: busy.code,
      retryAfterSeconds: busy.retryAfterSeconds,
      http: { status: 503, headers: new Map([['retry-after', String(busy.retryAfterSeconds)]]) },
    },
  });
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}
