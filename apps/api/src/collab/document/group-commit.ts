interface Queued<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions<T, R> {
  /** Items per write at most (default 500). */
  maxBatch?: number;
  /**
   * Writes running at once (default 1). With more than one, a batch need not wait for the commit of the
   * one before it; the batches still settle in the order they started.
   */
  maxInFlight?: number;
  /** Runs for each committed batch, in the order the batches started, before its items settle. */
  settled?: (items: T[], result: R) => void;
}

/**
 * Writes items in batches: what arrives while the writes in flight run goes together into the next one.
 * Each item's promise settles when the write that carried it has committed (or failed) and every batch
 * started before it has settled: batches settle in arrival order — the order in which the items are
 * then applied — even when several writes run at once.
 */
export class GroupCommit<T, R = void> {
  private queue: Queued<T>[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Settles when the batch started last has had its turn. */
  private last: Promise<void> = Promise.resolve();
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly write: (items: T[]) => Promise<R>,
    private readonly options: GroupCommitOptions<T, R> = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxInFlight = options.maxInFlight ?? 1;
  }

  /** Resolves once `item` is durable (and its batch's `settled` has run). */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // Let the items of the current tick join the first batch.
      queueMicrotask(() => {
        this.scheduled = false;
        this.start();
      });
    });
  }

  /** Resolves when nothing is queued or in flight (for unloading and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight > 0 || this.queue.length > 0 || this.scheduled) {
      if (this.inFlight > 0) await this.last;
      else await Promise.resolve();
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  private start(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      const items = batch.map((entry) => entry.item);
      this.inFlight += 1;
      const written = Promise.resolve()
        .then(() => this.write(items))
        .then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        );
      const previous = this.last;
      this.last = (async () => {
        const outcome = await written;
        await previous;
        this.inFlight -= 1;
        if (outcome.ok) {
          try {
            this.options.settled?.(items, outcome.result);
            for (const entry of batch) entry.resolve();
          } catch (error) {
            for (const entry of batch) entry.reject(error);
          }
        } else {
          for (const entry of batch) entry.reject(outcome.error);
        }
        this.start();
      })();
    }
  }
}
