import { Injectable } from '@nestjs/common';
import { Neo4jService, Tx } from '../../database/neo4j.service.js';

export interface AgreementSeedData {
  fields: {
    key: string;
    position: number;
    name: string;
    nameEn: string;
    asWritten: string;
    sortKey: string;
  }[];
  /** Consecutive field keys along the process chain. */
  chain: { from: string; to: string }[];
  categories: { key: string; name: string; nameEn: string; sortKey: string }[];
  placements: { categoryKey: string; actionFieldKey: string; order: number }[];
  goals: { number: number; text: string }[];
  regions: { key: string; name: string; kind: string; sortKey: string }[];
  agreement: Record<string, string | number>;
}

export interface SeedCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

// Editable properties are set ON CREATE only: the seed restores what is missing but never overwrites a
// name someone corrected in the product.
const AUDIT_ON_CREATE = `n.id = randomUUID(), n.createdAt = datetime(), n.updatedAt = datetime(),
  n.createdBy = 'system', n.updatedBy = 'system'`;

const STATEMENTS: { cypher: string; params: (data: AgreementSeedData) => Record<string, unknown> }[] = [
  {
    cypher: `UNWIND $rows AS row
      MERGE (n:ActionField {key: row.key})
      ON CREATE SET ${AUDIT_ON_CREATE}, n.position = row.position, n.name = row.name, n.nameEn = row.nameEn,
        n.asWritten = row.asWritten, n.sortKey = row.sortKey`,
    params: (data) => ({ rows: data.fields }),
  },
  {
    cypher: `UNWIND $rows AS row
      MATCH (a:ActionField {key: row.from})
      MATCH (b:ActionField {key: row.to})
      MERGE (a)-[:NEXT]->(b)`,
    params: (data) => ({ rows: data.chain }),
  },
  {
    cypher: `UNWIND $rows AS row
      MERGE (n:ActorCategory {key: row.key})
      ON CREATE SET ${AUDIT_ON_CREATE}, n.name = row.name, n.nameEn = row.nameEn, n.sortKey = row.sortKey
      // Categories seeded before they had English names get theirs; one someone corrected stays.
      WITH n, row WHERE n.nameEn IS NULL
      SET n.nameEn = row.nameEn`,
    params: (data) => ({ rows: data.categories }),
  },
  {
    cypher: `UNWIND $rows AS row
      MATCH (c:ActorCategory {key: row.categoryKey})
      MATCH (f:ActionField {key: row.actionFieldKey})
      MERGE (c)-[p:PLACED_IN]->(f)
      ON CREATE SET p.order = row.order`,
    params: (data) => ({ rows: data.placements }),
  },
  {
    cypher: `UNWIND $rows AS row
      MERGE (n:ActionGoal {number: row.number})
      ON CREATE SET ${AUDIT_ON_CREATE}, n.text = row.text`,
    params: (data) => ({ rows: data.goals }),
  },
  {
    cypher: `UNWIND $rows AS row
      MERGE (n:Region {key: row.key})
      ON CREATE SET ${AUDIT_ON_CREATE}, n.name = row.name, n.kind = row.kind, n.sortKey = row.sortKey`,
    params: (data) => ({ rows: data.regions }),
  },
  {
    cypher: `MERGE (n:Agreement {id: 'agreement'})
      ON CREATE SET n += $agreement, n.inForce = date($agreement.inForce), n.createdAt = datetime(),
        n.updatedAt = datetime(), n.createdBy = 'system', n.updatedBy = 'system'`,
    params: (data) => ({ agreement: data.agreement }),
  },
];

@Injectable()
export class AgreementSeedRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** All of it in one transaction: a start that fails half-way leaves the previous state, not a half seed. */
  async merge(data: AgreementSeedData): Promise<SeedCounts> {
    return this.neo4j.write(async (tx: Tx) => {
      const counts: SeedCounts = { nodesCreated: 0, relationshipsCreated: 0 };
      for (const statement of STATEMENTS) {
        const result = await tx.run(statement.cypher, statement.params(data));
        const updates = result.summary.counters.updates();
        counts.nodesCreated += updates.nodesCreated;
        counts.relationshipsCreated += updates.relationshipsCreated;
      }
      return counts;
    });
  }
}
