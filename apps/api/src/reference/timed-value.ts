/**
 * One value, loaded on first use and kept for `ttlMs`; concurrent first uses share one load, and a
 * failed load is not kept.
 */
export class TimedValue<T> {
  private current: { expires: number; value: Promise<T> } | null = null;

  constructor(
    private readonly ttlMs: number,
    private readonly load: () => Promise<T>,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const now = this.now();
    if (this.current && this.current.expires > now) return this.current.value;
    const value = this.load();
    const entry = { expires: now + this.ttlMs, value };
    this.current = entry;
    value.catch(() => {
      if (this.current === entry) this.current = null;
    });
    return value;
  }
}
