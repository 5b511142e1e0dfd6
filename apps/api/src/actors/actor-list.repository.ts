import { Injectable } from '@nestjs/common';
import { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { SEARCH_INDEX } from '../database/migrations/002-reference-and-search.js';
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

// Every expression is a constant of this table; input only ever arrives as a parameter.
const ORDER: Record<ActorOrderField, { sort: string; cursor: string; after: string }> = {
  NAME: { sort: 'a.sortKey', cursor: 'a.sortKey', after: '$afterSort' },
  CREATED_AT: { sort: 'a.createdAt', cursor: 'toString(a.createdAt)', after: 'datetime($afterSort)' },
  UPDATED_AT: { sort: 'a.updatedAt', cursor: 'toString(a.updatedAt)', after: 'datetime($afterSort)' },
};

const LIST_FILTERS = [
  ['categoryIds', ACTOR_RELATIONS.IN_CATEGORY],
  ['actionFieldIds', ACTOR_RELATIONS.WORKS_IN],
  ['regionIds', ACTOR_RELATIONS.ACTIVE_IN],
] as const satisfies readonly (readonly [keyof ActorListFilter, ActorRelationSpec])[];

/**
 * Pages of actors by keyset: the next page starts strictly after the (sort value, id) pair of the
 * last row, so an index range seek finds it and page 50 costs what page 1 costs (no SKIP). The total
 * is counted only when asked for, in the same statement as the page.
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
    const { sort, cursor, after: afterValue } = ORDER[order.field];
    const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
    const beyond = direction === 'ASC' ? '>' : '<';
    const keyset = after
      ? [`${sort} ${beyond}= ${afterValue}`, `(${sort} ${beyond} ${afterValue} OR a.id ${beyond} $afterId)`]
      : [];
    const own = [`${sort} IS NOT NULL`, ...ownConditions(filter)];
    const row = `{ actor: ${actorProjection('a', fields)}, cursorValue: ${cursor} }`;
    const orderBy = `${sort} ${direction}, a.id ${direction}`;
    let cypher: string;
    if (filter.textQuery) {
      // The full-text index is asked once: its hits are few enough to sort whole, and their number is the total.
      const hits = `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $textQuery) YIELD node
         WITH node AS a WHERE a:Actor AND ${[...own, ...linkConditions(filter)].join(' AND ')}`;
      cypher = withCount
        ? `${hits}
           WITH a ORDER BY ${orderBy}
           WITH collect(a) AS hits
           WITH size(hits) AS total, [a IN hits WHERE ${['true', ...keyset].join(' AND ')}][0..toInteger($limit)] AS page
           RETURN total, [a IN page | ${row}] AS rows`
        : `${hits} AND ${['true', ...keyset].join(' AND ')}
           WITH a ORDER BY ${orderBy} LIMIT toInteger($limit)
           RETURN null AS total, collect(${row}) AS rows`;
    } else {
      const page = `CALL () {
           MATCH (a:Actor) WHERE ${[...own, ...linkConditions(filter), ...keyset].join(' AND ')}
           WITH a ORDER BY ${orderBy} LIMIT toInteger($limit)
           RETURN collect(${row}) AS rows
         }`;
      cypher = withCount
        ? `CALL () { ${countStatement(filter, own)} } ${page} RETURN total, rows`
        : `${page} RETURN null AS total, rows`;
    }
    const result = await this.neo4j.readQuery(cypher, {
      categoryIds: filter.categoryIds ?? null,
      actionFieldIds: filter.actionFieldIds ?? null,
      regionIds: filter.regionIds ?? null,
      statewide: filter.statewide ?? null,
      textQuery: filter.textQuery ?? null,
      limit: limit + 1,
      afterSort: after?.sort ?? null,
      afterId: after?.id ?? null,
    });
    const record = result.records[0];
    const rows = (
      toPlain(record.get('rows')) as { actor: Record<string, unknown>; cursorValue: string }[]
    ).map((found) => ({ ...toActorRecord(found.actor), cursorValue: found.cursorValue }));
    const total = record.get('total') as number | null;
    return { rows, total: total === null ? null : Number(total) };
  }
}

/** Conditions on the actor's own properties. */
function ownConditions(filter: ActorListFilter): string[] {
  return typeof filter.statewide === 'boolean' ? ['coalesce(a.statewide, false) = $statewide'] : [];
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
    const linked = `EXISTS { (a)-[:${spec.type}]->(t:${spec.label}) WHERE t.id IN $${param} }`;
    return param === 'regionIds' && addsStatewide(filter) ? `(a.statewide = true OR ${linked})` : linked;
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
  if (lists.length === 0) return `MATCH (a:Actor) WHERE ${own.join(' AND ')} RETURN count(a) AS total`;
  const linked = `${anchored(lists)}
    WITH DISTINCT a WHERE ${own.join(' AND ')}`;
  if (!addsStatewide(filter)) return `${linked} RETURN count(a) AS total`;
  const others = lists.filter(([param]) => param !== 'regionIds');
  const statewide = ['a.statewide = true', ...own].join(' AND ');
  return `CALL () {
      ${linked} RETURN a
      UNION
      ${others.length === 0 ? `MATCH (a:Actor) WHERE ${statewide}` : `${anchored(others)} WITH DISTINCT a WHERE ${statewide}`}
      RETURN a
    }
    RETURN count(a) AS total`;
}

/** MATCH clauses that start from each list's nodes and join the actors they reach on the actor. */
function anchored(lists: readonly (readonly [keyof ActorListFilter, ActorRelationSpec])[]): string {
  return lists
    .map(
      ([param, spec], index) =>
        `MATCH (t${index}:${spec.label})<-[:${spec.type}]-(a${index === 0 ? ':Actor' : ''})` +
        `${index === 0 ? '' : ' USING JOIN ON a'} WHERE t${index}.id IN $${param}`,
    )
    .join('\n');
}
