import DataLoader from 'dataloader';

const registry = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * One DataLoader per request and name, so the nested lists of a page of results are fetched with one
 * query per list field instead of one per row. `scope` is the request object of the GraphQL context;
 * the registry forgets it with the request. Caching is off: batching is the point, and a cache would
 * hand stale lists to a second mutation in the same request.
 */
export function requestLoader<V>(
  scope: object,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
  empty: () => V,
): DataLoader<string, V> {
  let loaders = registry.get(scope);
  if (!loaders) {
    loaders = new Map();
    registry.set(scope, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(
      async (keys) => {
        const found = await batch([...new Set(keys)]);
        return keys.map((key) => found.get(key) ?? empty());
      },
      { cache: false, maxBatchSize: 500 },
    );
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
