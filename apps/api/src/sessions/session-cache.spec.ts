import { type CachedSession, SessionCache } from './session-cache.js';

describe('session cache', () => {
  let now = 0;
  const clock = () => now;
  const session = (sessionId: string, userId: string, expiresInMs = 3_600_000): CachedSession => ({
    sessionId,
    user: {
      id: userId,
      email: `${userId}@example.org`,
      displayName: userId,
      role: 'member',
      mustChangePassword: false,
    },
    expiresAt: new Date(now + expiresInMs).toISOString(),
  });
  beforeEach(() => (now = Date.parse('2026-01-01T12:00:00Z')));

  it('answers from the cache within the TTL and asks the database again after it', () => {
    const cache = new SessionCache({ ttlMs: 10_000, now: clock });
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    now += 9_999;
    expect(cache.get('h1')?.sessionId).toBe('s1');
    now += 1;
    expect(cache.get('h1')).toBeNull();
  });

  it('honours the session’s own expiry even within the TTL', () => {
    const cache = new SessionCache({ ttlMs: 10_000, now: clock });
    cache.set('h1', session('s1', 'u1', 2_000), cache.stamp());
    now += 1_999;
    expect(cache.get('h1')).not.toBeNull();
    now += 1;
    expect(cache.get('h1')).toBeNull();
    cache.set('h2', session('s2', 'u1', -1), cache.stamp());
    expect(cache.get('h2')).toBeNull();
  });

  it('forgets every entry of an account, and one session by id', () => {
    const cache = new SessionCache({ now: clock });
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    cache.set('h2', session('s2', 'u1'), cache.stamp());
    cache.set('h3', session('s3', 'u2'), cache.stamp());
    cache.forgetUser('u1');
    expect([cache.get('h1'), cache.get('h2')]).toEqual([null, null]);
    expect(cache.get('h3')?.sessionId).toBe('s3');
    cache.forgetSession('s3');
    expect(cache.get('h3')).toBeNull();
  });

  it('does not store a lookup that started before a forget (it may have read the old state)', () => {
    const cache = new SessionCache({ now: clock });
    const stamp = cache.stamp();
    cache.forgetUser('u1');
    cache.set('h1', session('s1', 'u1'), stamp);
    expect(cache.get('h1')).toBeNull();
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    expect(cache.get('h1')).not.toBeNull();
  });

  it('stays bounded, dropping the least recently used entry first', () => {
    const cache = new SessionCache({ maxEntries: 2, now: clock });
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    cache.set('h2', session('s2', 'u2'), cache.stamp());
    expect(cache.get('h1')).not.toBeNull();
    cache.set('h3', session('s3', 'u3'), cache.stamp());
    expect(cache.size).toBe(2);
    expect(cache.get('h2')).toBeNull();
    expect(cache.get('h1')).not.toBeNull();
    expect(cache.get('h3')).not.toBeNull();
  });

  it('tells its listeners after each forget, until they stop listening', () => {
    const cache = new SessionCache({ now: clock });
    let told = 0;
    const stop = cache.onForget(() => (told += 1));
    cache.forgetSession('s1');
    cache.forgetUser('u1');
    stop();
    cache.forgetUser('u2');
    expect(told).toBe(2);
  });

  it('caches nothing with a TTL of 0', () => {
    const cache = new SessionCache({ ttlMs: 0, now: clock });
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    expect(cache.get('h1')).toBeNull();
  });

  it('forgets everything at once after a change elsewhere', () => {
    const cache = new SessionCache({ now: clock });
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    cache.set('h2', session('s2', 'u2'), cache.stamp());
    cache.forgetAll();
    expect(cache.size).toBe(0);
  });

  it('trusts entries only while the revocation watch has confirmed recently', () => {
    const cache = new SessionCache({ now: clock });
    cache.requireConfirmation(600);
    cache.confirm(now);
    cache.set('h1', session('s1', 'u1'), cache.stamp());
    now += 500;
    expect(cache.get('h1')).not.toBeNull();
    now += 200;
    expect(cache.get('h1')).toBeNull();
    cache.confirm(now - 100);
    expect(cache.get('h1')).not.toBeNull();
  });
});
