/**
 * Writes items in batches: what arrives while a write is in flight goes together into the next one.
 * Each item's promise settles when the write that carried it has committed (or failed). One writer at
 * a time, so batches commit in arrival order — the order in which the items are then applied.
 */
export class GroupCommit<T> {
  private queue: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  /** Resolves once `item` is durable. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  /** Resolves when nothing is queued or in flight (for unloading and shutdown). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  get pending(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    // Let the items of the current tick join the first batch.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        await this.write(batch.map((entry) => entry.item));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.writing = null;
  }
}
