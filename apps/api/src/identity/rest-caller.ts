import type { Request } from 'express';
import type { Actor } from '../common/access/actor';
import { UnauthenticatedError } from '../common/errors/lifeboat-error';
import type { AuthService } from './auth.service';
import type { RateLimitsService } from './rate-limits.service';
import { clientIp } from './request-context.factory';

/** A user or an API key. */
export type RestCaller = Extract<Actor, { kind: 'user' | 'api_key' }>;

/**
 * The caller of one of the api's few routes outside GraphQL (`Authorization: Bearer <token or
 * API key>`, as for GraphQL), its request counted by the same rate limits: a user or an API key
 * (customers and anonymous callers are refused with UNAUTHENTICATED).
 */
export async function identifyRestCaller(req: Request, auth: AuthService, limits: RateLimitsService): Promise<RestCaller> {
  const { actor, problem } = await auth.authenticate(req.headers.authorization);
  if (problem) throw problem;
  if (actor.kind !== 'user' && actor.kind !== 'api_key') throw new UnauthenticatedError();
  await limits.consumeRequest({
    userId: actor.kind === 'user' ? actor.userId : undefined,
    apiKeyId: actor.kind === 'api_key' ? actor.apiKeyId : undefined,
    ip: clientIp(req),
  });
  return actor;
}
