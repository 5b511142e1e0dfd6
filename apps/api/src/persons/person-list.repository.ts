import { Injectable } from '@nestjs/common';
import { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { findKeysetPage, keysetOrder } from '../store/paging/keyset-page.repository.js';
import type { PersonRecord } from './person.types.js';
import { toPersonRecord } from './persons.repository.js';

/** The list filter after the service has checked it; `textQuery` is already a safe Lucene query. */
export interface PersonListFilter {
  actorId?: string;
  textQuery?: string;
}

/**
 * Pages of persons in German name order on the one keyset pager: an index range seek, so deep pages
 * cost what the first costs. The persons of one actor start from the actor instead (a few nodes,
 * sorted), and the total is counted only when asked for, in the same statement.
 */
@Injectable()
export class PersonListRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(
    filter: PersonListFilter,
    limit: number,
    after: KeysetCursor | null,
    withCount: boolean,
  ): Promise<{ rows: PersonRecord[]; total: number | null }> {
    const startsAtActor = filter.actorId && !filter.textQuery;
    const page = await this.neo4j.readStatement((tx) =>
      findKeysetPage<Record<string, unknown>>(tx, {
        label: 'Person',
        order: keysetOrder('SORT_KEY', 'ASC'),
        start: startsAtActor
          ? 'MATCH (:Actor {id: $actorId})<-[:WORKS_FOR]-(n:Person) WITH DISTINCT n'
          : undefined,
        conditions:
          filter.actorId && !startsAtActor ? ['EXISTS { (n)-[:WORKS_FOR]->(:Actor {id: $actorId}) }'] : [],
        lucene: filter.textQuery ?? null,
        params: { actorId: filter.actorId ?? null },
        after,
        limit,
        projection: 'n {.*}',
        withCount,
      }),
    );
    return { rows: page.rows.map(({ row }) => toPersonRecord(row)), total: page.total };
  }
}
