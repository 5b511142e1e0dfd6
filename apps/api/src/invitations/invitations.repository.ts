import { Injectable } from '@nestjs/common';
import type { Role } from '@netzwerkstatt/domain';
import { type AccountRecord, type NewAccount, insertUser } from '../accounts/accounts.repository.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { column, single } from '../database/records.js';

export interface InvitationRecord {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  /** Display name of the admin who invited (null when that account is gone). */
  invitedBy: string | null;
}

const INVITATION = `i { .id, .email, .role, .createdAt, .expiresAt,
  invitedBy: COLLECT { MATCH (a:User {id: i.createdBy}) RETURN a.displayName }[0] }`;

/**
 * (:Invitation): a pending invitation of one e-mail address with a role. Only the SHA-256 hash of its
 * link's token is stored. Accepting it creates the (:User) and deletes the invitation in one
 * transaction; revoking deletes it; sending it again replaces the token and the expiry.
 */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * A new invitation, replacing a pending one for the same address. 'EMAIL_TAKEN' when an account has
   * the address already.
   */
  async create(invitation: {
    email: string;
    role: Role;
    tokenHash: string;
    expiresAt: string;
    createdBy: string;
  }): Promise<InvitationRecord | 'EMAIL_TAKEN'> {
    return this.neo4j.write(async (tx) => {
      const taken = await tx.run('MATCH (u:User {email: $email}) RETURN u.id AS id', invitation);
      if (taken.records.length > 0) return 'EMAIL_TAKEN';
      const result = await tx.run(
        `OPTIONAL MATCH (old:Invitation {email: $email})
         DETACH DELETE old
         WITH DISTINCT 1 AS one
         CREATE (i:Invitation {id: randomUUID(), email: $email, role: $role, tokenHash: $tokenHash,
           createdAt: datetime(), expiresAt: datetime($expiresAt), createdBy: $createdBy})
         RETURN ${INVITATION} AS invitation`,
        invitation,
      );
      const created = single<InvitationRecord>(result.records, 'invitation');
      if (!created) throw new Error('invitation write returned no row');
      return created;
    });
  }

  /** A new token and expiry for a pending invitation; null when there is none with that id. */
  async renew(id: string, tokenHash: string, expiresAt: string): Promise<InvitationRecord | null> {
    const result = await this.neo4j.write((tx) =>
      tx.run(
        `MATCH (i:Invitation {id: $id})
         SET i.tokenHash = $tokenHash, i.expiresAt = datetime($expiresAt)
         RETURN ${INVITATION} AS invitation`,
        { id, tokenHash, expiresAt },
      ),
    );
    return single<InvitationRecord>(result.records, 'invitation');
  }

  /** Pending invitations (expired ones too, so they can be sent again), newest first. */
  async list(): Promise<InvitationRecord[]> {
    const result = await this.neo4j.readQuery(
      `MATCH (i:Invitation) WITH i ORDER BY i.createdAt DESC LIMIT 500 RETURN ${INVITATION} AS invitation`,
    );
    return column<InvitationRecord>(result.records, 'invitation');
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.neo4j.write((tx) =>
      tx.run('MATCH (i:Invitation {id: $id}) DETACH DELETE i RETURN count(*) AS n', { id }),
    );
    return Number(result.records[0]?.get('n') ?? 0) > 0;
  }

  /** The invitation a link's token belongs to, while it has not expired. */
  async findValid(tokenHash: string): Promise<InvitationRecord | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (i:Invitation {tokenHash: $tokenHash}) WHERE i.expiresAt > datetime()
       RETURN ${INVITATION} AS invitation`,
      { tokenHash },
    );
    return single<InvitationRecord>(result.records, 'invitation');
  }

  /**
   * Creates the account the invitation was for and deletes the invitation, in one transaction: a link
   * used twice at once creates one account. 'INVALID' when the token matches no unexpired invitation,
   * 'EMAIL_TAKEN' when an account with the address appeared meanwhile.
   */
  async accept(
    tokenHash: string,
    account: Omit<NewAccount, 'email' | 'role' | 'createdBy'>,
  ): Promise<AccountRecord | 'INVALID' | 'EMAIL_TAKEN'> {
    return this.neo4j.write(async (tx) => {
      const found = await tx.run(
        `MATCH (i:Invitation {tokenHash: $tokenHash}) WHERE i.expiresAt > datetime()
         SET i.acceptedAt = datetime()
         RETURN i { .email, .role, .createdBy } AS invitation`,
        { tokenHash },
      );
      const invitation = single<{ email: string; role: Role; createdBy: string }>(
        found.records,
        'invitation',
      );
      if (!invitation) return 'INVALID';
      const created = await insertUser(tx, { ...account, ...invitation });
      if (created === 'EMAIL_TAKEN') return created;
      await tx.run('MATCH (i:Invitation {tokenHash: $tokenHash}) DETACH DELETE i', { tokenHash });
      return created;
    });
  }
}
