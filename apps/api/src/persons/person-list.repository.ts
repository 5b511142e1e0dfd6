import { Injectable } from '@nestjs/common';
import { KeysetCursor } from '../common/pagination/cursor.js';
import { SEARCH_INDEX } from '../database/migrations/002-reference-and-search.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import type { PersonRecord } from './person.types.js';
import { toPersonRecord } from './persons.repository.js';

/** The list filter after the service has checked it; `textQuery` is already a safe Lucene query. */
export interface PersonListFilter {
  actorId?: string;
  textQuery?: string;
}

/**
 * Pages of persons in German name order by keyset on (sortKey, id): an index range seek, so deep
 * pages cost what the first costs. The persons of one actor start from the actor instead (a few
 * nodes, sorted), and the total is counted only when asked for, in the same statement.
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
    let source: string;
    const conditions: string[] = [];
    if (filter.textQuery) {
      source = `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $textQuery) YIELD node
         WITH node AS p WHERE p:Person AND p.sortKey IS NOT NULL`;
      if (filter.actorId) conditions.push('EXISTS { (p)-[:WORKS_FOR]->(:Actor {id: $actorId}) }');
    } else if (filter.actorId) {
      source = `MATCH (:Actor {id: $actorId})<-[:WORKS_FOR]-(p:Person) WITH DISTINCT p WHERE p.sortKey IS NOT NULL`;
    } else {
      source = 'MATCH (p:Person) WHERE p.sortKey IS NOT NULL';
    }
    const keyset = after ? ['p.sortKey >= $afterSort', '(p.sortKey > $afterSort OR p.id > $afterId)'] : [];
    const where = (extra: string[]) => extra.map((condition) => `AND ${condition}`).join(' ');
    const page = `CALL () {
        ${source} ${where([...conditions, ...keyset])}
        WITH p ORDER BY p.sortKey, p.id LIMIT toInteger($limit)
        RETURN collect(p {.*}) AS rows
      }`;
    const result = await this.neo4j.readQuery(
      withCount
        ? `CALL () { ${source} ${where(conditions)} RETURN count(p) AS total } ${page} RETURN total, rows`
        : `${page} RETURN null AS total, rows`,
      {
        actorId: filter.actorId ?? null,
        textQuery: filter.textQuery ?? null,
        afterSort: after?.sort ?? null,
        afterId: after?.id ?? null,
        limit: limit + 1,
      },
    );
    const record = result.records[0];
    const total = record.get('total') as number | null;
    return {
      rows: (toPlain(record.get('rows')) as Record<string, unknown>[]).map(toPersonRecord),
      total: total === null ? null : Number(total),
    };
  }
}
