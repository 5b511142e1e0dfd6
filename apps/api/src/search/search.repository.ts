import { Injectable } from '@nestjs/common';
import type { EntityType } from '@netzwerkstatt/domain';
import { SEARCH_INDEX } from '../database/migrations/002-reference-and-search.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { column } from '../database/records.js';

export interface SearchRow {
  id: string;
  type: EntityType;
  title: string;
  text: string | null;
  score: number;
}

@Injectable()
export class SearchRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Best matches of a (safe, prebuilt) Lucene query among nodes of the given kinds. */
  async search(luceneQuery: string, types: readonly EntityType[], limit: number): Promise<SearchRow[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
         WITH node, score, [label IN labels(node) WHERE label IN $types][0] AS type
         WHERE type IS NOT NULL AND node.id IS NOT NULL
         RETURN { id: node.id, type: type, title: coalesce(node.name, node.title, node.key, ''),
                  text: coalesce(node.description, node.function, node.asWritten, node.bodyText), score: score } AS hit
         ORDER BY hit.score DESC, hit.id
         LIMIT toInteger($limit)`,
        { query: luceneQuery, types, limit },
      );
      return column<SearchRow>(result.records, 'hit');
    });
  }
}
