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
 * pages cost what the first costs.
 */
@Injectable()
export class PersonListRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(
    filter: PersonListFilter,
    limit: number,
    after: KeysetCursor | null,
  ): Promise<{ rows: PersonRecord[]; total: number }> {
    const source = filter.textQuery
      ? `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $textQuery) YIELD node
         WITH node AS p WHERE p:Person AND p.sortKey IS NOT NULL`
      : 'MATCH (p:Person) WHERE p.sortKey IS NOT NULL';
    const conditions = filter.actorId ? ['EXISTS { (p)-[:WORKS_FOR]->(:Actor {id: $actorId}) }'] : [];
    const keyset = after ? ['p.sortKey >= $afterSort', '(p.sortKey > $afterSort OR p.id > $afterId)'] : [];
    const where = (extra: string[]) => extra.map((condition) => `AND ${condition}`).join(' ');
    const params = {
      actorId: filter.actorId ?? null,
      textQuery: filter.textQuery ?? null,
      afterSort: after?.sort ?? null,
      afterId: after?.id ?? null,
      limit: limit + 1,
    };
    return this.neo4j.read(async (tx) => {
      const counted = await tx.run(`${source} ${where(conditions)} RETURN count(p) AS total`, params);
      const page = await tx.run(
        `${source} ${where([...conditions, ...keyset])}
         RETURN p {.*} AS person ORDER BY p.sortKey, p.id LIMIT toInteger($limit)`,
        params,
      );
      return {
        rows: page.records.map((record) =>
          toPersonRecord(toPlain(record.get('person')) as Record<string, unknown>),
        ),
        total: Number(counted.records[0].get('total')),
      };
    });
  }
}
