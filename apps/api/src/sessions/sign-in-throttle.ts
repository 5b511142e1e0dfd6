/**
 * Counts failed sign-ins per key within a sliding window. In memory: right for one server process;
 * several processes would each count separately (documented in ARCHITECTURE.md).
 */
export class FailureCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the next attempt is allowed; 0 when not blocked. */
  blockedFor(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    return recent[recent.length - this.max] + this.windowMs - this.now();
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.sweep();
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  /** Bounds memory under a flood of distinct e-mail addresses or client addresses. */
  private sweep(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}

export class SignInThrottle {
  private readonly perAccount: FailureCounter;
  private readonly perAddress: FailureCounter;

  constructor(
    limits: { perAccount: number; perAddress: number; windowMinutes: number },
    now: () => number = Date.now,
  ) {
    const windowMs = limits.windowMinutes * 60_000;
    this.perAccount = new FailureCounter(limits.perAccount, windowMs, now);
    this.perAddress = new FailureCounter(limits.perAddress, windowMs, now);
  }

  /** Milliseconds until this e-mail address may be tried from this client address again; 0 if now. */
  blockedFor(email: string, address: string): number {
    return Math.max(this.perAccount.blockedFor(email), this.perAddress.blockedFor(address));
  }

  recordFailure(email: string, address: string): void {
    this.perAccount.recordFailure(email);
    this.perAddress.recordFailure(address);
  }

  /**
   * Only the account's count is cleared: clearing the address's count would let someone with one valid
   * account reset it between guesses at other accounts.
   */
  recordSuccess(email: string): void {
    this.perAccount.reset(email);
  }
}
