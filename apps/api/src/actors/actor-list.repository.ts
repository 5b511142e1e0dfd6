import { Injectable } from '@nestjs/common';
import { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { SEARCH_INDEX } from '../database/migrations/002-reference-and-search.js';
import { ACTOR_RELATIONS } from './actor-relations.js';
import { toActorRecord } from './actors.repository.js';
import type { ActorOrder, ActorOrderField, ActorRecord } from './actor.types.js';

/** The list filter after the service has checked it; `textQuery` is already a safe Lucene query. */
export interface ActorListFilter {
  actionFieldIds?: string[];
  categoryIds?: string[];
  regionIds?: string[];
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

/**
 * Pages of actors by keyset: the next page starts strictly after the (sort value, id) pair of the
 * last row, so an index range seek finds it and page 50 costs what page 1 costs (no SKIP).
 */
@Injectable()
export class ActorListRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(
    filter: ActorListFilter,
    order: ActorOrder,
    limit: number,
    after: KeysetCursor | null,
  ): Promise<{ rows: ActorListRow[]; total: number }> {
    const { sort, cursor, after: afterValue } = ORDER[order.field];
    const source = filter.textQuery
      ? `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $textQuery) YIELD node
         WITH node AS a WHERE a:Actor`
      : 'MATCH (a:Actor)';
    const conditions = [`${sort} IS NOT NULL`, ...filterConditions(filter)];
    const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
    const beyond = direction === 'ASC' ? '>' : '<';
    const keyset = after
      ? [`${sort} ${beyond}= ${afterValue}`, `(${sort} ${beyond} ${afterValue} OR a.id ${beyond} $afterId)`]
      : [];
    const params = {
      categoryIds: filter.categoryIds ?? null,
      actionFieldIds: filter.actionFieldIds ?? null,
      regionIds: filter.regionIds ?? null,
      statewide: filter.statewide ?? null,
      textQuery: filter.textQuery ?? null,
      limit: limit + 1,
      afterSort: after?.sort ?? null,
      afterId: after?.id ?? null,
    };
    return this.neo4j.read(async (tx) => {
      const counted = await tx.run(
        `${source} ${filter.textQuery ? 'AND' : 'WHERE'} ${conditions.join(' AND ')} RETURN count(a) AS total`,
        params,
      );
      const page = await tx.run(
        `${source} ${filter.textQuery ? 'AND' : 'WHERE'} ${[...conditions, ...keyset].join(' AND ')}
         RETURN a {.*} AS actor, ${cursor} AS cursorValue
         ORDER BY ${sort} ${direction}, a.id ${direction}
         LIMIT toInteger($limit)`,
        params,
      );
      const rows = page.records.map((record) => ({
        ...toActorRecord(toPlain(record.get('actor')) as Record<string, unknown>),
        cursorValue: record.get('cursorValue') as string,
      }));
      return { rows, total: Number(counted.records[0].get('total')) };
    });
  }
}

function filterConditions(filter: ActorListFilter): string[] {
  const conditions: string[] = [];
  const lists = [
    ['categoryIds', ACTOR_RELATIONS.IN_CATEGORY],
    ['actionFieldIds', ACTOR_RELATIONS.WORKS_IN],
    ['regionIds', ACTOR_RELATIONS.ACTIVE_IN],
  ] as const;
  for (const [param, spec] of lists) {
    if (filter[param])
      conditions.push(`EXISTS { (a)-[:${spec.type}]->(t:${spec.label}) WHERE t.id IN $${param} }`);
  }
  if (typeof filter.statewide === 'boolean') conditions.push('coalesce(a.statewide, false) = $statewide');
  return conditions;
}
