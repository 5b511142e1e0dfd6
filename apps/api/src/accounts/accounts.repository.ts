import { Injectable } from '@nestjs/common';
import { ACCOUNT_REFUSALS, type Role, conflict } from '@netzwerkstatt/domain';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single, toPlain } from '../database/records.js';
import { bumpRevocations } from '../sessions/revocations.repository.js';

export interface AccountRecord {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** The password was set by someone else (an admin, the CLI): nothing but changing it is allowed. */
  mustChangePassword: boolean;
  createdAt: string;
}

export interface AccountWithCredentials extends AccountRecord {
  passwordHash: string;
}

export interface NewAccount {
  email: string;
  displayName: string;
  sortKey: string;
  role: Role;
  passwordHash: string;
  /** True when someone else chose the password; the person must change it at first sign-in. */
  mustChangePassword: boolean;
  /** Who created it (or invited the person); null when it is created by the CLI or the first-admin set-up. */
  createdBy: string | null;
}

/** What an admin change to an account ran into; the service turns each into a message. */
export type AccountChange = AccountRecord | 'NOT_FOUND' | 'LAST_ADMIN';

const FIELDS =
  '.id, .email, .displayName, .role, disabled: coalesce(u.disabled, false), mustChangePassword: coalesce(u.mustChangePassword, false), .createdAt';
/** The projection of an account (`u`) other repositories return, so every reader gets the same shape. */
export const ACCOUNT_FIELDS = FIELDS;
const ACCOUNT = `u { ${FIELDS} }`;

/**
 * (:User) nodes and the parts of (:Session) that change together with an account (revoking on disable,
 * password change and deletion), so each such change is one transaction.
 */
