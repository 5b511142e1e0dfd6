import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';

export interface CategoryFieldGapRow {
  categoryId: string;
  actionFieldId: string;
}

/**
 * Gaps of the network computed from the graph on every request, so a link closes its gap at once.
 * The two other gap lists (challenges without an approach, approaches nobody carries) are filters of
 * the challenge and solution-approach lists, which page them.
 */
@Injectable()
export class GapsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Ids of the action fields no challenge is recorded in, along the process chain. */
  async fieldsWithoutChallenges(): Promise<string[]> {
    const result = await this.neo4j.readQuery(
      `MATCH (f:ActionField)
       WHERE NOT EXISTS { MATCH (f)<-[:IN_FIELD]-(:Challenge) }
       RETURN f.id AS id ORDER BY f.position`,
    );
    return result.records.map((record) => record.get('id') as string);
  }

  /**
   * The annex's placements (category in field) no actor fills: no actor of the category works in the
   * field. Along the chain, then in the annex's printed order.
   */
  async categoryFieldGaps(): Promise<CategoryFieldGapRow[]> {
    const result = await this.neo4j.readQuery(
      `MATCH (c:ActorCategory)-[p:PLACED_IN]->(f:ActionField)
       WHERE NOT EXISTS { MATCH (c)<-[:IN_CATEGORY]-(:Actor)-[:WORKS_IN]->(f) }
       RETURN c.id AS categoryId, f.id AS actionFieldId ORDER BY f.position, p.order`,
    );
    return result.records.map((record) => ({
      categoryId: record.get('categoryId') as string,
      actionFieldId: record.get('actionFieldId') as string,
    }));
  }
}
