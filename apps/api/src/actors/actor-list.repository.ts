import { Injectable } from '@nestjs/common';
import { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { findKeysetPage, keysetOrder } from '../store/paging/keyset-page.repository.js';
import { ACTOR_RELATIONS, type ActorRelationSpec } from '../store/relations/actor-relations.js';
import { actorProjection } from '../store/projections/projections.repository.js';
import { toActorRecord } from './actors.repository.js';
import type { ActorOrder, ActorOrderField, ActorRecord } from './actor.types.js';

/** The list filter after the service has checked it; `textQuery` is already a safe Lucene query. */
export interface ActorListFilter {
  actionFieldIds?: string[];
  categoryIds?: string[];
  regionIds?: string[];
  /** With `regionIds`: only actors linked to one of the regions, statewide actors are not added. */
  regionalOnly?: boolean;
  statewide?: boolean;
  textQuery?: string;
}

export interface ActorListRow extends ActorRecord {
  /** The exact sort value for the cursor (timestamps at full database precision, not ISO milliseconds). */
  cursorValue: string;
}

const ORDER_FIELD = {
  NAME: 'SORT_KEY',
  CREATED_AT: 'CREATED_AT',
  UPDATED_AT: 'UPDATED_AT',
} as const satisfies Record<ActorOrderField, Parameters<typeof keysetOrder>[0]>;

const LIST_FILTERS = [
  ['categoryIds', ACTOR_RELATIONS.IN_CATEGORY],
  ['actionFieldIds', ACTOR_RELATIONS.WORKS_IN],
  ['regionIds', ACTOR_RELATIONS.ACTIVE_IN],
] as const satisfies readonly (readonly [keyof ActorListFilter, ActorRelationSpec])[];

/**
 * Pages of actors on the one keyset pager: the page walks the sort index (a field or region has too
 * many actors to start from), the total starts from the filter's nodes (`countStatement`).
 */
@Injectable()
export class ActorListRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(
    filter: ActorListFilter,
    order: ActorOrder,
    limit: number,
    after: KeysetCursor | null,
    { withCount, fields }: { withCount: boolean; fields?: ReadonlySet<string> },
  ): Promise<{ rows: ActorListRow[]; total: number | null }> {
    const own = ownConditions(filter);
    const page = await this.neo4j.readStatement((tx) =>
      findKeysetPage<Record<string, unknown>>(tx, {
        label: 'Actor',
        order: keysetOrder(ORDER_FIELD[order.field], order.direction === 'DESC' ? 'DESC' : 'ASC'),
        conditions: [...own, ...linkConditions(filter)],
        lucene: filter.textQuery ?? null,
        params: {
          categoryIds: filter.categoryIds ?? null,
          actionFieldIds: filter.actionFieldIds ?? null,
          regionIds: filter.regionIds ?? null,
          statewide: filter.statewide ?? null,
        },
        after,
        limit,
        projection: actorProjection('n', fields),
        withCount,
        countStatement: countStatement(filter, ['n.sortKey IS NOT NULL', ...own]),
      }),
    );
    return {
      rows: page.rows.map(({ row, sortValue }) => ({ ...toActorRecord(row), cursorValue: sortValue })),
      total: page.total,
    };
  }
}

/** Conditions on the actor's own properties. */
function ownConditions(filter: ActorListFilter): string[] {
  return typeof filter.statewide === 'boolean' ? ['coalesce(n.statewide, false) = $statewide'] : [];
}

/**
 * Whether a region filter also takes in the statewide actors: a statewide actor works in every region,
 * so it belongs under any region unless the filter asks for regional actors only. An empty list of
 * regions still matches nothing.
 */
function addsStatewide(filter: ActorListFilter): boolean {
  return (filter.regionIds?.length ?? 0) > 0 && !filter.regionalOnly;
}

/** The id-list filters as checks on an actor found otherwise (the page walks the sort index). */
function linkConditions(filter: ActorListFilter): string[] {
  return LIST_FILTERS.filter(([param]) => filter[param]).map(([param, spec]) => {
    const linked = `EXISTS { (n)-[:${spec.type}]->(t:${spec.label}) WHERE t.id IN $${param} }`;
    return param === 'regionIds' && addsStatewide(filter) ? `(n.statewide = true OR ${linked})` : linked;
  });
}

/**
 * The total without the keyset. With id-list filters it starts from the listed nodes and joins the
 * actors each reaches on the actor (a hash join), instead of testing every actor: on 10 000 actors with
 * one action field and two regions that is 11 871 db hits instead of 184 938 (BENCHMARKS.md). A region
 * filter that takes in the statewide actors adds them as a second branch, found through the
 * `actor_statewide` index (or the other lists' nodes), and UNION counts an actor of both branches once.
 */
function countStatement(filter: ActorListFilter, own: string[]): string {
  const lists = LIST_FILTERS.filter(([param]) => filter[param]);
  if (lists.length === 0) return `MATCH (n:Actor) WHERE ${own.join(' AND ')} RETURN count(n) AS total`;
  const linked = `${anchored(lists)}
    WITH DISTINCT n WHERE ${own.join(' AND ')}`;
  if (!addsStatewide(filter)) return `${linked} RETURN count(n) AS total`;
  const others = lists.filter(([param]) => param !== 'regionIds');
  const statewide = ['n.statewide = true', ...own].join(' AND ');
  return `CALL () {
      ${linked} RETURN n
      UNION
      ${others.length === 0 ? `MATCH (n:Actor) WHERE ${statewide}` : `${anchored(others)} WITH DISTINCT n WHERE ${statewide}`}
      RETURN n
    }
    RETURN count(n) AS total`;
}

/** MATCH clauses that start from each list's nodes and join the actors they reach on the actor. */
function anchored(lists: readonly (readonly [keyof ActorListFilter, ActorRelationSpec])[]): string {
  return lists
    .map(
      ([param, spec], index) =>
        `MATCH (t${index}:${spec.label})<-[:${spec.type}]-(n${index === 0 ? ':Actor' : ''})` +
        `${index === 0 ? '' : ' USING JOIN ON n'} WHERE t${index}.id IN $${param}`,
    )
    .join('\n');
}
