import { Injectable } from '@nestjs/common';
import {
  ACTION_FIELDS,
  ACTOR_CATEGORIES,
  type EntityType,
  FIELD_LABELS,
  GRAPH_LIMITS,
  GRAPH_NOTICES,
  GRAPH_REFUSALS,
  GRAPH_RELATIONSHIPS,
  GRAPH_TYPES,
  type GraphRelationship,
  InputCheck,
  REFUSALS,
  REGIONS,
  REQUEST_REFUSALS,
  type LocalizedText,
  quoted,
} from '@netzwerkstatt/domain';
import { CHALLENGE_STATUSES } from '../challenges/challenge.types.js';
import { GUIDELINE_STATUSES } from '../guidelines/guideline.types.js';
import { SOLUTION_STATUSES } from '../solutions/solution.types.js';
import { type SetFilterShape, matchingTypes } from './cypher/graph-set.cypher.js';
import type { GraphSetRequest, GraphType, Subgraph } from './graph.types.js';
import { SubgraphRepository } from './subgraph.repository.js';

export interface GraphSetFilter {
  types?: EntityType[] | null;
  fieldKeys?: string[] | null;
  categoryKeys?: string[] | null;
  regionKeys?: string[] | null;
  regionalOnly?: boolean | null;
  statuses?: string[] | null;
  relationships?: GraphRelationship[] | null;
  limit?: number | null;
}

const KNOWN_KEYS = {
  fieldKeys: new Set(ACTION_FIELDS.map((field) => field.key)),
  categoryKeys: new Set(ACTOR_CATEGORIES.map((category) => category.key)),
  regionKeys: new Set(REGIONS.map((region) => region.key)),
};
const KEY_LABELS: Record<keyof typeof KNOWN_KEYS, LocalizedText> = {
  fieldKeys: FIELD_LABELS.actionFieldIds,
  categoryKeys: FIELD_LABELS.categoryIds,
  regionKeys: FIELD_LABELS.regionIds,
};
const KNOWN_STATUSES = new Set<string>([...CHALLENGE_STATUSES, ...SOLUTION_STATUSES, ...GUIDELINE_STATUSES]);

/** Subgraph, bulk expand and filtered sets: input checked here, answers capped and explained. */
@Injectable()
export class SubgraphService {
  constructor(private readonly repository: SubgraphRepository) {}

  async subgraph(
    ids: readonly string[],
    relationships: readonly GraphRelationship[] | null | undefined,
  ): Promise<Subgraph> {
    const check = new InputCheck();
    checkIdSet(check, ids);
    check.done();
    const unique = [...new Set(ids)];
    const picture = await this.repository.subgraph(unique, relationshipsOrAll(relationships));
    const present = new Set(picture.nodes.map((node) => node.id));
    return {
      ...picture,
      missingIds: unique.filter((id) => !present.has(id)),
      truncated: false,
      limit: null,
      totalCount: null,
      notice: null,
    };
  }

  async expand(request: {
    ids: readonly string[];
    depth: number;
    types?: readonly EntityType[] | null;
    relationships?: readonly GraphRelationship[] | null;
    limit: number;
  }): Promise<Subgraph> {
    const check = new InputCheck();
    checkIdSet(check, request.ids);
    check.custom('depth', request.depth === 1 || request.depth === 2, REQUEST_REFUSALS.depth());
    checkLimit(check, request.limit);
    const types = checkTypes(check, request.types);
    check.done();
    const unique = [...new Set(request.ids)];
    const found = await this.repository.expand({
      ids: unique,
      depth: request.depth as 1 | 2,
      types,
      relationships: relationshipsOrAll(request.relationships),
      limit: request.limit,
    });
    const present = new Set(found.startIds);
    return {
      nodes: found.nodes,
      edges: found.edges,
      missingIds: unique.filter((id) => !present.has(id)),
      truncated: found.truncated,
      limit: request.limit,
      totalCount: null,
      notice: found.truncated ? GRAPH_NOTICES.expandTruncated(request.limit) : null,
    };
  }

