import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LifeboatError } from '../errors/lifeboat-error';
import { NO_ACCESS, type AccessScope, type Actor } from '../access/actor';

/**
 * The DataLoaders of one request, by name: made fresh for each, so nothing is cached across
 * callers. Empty here: each context declares its own loaders by augmenting this interface
 * (`declare module '../common/graphql/loaders' { interface Loaders { account: … } }`) and
 * registers how to make them with the LoadersFactory at module init (e.g. accounts/accounts.by-id.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface Loaders {}

export type LoaderName = keyof Loaders;

/**
 * Makes one loader for a request, bound to the caller's scope; `now` is the request's time;
 * `loaders` are the request's other loaders (one may answer from another's batch).
 */
export type LoaderMaker<K extends LoaderName> = (scope: AccessScope, now: Date, loaders: Loaders) => Loaders[K];

export interface GraphqlContext {
  req?: unknown;
  /** Who calls (resolved from the Authorization header once per request). */
  actor: Actor;
  /** What the caller may see; the loaders below are bound to it. */
  scope: AccessScope;
  /** A problem found while resolving the caller (expired token, rate limit), raised by the guard before any resolver. */
  refusal?: LifeboatError;
  loaders: Loaders;
}

/** A loader of objects by id: null for an id that is not there (or not in the caller's scope). */
export function byId<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of lists by owner id: empty for an owner with none. */
export function listsById<V>(load: (ids: readonly string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

/**
 * The request-scoped loader mechanism. Contexts register their loaders once, at module init;
 * each request gets an object whose loaders are made on first use, bound to the caller's scope,
 * so a nested field can never load what the caller may not see.
 */
@Injectable()
export class LoadersFactory {
  private readonly makers = new Map<LoaderName, LoaderMaker<LoaderName>>();
  /** The shape of every request's loaders: one lazy getter per registered name. */
  private prototype: object | null = null;

  register<K extends LoaderName>(name: K, make: LoaderMaker<K>): void {
    if (this.makers.has(name)) throw new Error(`Two loaders named "${String(name)}".`);
    this.makers.set(name, make as LoaderMaker<LoaderName>);
    this.prototype = null;
  }

  /** Loaders bound to the caller's scope. */
  create(scope: AccessScope = NO_ACCESS): Loaders {
    const request = Object.create(this.shape()) as RequestLoaders;
    request.scope = scope;
    request.now = new Date();
    request.made = new Map();
    return request as unknown as Loaders;
  }

  private shape(): object {
    if (this.prototype) return this.prototype;
    const shape = {};
    for (const [name, make] of this.makers) {
      Object.defineProperty(shape, name, {
        enumerable: true,
        get(this: RequestLoaders) {
          let loader = this.made.get(name);
          if (!loader) {
            loader = make(this.scope, this.now, this as unknown as Loaders);
            this.made.set(name, loader);
          }
          return loader;
        },
      });
    }
    this.prototype = shape;
    return shape;
  }
}

interface RequestLoaders {
  scope: AccessScope;
  now: Date;
  made: Map<LoaderName, unknown>;
}
