import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { ActionFieldRow, ActorCategoryRow } from '../reference/reference.repository.js';

export interface MatrixCellRow {
  categoryId: string;
  actionFieldId: string;
  placed: boolean;
  placementOrder: number | null;
  actorCount: number;
}

export interface MatrixRows {
  fields: ActionFieldRow[];
  categories: ActorCategoryRow[];
  cells: MatrixCellRow[];
}

@Injectable()
export class CategoryFieldMatrixRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * The axes (fields with placements and chain, categories) and every cell, in one statement. An actor
   * counts in a cell when it is in the category AND works in the field; each actor at most once.
   */
  async matrix(): Promise<MatrixRows> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `CALL () {
           MATCH (f:ActionField)
           WITH f ORDER BY f.position
           RETURN collect(f {
             .id, .key, .position, .name, .nameEn, .asWritten,
             categoryIds: COLLECT { MATCH (c:ActorCategory)-[p:PLACED_IN]->(f) RETURN c.id ORDER BY p.order },
             nextId: COLLECT { MATCH (f)-[:NEXT]->(n:ActionField) RETURN n.id }[0]
           }) AS fields
         }
         CALL () {
           MATCH (c:ActorCategory)
           WITH c ORDER BY c.sortKey, c.id
           RETURN collect(c { .id, .key, .name, .nameEn }) AS categories
         }
         CALL () {
           MATCH (f:ActionField), (c:ActorCategory)
           WITH f, c ORDER BY f.position, c.sortKey, c.id
           OPTIONAL MATCH (c)-[p:PLACED_IN]->(f)
           RETURN collect({
             categoryId: c.id, actionFieldId: f.id, placed: p IS NOT NULL, placementOrder: p.order,
             actorCount: COUNT { MATCH (c)<-[:IN_CATEGORY]-(a:Actor)-[:WORKS_IN]->(f) RETURN DISTINCT a }
           }) AS cells
         }
         RETURN fields, categories, cells`,
      );
      const record = result.records[0];
      return {
        fields: toPlain(record.get('fields')) as ActionFieldRow[],
        categories: toPlain(record.get('categories')) as ActorCategoryRow[],
        cells: toPlain(record.get('cells')) as MatrixCellRow[],
      };
    });
  }
}