  async graphSet(filter: GraphSetFilter): Promise<Subgraph> {
    const check = new InputCheck();
    const limit = filter.limit ?? GRAPH_LIMITS.defaultNodes;
    checkLimit(check, limit);
    const types = checkTypes(check, filter.types);
    for (const list of ['fieldKeys', 'categoryKeys', 'regionKeys'] as const) {
      const keys = filter[list];
      if (!keys) continue;
      check.custom(
        list,
        keys.length <= GRAPH_LIMITS.keys,
        REFUSALS.tooManyEntries(quoted(list), GRAPH_LIMITS.keys),
      );
      const unknown = keys.find((key) => !KNOWN_KEYS[list].has(key));
      if (unknown !== undefined)
        check.custom(list, false, GRAPH_REFUSALS.unknownKey(KEY_LABELS[list], unknown));
    }
    if (filter.statuses) {
      const unknown = filter.statuses.find((status) => !KNOWN_STATUSES.has(status));
      if (unknown !== undefined)
        check.custom('statuses', false, GRAPH_REFUSALS.unknownKey(quoted('statuses'), unknown));
    }
    check.done();
    const request: GraphSetRequest = {
      types,
      fieldKeys: nonEmpty(filter.fieldKeys),
      categoryKeys: nonEmpty(filter.categoryKeys),
      regionKeys: nonEmpty(filter.regionKeys),
      regionalOnly: filter.regionalOnly ?? false,
      statuses: nonEmpty(filter.statuses),
      limit,
    };
    const shape: SetFilterShape = {
      field: request.fieldKeys !== null,
      category: request.categoryKeys !== null,
      region: request.regionKeys !== null,
      regionalOnly: request.regionalOnly,
      status: request.statuses !== null,
    };
    const found = await this.repository.graphSet(
      request,
      matchingTypes(types, shape),
      shape,
      relationshipsOrAll(filter.relationships),
    );
    const truncated = found.totalCount > limit;
    return {
      nodes: found.nodes,
      edges: found.edges,
      missingIds: [],
      truncated,
      limit,
      totalCount: found.totalCount,
      notice: truncated ? GRAPH_NOTICES.setTruncated(found.totalCount, limit) : null,
    };
  }
}

function checkIdSet(check: InputCheck, ids: readonly string[]): void {
  check.custom('ids', ids.length <= GRAPH_LIMITS.ids, GRAPH_REFUSALS.tooManyIds(GRAPH_LIMITS.ids));
  check.custom(
    'ids',
    ids.every((id) => id.trim() !== ''),
    REFUSALS.emptyId(quoted('ids')),
  );
}

function checkLimit(check: InputCheck, limit: number): void {
  check.custom(
    'limit',
    Number.isInteger(limit) && limit >= 1 && limit <= GRAPH_LIMITS.maxNodes,
    GRAPH_REFUSALS.limit(GRAPH_LIMITS.maxNodes),
  );
}

/** The graph kinds asked for (all when none); a kind outside the graph is refused by name. */
function checkTypes(check: InputCheck, types: readonly EntityType[] | null | undefined): GraphType[] {
  if (!types || types.length === 0) return [...GRAPH_TYPES];
  const outside = types.find((type) => !(GRAPH_TYPES as readonly string[]).includes(type));
  if (outside !== undefined) check.custom('types', false, GRAPH_REFUSALS.notInGraph(outside));
  return [...new Set(types)].filter((type): type is GraphType =>
    (GRAPH_TYPES as readonly string[]).includes(type),
  );
}

function relationshipsOrAll(
  relationships: readonly GraphRelationship[] | null | undefined,
): readonly GraphRelationship[] {
  return relationships && relationships.length > 0 ? [...new Set(relationships)] : GRAPH_RELATIONSHIPS;
}

function nonEmpty(list: string[] | null | undefined): string[] | null {
  return list && list.length > 0 ? [...new Set(list)] : null;
}
