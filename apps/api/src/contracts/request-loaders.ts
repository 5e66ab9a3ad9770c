import DataLoader from 'dataloader';
import type { GraphqlContext } from '../common/graphql/loaders';

const CACHE = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader of this context, made on first use and kept for the rest of the request (like
 * the shared loaders of common/graphql/loaders.ts, which this context does not extend): a list
 * of proposals or migrations loads their nested fields in one query, never across requests.
 */
export function requestLoader<V>(ctx: GraphqlContext, key: string, batch: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  let loaders = CACHE.get(ctx);
  if (!loaders) {
    loaders = new Map();
    CACHE.set(ctx, loaders);
  }
  let loader = loaders.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (ids) => {
      const found = await batch(ids);
      return ids.map((id) => (found.has(id) ? (found.get(id) as V) : fallback));
    });
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}
