/**
 * At most `size` exports are rendered and sent at once; the next request waits for a free slot. A
 * document is at most a few MB (the collab size limit), so this bounds what exports hold in memory,
 * whatever the number of clicks.
 */
export class ExportSlots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.busy += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.busy -= 1;
    }
  }
}
