import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { ActionFieldRow, ActorCategoryRow } from '../reference/reference.repository.js';

export interface FieldCountRow {
  actionFieldId: string;
  challengeCount: number;
  solutionApproachCount: number;
}

export interface FieldCountRows {
  fields: ActionFieldRow[];
  categories: ActorCategoryRow[];
  counts: FieldCountRow[];
}

@Injectable()
export class FieldCountsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * The fields (with placements and chain, so the result links like the reference queries) and their
   * counts, in one statement. Counts go through the field's relationships, never over all challenges.
   */
  async counts(): Promise<FieldCountRows> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `CALL () {
           MATCH (f:ActionField)
           WITH f ORDER BY f.position
           RETURN collect(f {
             .id, .key, .position, .name, .nameEn, .asWritten,
             categoryIds: COLLECT { MATCH (c:ActorCategory)-[p:PLACED_IN]->(f) RETURN c.id ORDER BY p.order },
             nextId: COLLECT { MATCH (f)-[:NEXT]->(n:ActionField) RETURN n.id }[0]
           }) AS fields,
           collect({
             actionFieldId: f.id,
             challengeCount: COUNT { (f)<-[:IN_FIELD]-(:Challenge) },
             solutionApproachCount: COUNT {
               MATCH (f)<-[:IN_FIELD]-(:Challenge)<-[:ADDRESSES]-(s:SolutionApproach) RETURN DISTINCT s
             }
           }) AS counts
         }
         CALL () {
           MATCH (c:ActorCategory)
           WITH c ORDER BY c.sortKey, c.id
           RETURN collect(c { .id, .key, .name, .nameEn }) AS categories
         }
         RETURN fields, categories, counts`,
      );
      const record = result.records[0];
      return {
        fields: toPlain(record.get('fields')) as ActionFieldRow[],
        categories: toPlain(record.get('categories')) as ActorCategoryRow[],
        counts: toPlain(record.get('counts')) as FieldCountRow[],
      };
    });
  }
}
