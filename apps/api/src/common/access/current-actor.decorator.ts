import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/loaders';

function contextOf(ctx: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(ctx).getContext<GraphqlContext>();
}

/** The caller of this GraphQL operation (see identity/actor.ts). */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext) => contextOf(ctx).actor);

/** What the caller may see; pass it to every repository query of a campaign-scoped entity. */
export const CurrentScope = createParamDecorator((_data: unknown, ctx: ExecutionContext) => contextOf(ctx).scope);
