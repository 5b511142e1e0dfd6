import { BackoffCounter, type PasswordAttempt, PasswordThrottle } from './password-throttle.js';

describe('password throttling', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('allows the maximum, then pauses that double with each further failure, up to the window', () => {
    const counter = new BackoffCounter(3, 15 * 60_000, 60_000, clock);
    for (let i = 0; i < 2; i++) counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(0);
    counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(60_000);
    expect(counter.blockedFor('b')).toBe(0);
    now += 60_000;
    expect(counter.blockedFor('a')).toBe(0);
    counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(120_000);
    now += 120_000;
    counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(240_000);
    for (let i = 0; i < 5; i++) counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(15 * 60_000);
  });

  it('forgets failures older than the window', () => {
    const counter = new BackoffCounter(2, 60_000, 10_000, clock);
    counter.recordFailure('a');
    counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(10_000);
    now += 60_001;
    expect(counter.blockedFor('a')).toBe(0);
  });

  describe('who waits', () => {
    const limits = {
      perPair: 3,
      perAccount: 6,
      perAddress: 10,
      perDevice: 3,
      windowMinutes: 15,
      baseDelaySeconds: 60,
    };
    const attacker: PasswordAttempt = { account: 'kim@example.org', address: '203.0.113.9', device: null };
    const colleague: PasswordAttempt = { account: 'kim@example.org', address: '198.51.100.1', device: 'd1' };
    const known = () => Promise.resolve(true);
    const unknown = () => Promise.resolve(false);

    it('slows the attacker per (account, address), but not the person on a known browser', async () => {
      const throttle = new PasswordThrottle(limits, clock);
      for (let i = 0; i < 3; i++) throttle.recordFailure(attacker);
      expect(await throttle.blockedFor(attacker, unknown)).toBe(60_000);
      // Same account from another address and no device cookie: not held back by the pair count.
      expect(await throttle.blockedFor({ ...attacker, address: '203.0.113.10' }, unknown)).toBe(0);
      expect(await throttle.blockedFor(colleague, known)).toBe(0);
    });

    it('slows guessing from many addresses by the account count, which a known browser passes', async () => {
      const throttle = new PasswordThrottle(limits, clock);
      for (let i = 0; i < 6; i++) throttle.recordFailure({ ...attacker, address: `203.0.113.${i}` });
      expect(await throttle.blockedFor({ ...attacker, address: '203.0.113.99' }, unknown)).toBe(60_000);
      expect(await throttle.blockedFor({ ...colleague, device: 'forged' }, unknown)).toBe(60_000);
      expect(await throttle.blockedFor(colleague, known)).toBe(0);
    });

    it('slows one address spraying many accounts', async () => {
      const throttle = new PasswordThrottle(limits, clock);
      for (let i = 0; i < 10; i++) throttle.recordFailure({ ...attacker, account: `p${i}@example.org` });
      expect(await throttle.blockedFor({ ...attacker, account: 'new@example.org' }, unknown)).toBe(60_000);
    });

    it('gives a known browser its own count, which only it raises', async () => {
      const throttle = new PasswordThrottle(limits, clock);
      for (let i = 0; i < 3; i++) throttle.recordFailure(colleague);
      expect(await throttle.blockedFor(colleague, known)).toBe(60_000);
      // The device's own failures do not hold back another browser of the same person.
      expect(await throttle.blockedFor({ ...colleague, device: 'd2', address: '192.0.2.1' }, known)).toBe(0);
    });

    it('asks whether the browser is known only when a count holds it back', async () => {
      const throttle = new PasswordThrottle(limits, clock);
      let asked = 0;
      const counting = () => {
        asked += 1;
        return known();
      };
      expect(await throttle.blockedFor(colleague, counting)).toBe(0);
      expect(asked).toBe(0);
    });

    it('a success clears the pair and device counts, not the account or address counts', async () => {
      const throttle = new PasswordThrottle({ ...limits, perAccount: 4 }, clock);
      for (let i = 0; i < 2; i++) throttle.recordFailure(attacker);
      for (let i = 0; i < 2; i++) throttle.recordFailure(colleague);
      throttle.recordSuccess(colleague);
      expect(await throttle.blockedFor(colleague, unknown)).toBe(60_000);
      expect(await throttle.blockedFor(colleague, known)).toBe(0);
    });
  });
});
