import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';

export interface TemplateSeedRow {
  id: string;
  name: string;
  sortKey: string;
  description: string;
  json: string;
}

/**
 * MERGEs the seeded templates by their stable ids; name, description and text are set when created
 * only. Returns how many were created (0 on every later start).
 */
@Injectable()
export class TemplateSeedRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async merge(rows: TemplateSeedRow[]): Promise<number> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `UNWIND $rows AS row
         MERGE (t:GuidelineTemplate {id: row.id})
         ON CREATE SET t.name = row.name, t.sortKey = row.sortKey, t.description = row.description,
           t.json = row.json, t.createdAt = datetime(), t.updatedAt = datetime(),
           t.createdBy = 'system', t.updatedBy = 'system'`,
        { rows },
      );
      return result.summary.counters.updates().nodesCreated;
    });
  }
}
