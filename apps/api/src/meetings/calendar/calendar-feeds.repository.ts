import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import { single } from '../../database/records.js';

/**
 * (:CalendarFeed {tokenHash, createdAt, revokedAt})-[:OF]->(:User): a person's secret calendar link.
 * Only the token's SHA-256 is stored; at most one feed per person is live.
 */
@Injectable()
export class CalendarFeedsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Revokes the person's live feed, if any, and stores the new one, in one transaction. */
  replace(userId: string, tokenHash: string): Promise<string> {
    return this.neo4j.write(async (tx) => {
      await tx.run(
        `MATCH (f:CalendarFeed)-[:OF]->(:User {id: $userId}) WHERE f.revokedAt IS NULL SET f.revokedAt = datetime()`,
        { userId },
      );
      const result = await tx.run(
        `MATCH (u:User {id: $userId})
         CREATE (f:CalendarFeed {id: randomUUID(), tokenHash: $tokenHash, createdAt: datetime()})-[:OF]->(u)
         RETURN f.createdAt AS createdAt`,
        { userId, tokenHash },
      );
      return String(single<string>(result.records, 'createdAt'));
    });
  }

  /** Revokes the person's live feed; whether there was one. */
  revoke(userId: string): Promise<boolean> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (f:CalendarFeed)-[:OF]->(:User {id: $userId}) WHERE f.revokedAt IS NULL
         SET f.revokedAt = datetime() RETURN count(f) AS revoked`,
        { userId },
      );
      return Number(result.records[0].get('revoked')) > 0;
    });
  }

  /** When the person's live feed was created, or null. */
  liveSince(userId: string): Promise<string | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (f:CalendarFeed)-[:OF]->(:User {id: $userId}) WHERE f.revokedAt IS NULL
         RETURN f.createdAt AS createdAt ORDER BY f.createdAt DESC LIMIT 1`,
        { userId },
      );
      return single<string>(result.records, 'createdAt');
    });
  }

  /** Whether the hash belongs to a live feed of an active account. */
  isLive(tokenHash: string): Promise<boolean> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (f:CalendarFeed {tokenHash: $tokenHash})-[:OF]->(u:User)
         WHERE f.revokedAt IS NULL AND coalesce(u.disabled, false) = false RETURN count(f) AS live`,
        { tokenHash },
      );
      return Number(result.records[0].get('live')) > 0;
    });
  }
}
