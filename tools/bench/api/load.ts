// A bounded closed-loop load generator: `concurrency` workers send requests back to back until
// `requests` have been sent. Every loop is bounded by count, and each request by a timeout.

export interface LoadResult {
  latenciesMs: number[];
  wallMs: number;
  errors: number;
  firstError?: string;
}

export async function runLoad(
  send: () => Promise<void>,
  opts: { requests: number; concurrency: number },
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < opts.requests) {
      started += 1;
      const t0 = performance.now();
      try {
        await send();
        latenciesMs.push(performance.now() - t0);
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(opts.concurrency, opts.requests) }, worker));
  return { latenciesMs, wallMs: performance.now() - t0, errors, firstError };
}

/**
 * Splits `total` requests into `rounds` chunks per side, alternating which side goes first, so a
 * burst of load from elsewhere on the machine hits both sides rather than one.
 */
export function interleavedPlan(
  total: number,
  rounds: number,
): Array<{ side: 'ours' | 'peer'; requests: number }> {
  const plan: Array<{ side: 'ours' | 'peer'; requests: number }> = [];
  const effectiveRounds = Math.max(1, Math.min(rounds, total));
  for (let round = 0; round < effectiveRounds; round += 1) {
    const requests = Math.floor(total / effectiveRounds) + (round < total % effectiveRounds ? 1 : 0);
    const order: Array<'ours' | 'peer'> = round % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    for (const side of order) plan.push({ side, requests });
  }
  return plan;
}

/** Merges chunks of one side: latencies pooled, wall times added (the side was idle in between). */
export function mergeLoads(results: readonly LoadResult[]): LoadResult {
  return {
    latenciesMs: results.flatMap((r) => r.latenciesMs),
    wallMs: results.reduce((sum, r) => sum + r.wallMs, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
  };
}
