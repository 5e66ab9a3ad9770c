import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { fromGlobalId, type NodeType } from './global-id';
import { Node } from './node.model';
import type { AccessScope } from '../access/actor';
import type { GraphqlContext } from './loaders';

/**
 * Finds one object of a node type by its database id, as the caller may see it: through a scoped
 * repository or a loader bound to the caller's scope, so an object of another campaign is null,
 * exactly like one that does not exist.
 */
export type NodeLookup = (id: string, ctx: GraphqlContext) => Promise<Node | null>;

/** A lookup through a scoped read of one object, then the object's model. */
export function lookupOne<E>(get: (scope: AccessScope, id: string) => Promise<E | null | undefined>, toModel: (found: E) => Node): NodeLookup {
  return async (id, ctx) => {
    const found = await get(ctx.scope, id);
    return found ? toModel(found) : null;
  };
}

/** A lookup through a scoped batch read (`getByIds(scope, ids)`), then the object's model. */
export function lookupByIds<E>(getByIds: (scope: AccessScope, ids: string[]) => Promise<Map<string, E>>, toModel: (found: E) => Node): NodeLookup {
  return lookupOne(async (scope, id) => (await getByIds(scope, [id])).get(id), toModel);
}

/** The node types `node(id)` can fetch, each registered by its own context at module init. */
@Injectable()
export class NodeRegistry {
  private readonly lookups = new Map<NodeType, NodeLookup>();

  register(type: NodeType, lookup: NodeLookup): void {
    if (this.lookups.has(type)) throw new Error(`Two lookups for node type "${type}".`);
    this.lookups.set(type, lookup);
  }

  async find(globalId: string, ctx: GraphqlContext): Promise<Node | null> {
    const { type, id } = fromGlobalId(globalId);
    const lookup = this.lookups.get(type);
    return lookup ? lookup(id, ctx) : null;
  }
}

/** `node(id)`: any object by its global id, through the lookup its context registered. */
@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly nodes: NodeRegistry) {}

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when there is none you may see.' })
  node(@Args('id', { type: () => ID, description: 'A global id from any `id` field.' }) id: string, @Context() ctx: GraphqlContext): Promise<Node | null> {
    return this.nodes.find(id, ctx);
  }
}
