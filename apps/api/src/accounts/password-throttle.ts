/**
 * Growing delays for password checks (sign-in, changing the password, deleting the account), counted in
 * this process (see ARCHITECTURE.md, "Password throttling"). Nothing here locks an account: each counter
 * allows `max` failures within the window, then asks for a pause that doubles with each further failure,
 * from `baseDelayMs` up to the window.
 */
export class BackoffCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly baseDelayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the next check is allowed; 0 when now. */
  blockedFor(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    const delay = Math.min(this.windowMs, this.baseDelayMs * 2 ** (recent.length - this.max));
    return Math.max(0, recent[recent.length - 1] + delay - this.now());
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

/** One password check: whose password (the normalised e-mail address), from where, from which device. */
export interface PasswordAttempt {
  account: string;
  address: string;
  /** Hash of the browser's device cookie; null when it sent none. */
  device: string | null;
}

export interface ThrottleLimits {
  /** Failures for one account from one client address (no known device) before delays start. */
  perPair: number;
  /** Failures for one account from all addresses together (no known device): the slower, global backoff. */
  perAccount: number;
  /** Failures from one client address for all accounts together. */
  perAddress: number;
  /** Failures for one account on one known device. */
  perDevice: number;
  windowMinutes: number;
  /** First pause once a counter is exhausted; each further failure doubles it (up to the window). */
  baseDelaySeconds: number;
}

/**
 * Who may try a password now. A browser that has signed in to the account before (its device cookie is
 * on one of the account's sessions) is a *known device*: only its own counter applies to it, which
 * nobody else can raise. Everyone else (an unknown browser, a script) is counted per (account, address),
 * per account over all addresses and per address over all accounts, and waits for the longest of them.
 * So an attacker can slow down guessing from anywhere, but cannot keep the person out of their own
 * account on a browser they have used before.
 */
export class PasswordThrottle {
  private readonly pair: BackoffCounter;
  private readonly account: BackoffCounter;
  private readonly address: BackoffCounter;
  private readonly device: BackoffCounter;

  constructor(limits: ThrottleLimits, now: () => number = Date.now) {
    const windowMs = limits.windowMinutes * 60_000;
    const base = limits.baseDelaySeconds * 1_000;
    this.pair = new BackoffCounter(limits.perPair, windowMs, base, now);
    this.account = new BackoffCounter(limits.perAccount, windowMs, base, now);
    this.address = new BackoffCounter(limits.perAddress, windowMs, base, now);
    this.device = new BackoffCounter(limits.perDevice, windowMs, base, now);
  }

  /**
   * Milliseconds to wait before this check may run; 0 when it may run now. `isKnownDevice` is asked only
   * when the counters for unknown devices hold the check back.
   */
  async blockedFor(attempt: PasswordAttempt, isKnownDevice: () => Promise<boolean>): Promise<number> {
    if (attempt.device) {
      const own = this.device.blockedFor(deviceKey(attempt));
      if (own > 0) return own;
    }
    const unknown = Math.max(
      this.pair.blockedFor(pairKey(attempt)),
      this.account.blockedFor(attempt.account),
      this.address.blockedFor(attempt.address),
    );
    if (unknown === 0) return 0;
    return attempt.device && (await isKnownDevice()) ? 0 : unknown;
  }

  /** A wrong password (or a disabled account, which answers the same) counts everywhere it applies. */
  recordFailure(attempt: PasswordAttempt): void {
    if (attempt.device) this.device.recordFailure(deviceKey(attempt));
    this.pair.recordFailure(pairKey(attempt));
    this.account.recordFailure(attempt.account);
    this.address.recordFailure(attempt.address);
  }

  /**
   * Clears the counts of this browser and this address for the account. The account's global count and
   * the address's count stay: clearing them would let someone with one valid password reset them
   * between guesses at other accounts, or the owner's success reset an attacker's count.
   */
  recordSuccess(attempt: PasswordAttempt): void {
    if (attempt.device) this.device.reset(deviceKey(attempt));
    this.pair.reset(pairKey(attempt));
  }
}

const pairKey = (attempt: PasswordAttempt) => `${attempt.account}\n${attempt.address}`;
const deviceKey = (attempt: PasswordAttempt) => `${attempt.account}\n${attempt.device}`;