@Injectable()
export class AccountsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(account: NewAccount): Promise<AccountRecord> {
    try {
      return await this.neo4j.write((tx) => this.insert(tx, account));
    } catch (error) {
      throw isUniqueViolation(error) ? emailTaken() : error;
    }
  }

  /** Creates the account only while no account exists at all; null when one appeared meanwhile. */
  async createIfNoneExists(account: NewAccount): Promise<AccountRecord | null> {
    return this.neo4j.write(async (tx) => {
      const existing = await tx.run('MATCH (u:User) RETURN count(u) > 0 AS any');
      if (existing.records[0].get('any') === true) return null;
      return this.insert(tx, account);
    });
  }

  private async insert(tx: Tx, account: NewAccount): Promise<AccountRecord> {
    const created = await insertUser(tx, account);
    if (created === 'EMAIL_TAKEN') throw emailTaken();
    return created;
  }

  async count(): Promise<number> {
    const result = await this.neo4j.readStatement((tx) => tx.run('MATCH (u:User) RETURN count(u) AS n'));
    return Number(result.records[0].get('n'));
  }

  async findById(id: string): Promise<AccountRecord | null> {
    const result = await this.neo4j.readStatement((tx) =>
      tx.run(`MATCH (u:User {id: $id}) RETURN ${ACCOUNT} AS account`, { id }),
    );
    return single<AccountRecord>(result.records, 'account');
  }

  async findByEmail(email: string): Promise<AccountRecord | null> {
    const result = await this.neo4j.readStatement((tx) =>
      tx.run(`MATCH (u:User {email: $email}) RETURN ${ACCOUNT} AS account`, { email }),
    );
    return single<AccountRecord>(result.records, 'account');
  }

  async credentialsByEmail(email: string): Promise<AccountWithCredentials | null> {
    const result = await this.neo4j.readStatement((tx) =>
      tx.run(`MATCH (u:User {email: $email}) RETURN u { ${FIELDS}, .passwordHash } AS account`, {
        email,
      }),
    );
    return single<AccountWithCredentials>(result.records, 'account');
  }

  async credentialsById(id: string): Promise<AccountWithCredentials | null> {
    const result = await this.neo4j.readStatement((tx) =>
      tx.run(`MATCH (u:User {id: $id}) RETURN u { ${FIELDS}, .passwordHash } AS account`, { id }),
    );
    return single<AccountWithCredentials>(result.records, 'account');
  }

  /** German display-name order, keyset on (sortKey, id); the total only when `withCount`. */
  async list(
    limit: number,
    after: KeysetCursor | null,
    withCount: boolean,
  ): Promise<{ rows: (AccountRecord & { sortKey: string })[]; total: number | null }> {
    const result = await this.neo4j.readQuery(
      `${withCount ? 'MATCH (n:User) WITH count(n) AS total' : 'WITH null AS total'}
       OPTIONAL MATCH (u:User)
       WHERE $afterSort IS NULL OR u.sortKey > $afterSort OR (u.sortKey = $afterSort AND u.id > $afterId)
       WITH total, u ORDER BY u.sortKey, u.id LIMIT toInteger($limit)
       RETURN total, collect(u { ${FIELDS}, .sortKey }) AS rows`,
      { limit: limit + 1, afterSort: after?.sort ?? null, afterId: after?.id ?? '' },
    );
    const record = result.records[0];
    const total = record.get('total') as number | null;
    return {
      rows: toPlain(record.get('rows')) as (AccountRecord & { sortKey: string })[],
      total: total === null ? null : Number(total),
    };
  }

  /**
   * Changes role or disabled state unless that would leave no active admin. Disabling also revokes all
   * of the account's sessions in the same transaction, so a disabled person is signed out everywhere.
   */
  async update(
    id: string,
    change: { role?: Role; disabled?: boolean },
    actorId: string | null,
  ): Promise<AccountChange> {
    return this.neo4j.write(async (tx) => {
      const current = await this.adminState(tx, id);
      if (!current) return 'NOT_FOUND';
      const role = change.role ?? current.role;
      const disabled = change.disabled ?? current.disabled;
      if (current.lastActiveAdmin && (role !== 'admin' || disabled)) return 'LAST_ADMIN';
      const result = await tx.run(
        `MATCH (u:User {id: $id})
         SET u.role = $role, u.disabled = $disabled, u.updatedAt = datetime(), u.updatedBy = $actorId
         WITH u
         CALL (u) {
           MATCH (s:Session)-[:OF]->(u) WHERE $disabled AND s.revokedAt IS NULL
           SET s.revokedAt = datetime()
         }
         RETURN ${ACCOUNT} AS account`,
        { id, role, disabled, actorId },
      );
      await bumpRevocations(tx);
      return written(result.records);
    });
  }

  /** The account's role and state, and whether it is the only active admin (read in the caller's transaction). */
  private async adminState(
    tx: Tx,
    id: string,
  ): Promise<{ role: Role; disabled: boolean; lastActiveAdmin: boolean } | null> {
    const result = await tx.run(
      `MATCH (u:User {id: $id})
       OPTIONAL MATCH (other:User {role: 'admin'}) WHERE other <> u AND coalesce(other.disabled, false) = false
       RETURN u.role AS role, coalesce(u.disabled, false) AS disabled, count(other) AS otherAdmins`,
      { id },
    );
    if (result.records.length === 0) return null;
    const record = result.records[0];
    const role = record.get('role') as Role;
    const disabled = record.get('disabled') as boolean;
    return {
      role,
      disabled,
      lastActiveAdmin: role === 'admin' && !disabled && Number(record.get('otherAdmins')) === 0,
    };
  }

  /** Sets a new hash and revokes every other session: whoever knew the old password is signed out. */
  async changePassword(id: string, passwordHash: string, keepSessionId: string | null): Promise<void> {
    await this.neo4j.write(async (tx) => {
      await tx.run(
        `MATCH (u:User {id: $id})
         SET u.passwordHash = $passwordHash, u.mustChangePassword = false, u.updatedAt = datetime(),
           u.updatedBy = $id
         WITH u
         CALL (u) {
           MATCH (s:Session)-[:OF]->(u) WHERE s.revokedAt IS NULL AND s.id <> $keepSessionId
           SET s.revokedAt = datetime()
         }`,
        { id, passwordHash, keepSessionId: keepSessionId ?? '' },
      );
      await bumpRevocations(tx);
    });
  }

  /** Whether a browser with this device-cookie hash has had a session of the account (kept 30 days after it ended). */
  async knowsDevice(email: string, deviceHash: string): Promise<boolean> {
    const result = await this.neo4j.readQuery(
      `MATCH (:User {email: $email})<-[:OF]-(s:Session) WHERE s.deviceHash = $deviceHash
       RETURN count(s) > 0 AS known`,
      { email, deviceHash },
    );
    return result.records[0].get('known') === true;
  }

  /**
   * Deletes the account and its sessions unless it is the last active admin. (:Change) records keep the
   * user id as a plain property and stay, so the history shows them as made by a former member.
   */
  async delete(id: string): Promise<'DELETED' | 'NOT_FOUND' | 'LAST_ADMIN'> {
    return this.neo4j.write(async (tx) => {
      const current = await this.adminState(tx, id);
      if (!current) return 'NOT_FOUND';
      if (current.lastActiveAdmin) return 'LAST_ADMIN';
      await tx.run(
        `MATCH (u:User {id: $id})
         OPTIONAL MATCH (s:Session)-[:OF]->(u)
         DETACH DELETE s
         WITH DISTINCT u
         OPTIONAL MATCH (r:PasswordReset)-[:FOR]->(u)
         DETACH DELETE r
         WITH DISTINCT u
         DETACH DELETE u`,
        { id },
      );
      await bumpRevocations(tx);
      return 'DELETED';
    });
  }

  /** Everything stored about one person: the account (no hash), sessions' metadata, and their changes. */
  async personalData(id: string): Promise<Record<string, unknown> | null> {
    const result = await this.neo4j.readStatement((tx) =>
      tx.run(
        `MATCH (u:User {id: $id})
         RETURN {
           account: u { .id, .email, .displayName, .role, disabled: coalesce(u.disabled, false),
                        mustChangePassword: coalesce(u.mustChangePassword, false), .createdAt,
                        .updatedAt, .createdBy, .updatedBy },
           sessions: COLLECT {
             MATCH (s:Session)-[:OF]->(u)
             WITH s ORDER BY s.createdAt DESC
             RETURN s { .id, .kind, .name, .deviceHash, .createdAt, .expiresAt, .revokedAt }
           },
           changes: COLLECT {
             MATCH (c:Change {userId: u.id})
             WITH c ORDER BY c.at DESC
             RETURN c { .id, .at, .entityId, .entityType, .action, .changes, .related }
           }
         } AS data`,
        { id },
      ),
    );
    const data = single<Record<string, unknown>>(result.records, 'data');
    if (!data) return null;
    const changes = data.changes as Record<string, unknown>[];
    return {
      ...data,
      changes: changes.map((change) => ({
        ...change,
        changes: JSON.parse((change.changes as string | null) ?? '{}') as unknown,
        related: change.related ? (JSON.parse(change.related as string) as unknown) : null,
      })),
    };
  }
}

