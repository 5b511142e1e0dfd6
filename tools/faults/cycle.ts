// One fault cycle: a bounded stream of creates, one kill -9 (of the API or of Neo4j) while it runs, the
// recovery an operator would do, the stream's end, then the check in Neo4j.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { sleep } from './ports.ts';
import type { Stack } from './stack.ts';
import { startStream, type Create, type Stream } from './stream.ts';
import { verify, type Verdict } from './verify.ts';

export type FaultKind = 'api' | 'neo4j';

/** Longest wait for the kill point (enough acknowledged creates) before killing anyway. */
const KILL_POINT_TIMEOUT_MS = 30_000;
/** How long a killed API stays down before it is started again (a supervisor's restart delay). */
const API_RESTART_DELAY_MS = 1_000;
/** How long Neo4j stays down; meanwhile the API is watched. */
const NEO4J_DOWN_MS = 2_000;
/** How long the API gets to find the restarted Neo4j by itself before an operator restarts it. */
const API_RECONNECT_TIMEOUT_MS = 60_000;
/** Abandoned requests may still be retried inside the API (the driver retries for up to 30 s). */
const SETTLE_MS = 35_000;

export interface CycleSpec {
  index: number;
  kind: FaultKind;
  tag: string;
  clients: number;
  creates: number;
  /** Acknowledged creates before the kill. */
  killAfter: number;
  timeLimitMs: number;
  /** Where every attempt of the cycle is written, for a closer look. */
  logDir: string;
}

export interface Recovery {
  /** Neo4j cycles: whether the API process was still running with Neo4j gone. */
  apiSurvived?: boolean;
  /** Neo4j cycles: what /ready answered with Neo4j gone. */
  readyWhileDown?: string;
  /** Neo4j cycles: whether the API had to be restarted to serve again. */
  apiRestarted: boolean;
  /** From the kill until Neo4j answered again (Neo4j cycles) and until the API was ready again. */
  neo4jBackMs?: number;
  apiBackMs: number;
}

export interface CycleResult extends Verdict {
  cycle: number;
  kind: FaultKind;
  sent: number;
  acknowledged: number;
  requests: number;
  retries: number;
  answeredFromEarlier: number;
  rejected: string[];
  failedAttempts: Record<string, number>;
  killedAfterAcknowledged: number;
  recovery: Recovery;
  ms: number;
}

export async function runCycle(
  spec: CycleSpec,
  stack: Stack,
  driver: Driver,
  writer: { token: string; actionFieldId: string },
  /** Every create of the run, for the final check. */
  creates: Create[],
  onStream: (stream: Stream | undefined) => void,
): Promise<CycleResult> {
  const startedAt = Date.now();
  const stream = startStream({
    graphqlUrl: `${stack.apiUrl}/graphql`,
    ...writer,
    tag: spec.tag,
    clients: spec.clients,
    creates: spec.creates,
    deadline: startedAt + spec.timeLimitMs,
  });
  onStream(stream);
  const killPoint = Date.now() + KILL_POINT_TIMEOUT_MS;
  let finished = false;
  void stream.done.then(() => (finished = true));
  while (stream.acknowledged() < spec.killAfter && !finished && Date.now() < killPoint) await sleep(20);
  const killedAfterAcknowledged = stream.acknowledged();
  const recovery = spec.kind === 'api' ? await apiFault(stack) : await neo4jFault(stack);
  await stream.done;
  onStream(undefined);
  creates.push(...stream.creates);
  if (stream.creates.some((c) => !c.acknowledged)) await sleep(SETTLE_MS);
  writeFileSync(
    path.join(spec.logDir, `cycle-${String(spec.index).padStart(3, '0')}.json`),
    JSON.stringify(stream.creates),
  );
  const verdict = await verify(driver, `${spec.tag} #`, stream.creates);
  return {
    cycle: spec.index,
    kind: spec.kind,
    ...tally(stream.creates),
    ...verdict,
    killedAfterAcknowledged,
    recovery,
    ms: Date.now() - startedAt,
  };
}

async function apiFault(stack: Stack): Promise<Recovery> {
  const killedAt = Date.now();
  await stack.killApi();
  await sleep(API_RESTART_DELAY_MS);
  await stack.startApi();
  return { apiRestarted: true, apiBackMs: Date.now() - killedAt };
}

async function neo4jFault(stack: Stack): Promise<Recovery> {
  const killedAt = Date.now();
  await stack.killNeo4j();
  await sleep(NEO4J_DOWN_MS);
  const apiSurvived = stack.apiRunning;
  const readyWhileDown = await readyStatus(stack.apiUrl);
  await stack.startNeo4j();
  const neo4jBackMs = Date.now() - killedAt;
  let apiRestarted = false;
  if (!(await stack.apiReady(API_RECONNECT_TIMEOUT_MS))) {
    apiRestarted = true;
    await stack.restartApi();
  }
  return { apiSurvived, readyWhileDown, apiRestarted, neo4jBackMs, apiBackMs: Date.now() - killedAt };
}

async function readyStatus(apiUrl: string): Promise<string> {
  try {
    const response = await fetch(`${apiUrl}/ready`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'no answer within 5 s' : 'connection refused';
  }
}

function tally(creates: Create[]) {
  const failedAttempts: Record<string, number> = {};
  for (const create of creates)
    for (const [kind, n] of Object.entries(create.failures))
      failedAttempts[kind] = (failedAttempts[kind] ?? 0) + n;
  const requests = creates.reduce((sum, c) => sum + c.attempts, 0);
  return {
    sent: creates.length,
    acknowledged: creates.filter((c) => c.acknowledged).length,
    requests,
    retries: requests - creates.length,
    answeredFromEarlier: creates.filter((c) => c.answeredFromEarlier).length,
    rejected: creates.flatMap((c) => (c.rejected ? [`${c.id}: ${c.rejected}`] : [])),
    failedAttempts,
  };
}
