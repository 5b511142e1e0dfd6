import type { Role } from '@netzwerkstatt/domain';

/** What a token resolves to: the session, its account, and when the session ends (ISO 8601). */
export interface CachedSession {
  sessionId: string;
  user: { id: string; email: string; displayName: string; role: Role; mustChangePassword: boolean };
  expiresAt: string;
}

export interface SessionCacheOptions {
  /** How long a looked-up session is trusted without asking the database again. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  session: CachedSession;
  expiresAtMs: number;
  storedAt: number;
}

export const SESSION_CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * Token hash → session and account, kept in this process for a few seconds, so a request does not
 * spend a database round trip on its token. Every change that ends a session or changes an account in
 * this process forgets the affected entries at once (`forgetUser`, `forgetSession`); a change made by
 * another process (the CLI, a second server) empties it when `RevocationWatch` sees the revocation
 * counter move, and in any case after the TTL. The session's own
 * expiry is checked on every hit. Bounded: the least recently used entries go first.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Bumped by every forget; a lookup that started before one must not store what it read. */
  private generation = 0;
  /** Told after every forget: open collaboration sockets check their sessions again at once. */
  private readonly forgetListeners = new Set<() => void>();
  /** Set by `RevocationWatch`: entries are trusted only this long after the last confirmed look. */
  private maxUnconfirmedMs: number | null = null;
  private confirmedAt = 0;

  constructor(options: SessionCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? SESSION_CACHE_TTL_MS;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  get(tokenHash: string): CachedSession | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    const now = this.now();
    // The watch has not confirmed "no change elsewhere" recently (a slow or failing database, a
    // starved timer): ask the database instead, so the bound holds whatever the load.
    if (this.maxUnconfirmedMs !== null && now - this.confirmedAt > this.maxUnconfirmedMs) return null;
    this.entries.delete(tokenHash);
    if (now - entry.storedAt >= this.ttlMs || entry.expiresAtMs <= now) return null;
    // Re-inserted last: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.set(tokenHash, entry);
    return entry.session;
  }

  /** Taken before reading the database; pass it to `set` with what was read. */
  stamp(): number {
    return this.generation;
  }

  /**
   * Keeps a session read from the database, unless an entry was forgotten since `stamp` was taken: the
   * read may then predate a sign-out or role change that this process has just made.
   */
  set(tokenHash: string, session: CachedSession, stamp: number): void {
    if (stamp !== this.generation || this.ttlMs <= 0) return;
    const now = this.now();
    const expiresAtMs = Date.parse(session.expiresAt);
    if (!(expiresAtMs > now)) return;
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { session, expiresAtMs, storedAt: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** After a role change, disabling, a password change or deletion of the account. */
  forgetUser(userId: string): void {
    this.forget((session) => session.user.id === userId);
  }

  /** From now on, trust entries only within `maxMs` of the last `confirm`. */
  requireConfirmation(maxMs: number): void {
    this.maxUnconfirmedMs = maxMs;
  }

  /** A look at the revocation counter that started at `at` found no change (or forgot everything). */
  confirm(at: number): void {
    this.confirmedAt = Math.max(this.confirmedAt, at);
  }

  /** After a change made by another process (seen by `RevocationWatch`): every entry is read again. */
  forgetAll(): void {
    this.forget(() => true);
  }

  /** After sign-out or revoking the session. */
  forgetSession(sessionId: string): void {
    this.forget((session) => session.sessionId === sessionId);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Calls `listener` after each forget; returns the function that stops it. */
  onForget(listener: () => void): () => void {
    this.forgetListeners.add(listener);
    return () => this.forgetListeners.delete(listener);
  }

  private forget(matches: (session: CachedSession) => boolean): void {
    this.generation += 1;
    for (const [tokenHash, entry] of this.entries) {
      if (matches(entry.session)) this.entries.delete(tokenHash);
    }
    for (const listener of this.forgetListeners) listener();
  }
}
