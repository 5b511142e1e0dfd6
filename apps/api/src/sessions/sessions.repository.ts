import { Injectable } from '@nestjs/common';
import type { Role } from '@netzwerkstatt/domain';
import { Neo4jService } from '../database/neo4j.service.js';
import { column, single } from '../database/records.js';
import { bumpRevocations } from './revocations.repository.js';

export type SessionKind = 'cookie' | 'token';

export interface SessionRecord {
  id: string;
  kind: SessionKind;
  name: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface AuthenticatedSession {
  sessionId: string;
  user: { id: string; email: string; displayName: string; role: Role; mustChangePassword: boolean };
  /** ISO 8601; a cached session is checked against it on every request. */
  expiresAt: string;
}

const SESSION = `s { .id, .kind, .name, .createdAt, .expiresAt, .revokedAt }`;

/** Revoked or expired sessions are kept this long (they show in "my data"), then removed. */
const KEEP_ENDED = 'P30D';

/** (:Session)-[:OF]->(:User); the token itself is never stored, only its SHA-256 hash. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Null when the account does not exist or is disabled. Also tidies the account's long-ended sessions. */
  async create(session: {
    userId: string;
    tokenHash: string;
    kind: SessionKind;
    name: string | null;
    expiresAt: string;
    /** Hash of the browser's device cookie (browser sign-ins only). */
    deviceHash: string | null;
  }): Promise<SessionRecord | null> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (u:User {id: $userId}) WHERE coalesce(u.disabled, false) = false
         CALL (u) {
           MATCH (old:Session)-[:OF]->(u)
           WHERE old.expiresAt < datetime() - duration($keep) OR old.revokedAt < datetime() - duration($keep)
           DETACH DELETE old
         }
         CREATE (s:Session {id: randomUUID(), tokenHash: $tokenHash, kind: $kind, name: $name,
           deviceHash: $deviceHash, createdAt: datetime(), expiresAt: datetime($expiresAt), revokedAt: null})-[:OF]->(u)
         RETURN ${SESSION} AS session`,
        { ...session, keep: KEEP_ENDED },
      );
      return single<SessionRecord>(result.records, 'session');
    });
  }

  /** The session and its account when the session is neither revoked nor expired and the account is enabled. */
  async findActiveByTokenHash(tokenHash: string): Promise<AuthenticatedSession | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
       WHERE s.revokedAt IS NULL AND s.expiresAt > datetime() AND coalesce(u.disabled, false) = false
       RETURN {sessionId: s.id, expiresAt: s.expiresAt,
         user: u { .id, .email, .displayName, .role, mustChangePassword: coalesce(u.mustChangePassword, false) }} AS found`,
      { tokenHash },
    );
    return single<AuthenticatedSession>(result.records, 'found');
  }

  /** The account's sessions that are still valid, newest first. */
  async listActive(userId: string): Promise<SessionRecord[]> {
    const result = await this.neo4j.readStatement((tx) =>
      tx.run(
        `MATCH (s:Session)-[:OF]->(:User {id: $userId})
         WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
         WITH s ORDER BY s.createdAt DESC
         RETURN ${SESSION} AS session`,
        { userId },
      ),
    );
    return column<SessionRecord>(result.records, 'session');
  }

  /** Revokes one of the account's own sessions; false when it has none with that id. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (s:Session {id: $sessionId})-[:OF]->(:User {id: $userId})
         SET s.revokedAt = coalesce(s.revokedAt, datetime())
         RETURN s.id AS id`,
        { userId, sessionId },
      );
      if (result.records.length === 0) return false;
      await bumpRevocations(tx);
      return true;
    });
  }
}
