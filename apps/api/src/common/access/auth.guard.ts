import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/loaders';
import { ForbiddenError, UnauthenticatedError } from '../errors/lifeboat-error';
import type { Role } from '@lifeboat/domain';
import type { ApiKeyScope } from './actor';

const PUBLIC = Symbol('PUBLIC');
const ROLES_ALLOWED = Symbol('ROLES_ALLOWED');
const KEY_SCOPE = Symbol('KEY_SCOPE');

/** Reachable without signing in (sign-in itself, the customer's acceptance link). */
export const Public = () => SetMetadata(PUBLIC, true);
/** Only users of these roles (API keys are refused unless `ApiKeyScope` also allows them). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);
/** The API key scope an operation needs: `read` for queries by default, `write` for mutations by default. */
export const RequiresKeyScope = (scope: ApiKeyScope) => SetMetadata(KEY_SCOPE, scope);

/**
 * Runs before every root field: refuses an expired token or a spent rate budget, an anonymous
 * caller (unless public), a role not allowed, and an API key without the scope the operation needs.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GraphqlContext>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC, targets);
    if (ctx.refusal && !(isPublic && ctx.refusal.code === 'UNAUTHENTICATED')) throw ctx.refusal;
    if (isPublic) return true;
    const actor = ctx.actor;
    if (actor.kind === 'anonymous' || actor.kind === 'customer') throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    const operation = gql.getInfo<{ parentType: { name: string } }>().parentType.name;
    if (actor.kind === 'api_key') {
      const explicit = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(KEY_SCOPE, targets);
      // Operations limited to roles (user and key administration…) are for people, unless a key scope opens them.
      if (roles && !explicit) throw new ForbiddenError('API keys cannot do this: an admin signs in for it.');
      const needed = explicit ?? (operation === 'Mutation' ? 'write' : 'read');
      if (!actor.scopes.includes(needed)) throw new ForbiddenError(`This API key lacks the "${needed}" scope.`);
      return true;
    }
    if (actor.kind === 'user' && roles && !roles.includes(actor.role)) {
      throw new ForbiddenError(`Only ${roles.join(' or ')} users can do this.`);
    }
    return true;
  }
}
