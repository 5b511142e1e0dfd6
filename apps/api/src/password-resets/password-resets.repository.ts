import { Injectable } from '@nestjs/common';
import { type AccountRecord, ACCOUNT_FIELDS } from '../accounts/accounts.repository.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { bumpRevocations } from '../sessions/revocations.repository.js';

/**
 * (:PasswordReset)-[:FOR]->(:User): a one-time link an admin issued for an account. At most one per
 * account (a new one replaces it); only the SHA-256 hash of its token is stored. Using it sets the
 * password, ends every session of the account and deletes the reset, in one transaction.
 */
@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** 'NOT_FOUND' without such an account, 'DISABLED' when it is disabled. */
  async create(reset: {
    userId: string;
    tokenHash: string;
    expiresAt: string;
    createdBy: string;
  }): Promise<AccountRecord | 'NOT_FOUND' | 'DISABLED'> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (u:User {id: $userId})
         OPTIONAL MATCH (old:PasswordReset)-[:FOR]->(u)
         DETACH DELETE old
         WITH DISTINCT u
         RETURN u { ${ACCOUNT_FIELDS} } AS account`,
        reset,
      );
      const account = single<AccountRecord>(result.records, 'account');
      if (!account) return 'NOT_FOUND';
      if (account.disabled) return 'DISABLED';
      await tx.run(
        `MATCH (u:User {id: $userId})
         CREATE (:PasswordReset {id: randomUUID(), tokenHash: $tokenHash, createdAt: datetime(),
           expiresAt: datetime($expiresAt), createdBy: $createdBy})-[:FOR]->(u)`,
        reset,
      );
      return account;
    });
  }

  /** The account a valid (unexpired) reset link is for; null otherwise or when the account is disabled. */
  async findValid(tokenHash: string): Promise<{ email: string; expiresAt: string } | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (r:PasswordReset {tokenHash: $tokenHash})-[:FOR]->(u:User)
       WHERE r.expiresAt > datetime() AND coalesce(u.disabled, false) = false
       RETURN {email: u.email, expiresAt: r.expiresAt} AS reset`,
      { tokenHash },
    );
    return single<{ email: string; expiresAt: string }>(result.records, 'reset');
  }

  /**
   * Sets the new password (no change required afterwards), revokes every session of the account and
   * deletes the reset; null when the token matches no valid reset of an enabled account.
   */
  async use(tokenHash: string, passwordHash: string): Promise<AccountRecord | null> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (r:PasswordReset {tokenHash: $tokenHash})-[:FOR]->(u:User)
         WHERE r.expiresAt > datetime() AND coalesce(u.disabled, false) = false
         DETACH DELETE r
         SET u.passwordHash = $passwordHash, u.mustChangePassword = false, u.updatedAt = datetime(),
           u.updatedBy = u.id
         WITH u
         CALL (u) {
           MATCH (s:Session)-[:OF]->(u) WHERE s.revokedAt IS NULL
           SET s.revokedAt = datetime()
         }
         RETURN u { ${ACCOUNT_FIELDS} } AS account`,
        { tokenHash, passwordHash },
      );
      const account = single<AccountRecord>(result.records, 'account');
      if (account) await bumpRevocations(tx);
      return account;
    });
  }
}
