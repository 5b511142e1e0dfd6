// Latency statistics and the ours/peer ratios the benchmark reports.

export interface Summary {
  requests: number;
  errors: number;
  /** Milliseconds. */
  p50: number;
  p95: number;
  mean: number;
  /** Completed requests per second of wall time. */
  throughput: number;
}

export interface Ratios {
  p50: number;
  p95: number;
  /** peer throughput / our throughput: like the latency ratios, below 1 means we are faster. */
  throughputInverse: number;
}

/** Linear interpolation between closest ranks (the definition numpy and most load tools use). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function summarise(latenciesMs: readonly number[], wallMs: number, errors = 0): Summary {
  const requests = latenciesMs.length;
  return {
    requests,
    errors,
    p50: percentile(latenciesMs, 50),
    p95: percentile(latenciesMs, 95),
    mean: requests ? latenciesMs.reduce((sum, v) => sum + v, 0) / requests : Number.NaN,
    throughput: wallMs > 0 ? (requests * 1000) / wallMs : Number.NaN,
  };
}

export function ratios(ours: Summary, peer: Summary): Ratios {
  return {
    p50: ours.p50 / peer.p50,
    p95: ours.p95 / peer.p95,
    throughputInverse: peer.throughput / ours.throughput,
  };
}

/** True when every ratio is at or below the target. */
export function meetsTarget(r: Ratios, target: number): boolean {
  return r.p50 <= target && r.p95 <= target && r.throughputInverse <= target;
}

/** Two significant decimals for ratios, so 0.996 does not print as a reassuring 1.00 when it is not. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
