import { Injectable } from '@nestjs/common';
import { int } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import { SEED_LINKS, SeedLinkRow, SeedLinkType, SeedNodeLabel, SeedNodeRow } from '../seed-graph.js';

/**
 * Bulk writes for the synthetic dataset: one UNWIND statement per batch, one transaction per batch, so
 * memory stays flat however large N is. CREATE (not MERGE) is safe because the seeder refuses to run
 * while synthetic data exists.
 */
@Injectable()
export class SyntheticSeedRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async exists(): Promise<boolean> {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run('MATCH (n:Synthetic) RETURN n.id AS id LIMIT 1');
      return result.records.length > 0;
    });
  }

  async count(): Promise<number> {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run('MATCH (n:Synthetic) RETURN count(n) AS count');
      return Number(result.records[0].get('count'));
    });
  }

  async createNodes(label: SeedNodeLabel, rows: SeedNodeRow[]): Promise<void> {
    await this.neo4j.write((tx) =>
      tx.run(
        `UNWIND $rows AS row
         CREATE (n:${label}:Synthetic {id: row.id})
         SET n += row.props, n.createdAt = datetime(), n.updatedAt = n.createdAt,
           n.createdBy = 'synthetic', n.updatedBy = 'synthetic'`,
        { rows },
      ),
    );
  }

  async createLinks(type: SeedLinkType, rows: SeedLinkRow[]): Promise<void> {
    const link = SEED_LINKS[type];
    await this.neo4j.write((tx) =>
      tx.run(
        `UNWIND $rows AS row
         MATCH (a:${link.from} {id: row.from})
         MATCH (b:${link.to} {${link.toBy}: row.to})
         CREATE (a)-[r:${link.type}]->(b)
         SET r += coalesce(row.props, {})`,
        { rows },
      ),
    );
  }

  /** Deletes up to `limit` synthetic nodes with their relationships; returns how many went. */
  async removeBatch(limit: number): Promise<number> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run('MATCH (n:Synthetic) WITH n LIMIT $limit DETACH DELETE n', {
        limit: int(limit),
      });
      return result.summary.counters.updates().nodesDeleted;
    });
  }
}
