import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import { selectionKey, selectionTree } from '../../common/selection/selected-fields.js';
import { prefetched } from './prefetch.js';
import type { OwnerKind } from './relation-specs.js';
import { RelationsRepository } from './relations.repository.js';

/**
 * Per-request loaders for the links between challenges, solution approaches, good practices and actors: a page of 3 or of 30 results costs one query per nested list field, not one per row,
 * and a list that came along with its parent (prefetched by the parent's query) costs none.
 * `scope` is the request of the GraphQL context.
 */
@Injectable()
export class RelationLoaders {
  constructor(private readonly relations: RelationsRepository) {}

  /** The nested list `field` of `parent`, a node of kind `owner`, as the client selected it. */
  related<T>(
    scope: object,
    info: GraphQLResolveInfo,
    owner: OwnerKind,
    field: string,
    parent: { id: string },
  ): Promise<T[]> {
    const ready = prefetched<T>(parent, String(info.path.key));
    if (ready) return Promise.resolve(ready);
    const tree = selectionTree(info);
    // One loader per list and selection: rows asking for the same fields share one batch.
    return requestLoader<T[]>(
      scope,
      `${owner}.${field}:${selectionKey(tree)}`,
      (ids) => this.relations.lists<T>(ids, owner, field, tree),
      () => [],
    ).load(parent.id);
  }
}
