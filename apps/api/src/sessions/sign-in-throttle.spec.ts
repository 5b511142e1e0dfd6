import { FailureCounter, SignInThrottle } from './sign-in-throttle.js';

describe('sign-in throttling', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('blocks after the maximum failures and frees again when the oldest leaves the window', () => {
    const counter = new FailureCounter(3, 60_000, clock);
    counter.recordFailure('a');
    now += 10_000;
    counter.recordFailure('a');
    counter.recordFailure('a');
    expect(counter.blockedFor('a')).toBe(50_000);
    expect(counter.blockedFor('b')).toBe(0);
    now += 50_001;
    expect(counter.blockedFor('a')).toBe(0);
  });

  it('blocks per account and per client address independently', () => {
    const throttle = new SignInThrottle({ perAccount: 2, perAddress: 3, windowMinutes: 1 }, clock);
    throttle.recordFailure('x@example.org', '10.0.0.1');
    throttle.recordFailure('x@example.org', '10.0.0.2');
    expect(throttle.blockedFor('x@example.org', '10.0.0.9')).toBeGreaterThan(0);
    expect(throttle.blockedFor('y@example.org', '10.0.0.1')).toBe(0);
    throttle.recordFailure('y@example.org', '10.0.0.1');
    throttle.recordFailure('z@example.org', '10.0.0.1');
    expect(throttle.blockedFor('w@example.org', '10.0.0.1')).toBeGreaterThan(0);
    expect(throttle.blockedFor('w@example.org', '10.0.0.3')).toBe(0);
  });

  it('clears only the account count on success', () => {
    const throttle = new SignInThrottle({ perAccount: 1, perAddress: 2, windowMinutes: 1 }, clock);
    throttle.recordFailure('x@example.org', '10.0.0.1');
    throttle.recordSuccess('x@example.org');
    expect(throttle.blockedFor('x@example.org', '10.0.0.2')).toBe(0);
    throttle.recordFailure('x@example.org', '10.0.0.1');
    throttle.recordSuccess('x@example.org');
    expect(throttle.blockedFor('x@example.org', '10.0.0.1')).toBeGreaterThan(0);
  });
});
