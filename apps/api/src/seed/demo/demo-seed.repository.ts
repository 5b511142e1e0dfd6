import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import { SEED_LINKS, SEED_NODE_LABELS, SeedDataset, SeedLinkType } from '../seed-graph.js';

export interface DemoCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * Writes the example dataset with MERGE on stable ids, so a second run creates nothing and keeps
 * whatever people changed in the examples. Every node gets the :Demo label, which is all removal needs.
 */
@Injectable()
export class DemoSeedRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async merge(dataset: SeedDataset): Promise<DemoCounts> {
    return this.neo4j.write(async (tx) => {
      const counts: DemoCounts = { nodesCreated: 0, relationshipsCreated: 0 };
      for (const label of SEED_NODE_LABELS) {
        const result = await tx.run(
          `UNWIND $rows AS row
           MERGE (n:${label} {id: row.id})
           ON CREATE SET n += row.props, n.createdAt = datetime(), n.updatedAt = datetime(),
             n.createdBy = 'demo', n.updatedBy = 'demo'
           SET n:Demo`,
          { rows: dataset.nodes[label] },
        );
        counts.nodesCreated += result.summary.counters.updates().nodesCreated;
      }
      for (const type of Object.keys(SEED_LINKS) as SeedLinkType[]) {
        const link = SEED_LINKS[type];
        const result = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${link.from}:Demo {id: row.from})
           MATCH (b:${link.to} {${link.toBy}: row.to})
           MERGE (a)-[r:${link.type}]->(b)
           ON CREATE SET r += coalesce(row.props, {})`,
          { rows: dataset.links[type] },
        );
        counts.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
      }
      return counts;
    });
  }

  /** Deletes exactly the :Demo nodes and their relationships; nodes people added stay. */
  async remove(): Promise<number> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run('MATCH (n:Demo) DETACH DELETE n');
      return result.summary.counters.updates().nodesDeleted;
    });
  }
}
