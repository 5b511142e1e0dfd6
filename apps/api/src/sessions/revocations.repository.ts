import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';

/**
 * Raises the revocation counter inside the caller's transaction. Every change that ends sessions or
 * changes what a session carries (disabling, enabling, a role change, a password change, deleting an
 * account, revoking a session) calls it, so every server's `RevocationWatch` sees the change.
 */
export async function bumpRevocations(tx: Tx): Promise<void> {
  await tx.run(
    `MERGE (r:Revocations {id: 'accounts'}) ON CREATE SET r.count = 0
     SET r.count = r.count + 1`,
  );
}

/** The counter's current value (0 before the first change). */
@Injectable()
export class RevocationsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async current(): Promise<number> {
    const result = await this.neo4j.backgroundRead(
      `OPTIONAL MATCH (r:Revocations {id: 'accounts'}) RETURN coalesce(r.count, 0) AS count`,
    );
    return Number(result.records[0].get('count'));
  }
}