/**
 * Creates a (:User) in the caller's transaction (also used when an invitation is accepted); 'EMAIL_TAKEN'
 * when the address has an account already.
 */
export async function insertUser(tx: Tx, account: NewAccount): Promise<AccountRecord | 'EMAIL_TAKEN'> {
  const taken = await tx.run('MATCH (u:User {email: $email}) RETURN u.id AS id', { email: account.email });
  if (taken.records.length > 0) return 'EMAIL_TAKEN';
  const result = await tx.run(
    `CREATE (u:User {id: randomUUID(), email: $email, displayName: $displayName, sortKey: $sortKey, role: $role,
       passwordHash: $passwordHash, mustChangePassword: $mustChangePassword, disabled: false,
       createdAt: datetime(), updatedAt: datetime(), createdBy: $createdBy, updatedBy: $createdBy})
     RETURN ${ACCOUNT} AS account`,
    { ...account },
  );
  return written(result.records);
}

/** The row a write that matched its node returns; its absence would be a bug, not a user error. */
function written(records: { get(key: string): unknown }[]): AccountRecord {
  const account = single<AccountRecord>(records, 'account');
  if (!account) throw new Error('account write returned no row');
  return account;
}

function emailTaken() {
  return conflict(ACCOUNT_REFUSALS.emailTaken());
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
