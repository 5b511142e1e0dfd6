import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { column, single, toPlain } from '../database/records.js';
import { ActionGoalModel } from './models/action-goal.model.js';
import { AgreementModel } from './models/agreement.model.js';
import { RegionModel } from './models/region.model.js';

export interface ActionFieldRow {
  id: string;
  key: string;
  position: number;
  name: string;
  nameEn: string;
  asWritten: string;
  /** Categories placed in the field, in the annex's printed order. */
  categoryIds: string[];
  nextId: string | null;
}

export interface ActorCategoryRow {
  id: string;
  key: string;
  name: string;
  /** Null only where someone removed it from the database. */
  nameEn: string | null;
}

/** The agreement's vocabulary: at most a few dozen nodes, so each read fetches all of a kind at once. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Fields with their placements and chain, and all categories, in one statement. */
  async fieldsAndCategories(): Promise<{ fields: ActionFieldRow[]; categories: ActorCategoryRow[] }> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (f:ActionField)
         WITH f ORDER BY f.position
         WITH collect(f {
           .id, .key, .position, .name, .nameEn, .asWritten,
           categoryIds: COLLECT { MATCH (c:ActorCategory)-[p:PLACED_IN]->(f) RETURN c.id ORDER BY p.order },
           nextId: COLLECT { MATCH (f)-[:NEXT]->(n:ActionField) RETURN n.id }[0]
         }) AS fields
         OPTIONAL MATCH (c:ActorCategory)
         WITH fields, c ORDER BY c.sortKey, c.id
         RETURN fields, collect(c { .id, .key, .name, .nameEn }) AS categories`,
      );
      const record = result.records[0];
      return {
        fields: toPlain(record.get('fields')) as ActionFieldRow[],
        categories: toPlain(record.get('categories')) as ActorCategoryRow[],
      };
    });
  }

  async regions(): Promise<RegionModel[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        'MATCH (r:Region) RETURN r { .id, .key, .name, .kind } AS region ORDER BY r.sortKey, r.id',
      );
      return column<RegionModel>(result.records, 'region');
    });
  }

  async actionGoals(): Promise<ActionGoalModel[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        'MATCH (g:ActionGoal) RETURN g { .id, .number, .text } AS goal ORDER BY g.number',
      );
      return column<ActionGoalModel>(result.records, 'goal');
    });
  }

  async agreement(): Promise<AgreementModel | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Agreement {id: 'agreement'})
         RETURN a { .id, .inForce, .source, .networkMeetingCadence, .steeringGroupMaxPersons,
           .steeringGroupConfirmationYears, .publicEventsPerYearMin, .membership } AS agreement`,
      );
      return single<AgreementModel>(result.records, 'agreement');
    });
  }
}
