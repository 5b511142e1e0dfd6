import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { ActionFieldRow, ActorCategoryRow } from '../reference/reference.repository.js';
import type { RegionModel } from '../reference/models/region.model.js';

export interface FieldRegionCountRow {
  actionFieldId: string;
  regionId: string;
  actorCount: number;
}

export interface FieldCoverageRow {
  actionFieldId: string;
  actorCount: number;
  statewideCount: number;
  withoutRegionCount: number;
}

export interface FieldRegionRows {
  fields: ActionFieldRow[];
  categories: ActorCategoryRow[];
  regions: RegionModel[];
  /** Only the pairs with at least one actor; the service fills in the gaps. */
  counts: FieldRegionCountRow[];
  coverage: FieldCoverageRow[];
}

@Injectable()
export class FieldRegionMatrixRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * The axes and the counts in one statement. The cells are one pass over the actors' WORKS_IN ×
   * ACTIVE_IN pairs (grouped by field and region), not a walk from each of the 126 cells; each field's
   * statewide actors and those with no region at all are counted beside the cells.
   */
  async matrix(): Promise<FieldRegionRows> {
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
             actorCount: COUNT { MATCH (f)<-[:WORKS_IN]-(a:Actor) RETURN DISTINCT a },
             statewideCount: COUNT { MATCH (f)<-[:WORKS_IN]-(a:Actor) WHERE a.statewide = true RETURN DISTINCT a },
             withoutRegionCount: COUNT {
               MATCH (f)<-[:WORKS_IN]-(a:Actor)
               WHERE coalesce(a.statewide, false) = false AND NOT EXISTS { (a)-[:ACTIVE_IN]->(:Region) }
               RETURN DISTINCT a
             }
           }) AS coverage
         }
         CALL () {
           MATCH (c:ActorCategory)
           WITH c ORDER BY c.sortKey, c.id
           RETURN collect(c { .id, .key, .name, .nameEn }) AS categories
         }
         CALL () {
           MATCH (r:Region)
           WITH r ORDER BY r.sortKey, r.id
           RETURN collect(r { .id, .key, .name, .kind }) AS regions
         }
         CALL () {
           MATCH (f:ActionField)<-[:WORKS_IN]-(a:Actor)-[:ACTIVE_IN]->(r:Region)
           WITH f, r, count(DISTINCT a) AS actorCount
           RETURN collect({ actionFieldId: f.id, regionId: r.id, actorCount: actorCount }) AS counts
         }
         RETURN fields, categories, regions, counts, coverage`,
      );
      const record = result.records[0];
      return {
        fields: toPlain(record.get('fields')) as ActionFieldRow[],
        categories: toPlain(record.get('categories')) as ActorCategoryRow[],
        regions: toPlain(record.get('regions')) as RegionModel[],
        counts: toPlain(record.get('counts')) as FieldRegionCountRow[],
        coverage: toPlain(record.get('coverage')) as FieldCoverageRow[],
      };
    });
  }
}
