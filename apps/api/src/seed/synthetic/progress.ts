export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress line for long seed runs on stderr: percent, rows per second and time left. On a terminal
 * it redraws one line; in a log (not a TTY) it prints a plain line at every 10 %, so logs stay short.
 */
export class Progress {
  private done = 0;
  private lastDecile = -1;
  private lastDraw = 0;
  private readonly startedAt: number;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: ProgressStream = process.stderr,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  advance(rows: number): void {
    this.done = Math.min(this.total, this.done + rows);
    const finished = this.done >= this.total;
    if (this.stream.isTTY) {
      if (finished || this.now() - this.lastDraw >= 100) {
        this.lastDraw = this.now();
        this.stream.write(`\r${this.line()}${finished ? '\n' : ''}`);
      }
      return;
    }
    const decile = Math.floor((this.done / Math.max(1, this.total)) * 10);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${this.line()}\n`);
    }
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (this.now() - this.startedAt) / 1000;
  }

  line(): string {
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const seconds = this.elapsed();
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const bar = this.stream.isTTY ? `[${'#'.repeat(Math.round(fraction * 24)).padEnd(24, '.')}] ` : '';
    return (
      `${this.label} ${bar}${(fraction * 100).toFixed(0).padStart(3)} % ` +
      `${this.done.toLocaleString('de-DE')}/${this.total.toLocaleString('de-DE')} · ` +
      `${Math.round(rate).toLocaleString('de-DE')}/s · noch ${formatSeconds(eta)}`
    );
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) {
    const digits = seconds < 10 ? 1 : 0;
    return `${seconds.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits })} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
