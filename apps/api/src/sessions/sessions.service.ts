import { Inject, Injectable } from '@nestjs/common';
import { FIELD_LABELS, InputCheck, RECORD_LABELS, checkName, notFound } from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { SessionCache } from './session-cache.js';
import { generateSessionToken, hashSessionToken } from './session-token.js';
import { type SessionKind, type SessionRecord, SessionsRepository } from './sessions.repository.js';

export interface IssuedSession {
  id: string;
  /** The secret; returned once, never stored. */
  token: string;
  expiresAt: string;
}

/** Server-side sessions: browser sign-ins (cookie) and named API tokens (bearer), both revocable. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `device`: the browser's device-cookie id, remembered (hashed) so the browser counts as known later. */
  async create(
    userId: string,
    options: { kind: SessionKind; name?: string | null; device?: string | null },
  ): Promise<IssuedSession> {
    const { token, record } = await this.issue(userId, options.kind, options.name ?? null, options.device);
    return { id: record.id, token, expiresAt: record.expiresAt };
  }

  private async issue(userId: string, kind: SessionKind, name: string | null, device?: string | null) {
    const token = generateSessionToken();
    const record = await this.sessions.create({
      userId,
      tokenHash: hashSessionToken(token),
      kind,
      name,
      expiresAt: new Date(Date.now() + this.lifetimeMs(kind)).toISOString(),
      deviceHash: device ? hashSessionToken(device) : null,
    });
    if (!record) throw notFound(RECORD_LABELS.activeAccount, userId);
    return { token, record };
  }

  /**
   * The signed-in account for a cookie or bearer token; null for unknown, revoked or expired ones.
   * Found sessions are cached in the process for a few seconds (`SessionCache`); unknown tokens are not.
   */
  async authenticate(token: string): Promise<RequestUser | null> {
    // Tokens we issue are 43 characters; anything far off is not worth a database round trip.
    if (token.length < 20 || token.length > 200) return null;
    const tokenHash = hashSessionToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return { ...cached.user, sessionId: cached.sessionId };
    const stamp = this.cache.stamp();
    const found = await this.sessions.findActiveByTokenHash(tokenHash);
    if (!found) return null;
    this.cache.set(tokenHash, found, stamp);
    return { ...found.user, sessionId: found.sessionId };
  }

  async createApiToken(
    userId: string,
    name: string,
  ): Promise<{ token: string; session: SessionRecord & { current: boolean } }> {
    checkName(new InputCheck(), 'name', name, FIELD_LABELS.tokenName).done();
    const { token, record } = await this.issue(userId, 'token', name);
    return { token, session: { ...record, current: false } };
  }

  async listActive(
    userId: string,
    currentSessionId: string,
  ): Promise<(SessionRecord & { current: boolean })[]> {
    const sessions = await this.sessions.listActive(userId);
    return sessions.map((session) => ({ ...session, current: session.id === currentSessionId }));
  }

  async revoke(userId: string, sessionId: string): Promise<void> {
    const revoked = await this.sessions.revoke(userId, sessionId);
    this.cache.forgetSession(sessionId);
    if (!revoked) throw notFound(RECORD_LABELS.session, sessionId);
  }

  /** Milliseconds a new session of this kind stays valid. */
  lifetimeMs(kind: SessionKind): number {
    return kind === 'cookie'
      ? this.config.SESSION_TTL_HOURS * 3_600_000
      : this.config.API_TOKEN_TTL_DAYS * 86_400_000;
  }
}
