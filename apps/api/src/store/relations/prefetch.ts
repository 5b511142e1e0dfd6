import type { GraphQLResolveInfo } from 'graphql';
import type { SelectionTree } from '../../common/selection/selected-fields.js';
import { prefetchable, prefetchSlot } from '../projections/projections.repository.js';
import { RELATIONS, type OwnerKind } from './relation-specs.js';

// On each row that brought nested lists along: response key → the property holding that list. One map
// per selection, shared by all its rows; a symbol, so it never shows in the row's fields or JSON.
const SLOTS = Symbol('prefetched lists');

type Row = Record<string, unknown> & { [SLOTS]?: ReadonlyMap<string, string> };

/**
 * Marks the nested lists a `nestedList` projection brought along (in the rows and their rows, to any
 * depth), so the nested field's resolver finds them instead of querying again. The lists stay where the
 * projection put them: moving or deleting properties would make every row a slower object.
 */
export function unpackPrefetched(
  kind: OwnerKind,
  tree: SelectionTree,
  rows: Record<string, unknown>[],
): void {
  const lists = prefetchable(kind, tree);
  if (lists.length === 0) return;
  const slots = new Map(lists.map(({ responseKey }, index) => [responseKey, prefetchSlot(index)]));
  const nested = lists.map(({ spec, tree: below }, index) => ({
    slot: prefetchSlot(index),
    target: spec.target,
    tree: below,
  }));
  for (const row of rows as Row[]) {
    row[SLOTS] = slots;
    for (const { slot, target, tree: below } of nested) {
      const list = row[slot] as Record<string, unknown>[] | undefined;
      if (list) unpackPrefetched(target, below, list);
      else row[slot] = [];
    }
  }
}

/** The list fetched with `parent` for the field at `responseKey`, if it came along. */
export function prefetched<T>(parent: object, responseKey: string): T[] | undefined {
  const slot = (parent as Row)[SLOTS]?.get(responseKey);
  return slot === undefined ? undefined : ((parent as Row)[slot] as T[]);
}

type FieldResolver = (source: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * For the GraphQL module's `transformResolvers`: a nested list field whose list came along with its
 * parent answers with it at once, synchronously, instead of entering the framework's resolver pipeline
 * (asynchronous, with its parameter decorators) once per row: 450 challenges with their solution
 * approaches are 450 such calls. A list that did not come along reaches the field's resolver and its
 * loader as before. Field resolvers carry no guards, so nothing is skipped but the overhead.
 */
export function servePrefetchedLists<R>(resolvers: R): R {
  // The framework hands over one map per resolver source, or a single map.
  for (const map of Array.isArray(resolvers) ? resolvers : [resolvers]) wrapListFields(map);
  return resolvers;
}

function wrapListFields(map: unknown): void {
  const byType = map as Record<string, Record<string, unknown> | undefined>;
  for (const [owner, fields] of Object.entries(RELATIONS)) {
    const typeResolvers = byType[owner];
    if (!typeResolvers) continue;
    for (const field of Object.keys(fields)) {
      const original = typeResolvers[field];
      if (typeof original !== 'function') continue;
      const resolve = original as FieldResolver;
      typeResolvers[field] = ((source, args, context, info) =>
        (typeof source === 'object' && source !== null && prefetched(source, String(info.path.key))) ||
        resolve(source, args, context, info)) satisfies FieldResolver;
    }
  }
}
