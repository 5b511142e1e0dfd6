// npm run test:faults -- [--cycles 5] [--clients 4] [--creates 60] [--cycle-seconds 180]
//                        [--kinds api,neo4j,collab] [--skip-build]
//
// Does a create survive the death of the server that was answering it? Builds the API, starts an embedded
// Neo4j on a fresh data directory (or uses NEO4J_URI; then Neo4j is never killed) and the API, and runs
// streams of createChallenge calls with client-generated ids, retried with the same id until acknowledged.
// During each stream it kills the API or Neo4j with SIGKILL and brings it back; after each cycle it checks
// in Neo4j that every acknowledged create is stored exactly once. Then (kind collab) two people type into
// one guideline over the co-editing socket while the API is killed; every update either had received must
// be in the restored document (tools/faults/collab.ts). Writes tools/faults/results/<date>.json and exits 1
// on any loss, duplicate or refused create, or any lost keystroke. Traffic goes to 127.0.0.1 only.
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../bench/api/process.ts';
import { onTerminationSignals, signalExitCode } from '../scripts/proc.ts';
import { createWriter } from './account.ts';
import {
  collabProblems,
  collabTableHeader,
  collabTableRow,
  collabTotals,
  runCollabCycle,
  type CollabCycleResult,
} from './collab.ts';
import { runCycle, type CycleResult, type CycleSpec, type FaultKind } from './cycle.ts';
import { freePort } from './ports.ts';
import {
  problems,
  summaryLine,
  warnings,
  tableHeader,
  tableRow,
  totalsByKind,
  writeResults,
} from './report.ts';
import { Stack } from './stack.ts';
import type { Create, Stream } from './stream.ts';
import { verify, verifyDriver, type Verdict } from './verify.ts';

const WORK_DIR = path.join(REPO_ROOT, 'data/faults');
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
/** Where in the stream the kill lands, as a share of the cycle's creates acknowledged, in turn. */
const KILL_POINTS = [0.2, 0.35, 0.5];
/** Co-editing cycles: typing time before the kill, in turn; after 10 s the log has been compacted once. */
const COLLAB_KILL_POINTS_MS = [1_500, 4_000, 12_000, 2_500, 11_000];
type Kind = FaultKind | 'collab';

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      cycles: { type: 'string', default: '5' },
      clients: { type: 'string', default: '4' },
      creates: { type: 'string', default: '60' },
      'cycle-seconds': { type: 'string', default: '180' },
      kinds: { type: 'string', default: 'api,neo4j,collab' },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string, min: number, max: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be ${min}..${max}`);
    return n;
  };
  return {
    cycles: int('cycles', values.cycles, 1, 50),
    clients: int('clients', values.clients, 1, 32),
    creates: int('creates', values.creates, 5, 1000),
    cycleMs: int('cycle-seconds', values['cycle-seconds'], 30, 1800) * 1000,
    kinds: values.kinds.split(',').map((kind) => {
      if (kind !== 'api' && kind !== 'neo4j' && kind !== 'collab')
        throw new Error(`--kinds: api, neo4j and/or collab, not ${kind}`);
      return kind as Kind;
    }),
    build: !values['skip-build'],
  };
}

async function main(): Promise<number> {
  const opts = options();
  const say = (line: string) => console.log(line);
  const runId = new Date().toISOString().slice(0, 19);
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const stack = new Stack({
    apiPort: await freePort(),
    externalNeo4jUri: process.env.NEO4J_URI || undefined,
    dataDir: path.join(WORK_DIR, 'neo4j'),
    apiLog: path.join(WORK_DIR, 'api.log'),
    neo4jLog: path.join(WORK_DIR, 'neo4j.log'),
    say,
  });
  let stream: Stream | undefined;
  let driver: Driver | undefined;
  onTerminationSignals((sig) => {
    say(`\n${sig}: stopping what this run started ...`);
    stack.signalBuild(sig);
    stream?.abort();
    void Promise.allSettled([driver?.close(), stack.stop()]).then(() => process.exit(signalExitCode(sig)));
  });

  try {
    if (opts.build) await stack.buildApi();
    await stack.startNeo4j();
    say(`Neo4j: ${stack.neo4jUri}; starting the API on ${stack.apiUrl} ...`);
    await stack.startApi();
    const writer = await createWriter({ apiUrl: stack.apiUrl, neo4jUri: stack.neo4jUri });
    driver = verifyDriver(stack.neo4jUri);
    const neo4jVersion = (await driver.getServerInfo()).agent;
    if (!stack.canKillNeo4j) say('NEO4J_URI is set: Neo4j is not ours to kill, so only the API is killed.');

    const kinds = opts.kinds.filter(
      (kind): kind is FaultKind => kind === 'api' || (kind === 'neo4j' && stack.canKillNeo4j),
    );
    const collab = opts.kinds.includes('collab');
    if (kinds.length === 0 && !collab)
      throw new Error('nothing to kill: NEO4J_URI is set and --kinds is neo4j');
    const specs: CycleSpec[] = Array.from({ length: opts.cycles * kinds.length }, (_, i) => ({
      index: i + 1,
      kind: kinds[i % kinds.length],
      tag: `Fehlertest ${runId} c${String(i + 1).padStart(3, '0')}`,
      clients: opts.clients,
      creates: opts.creates,
      killAfter: Math.round(opts.creates * KILL_POINTS[i % KILL_POINTS.length]),
      timeLimitMs: opts.cycleMs,
      logDir: WORK_DIR,
    }));
    const results: CycleResult[] = [];
    const creates: Create[] = [];
    let final: Verdict | undefined;
    const found: string[] = [];
    if (specs.length > 0) {
      say(
        `${specs.length} cycles of ${opts.creates} creates from ${opts.clients} clients, ` +
          `at most ${opts.cycleMs / 1000} s each\n\n${tableHeader()}`,
      );
      for (const spec of specs) {
        const result = await runCycle(spec, stack, driver, writer, creates, (s) => (stream = s));
        results.push(result);
        say(tableRow(result));
      }
      final = await verify(driver, `Fehlertest ${runId} c`, creates);
      found.push(...problems(results, final));
      say(
        `\nfinal check over all ${creates.length} creates: ${final.present} acknowledged present, ` +
          `${final.missing.length} missing, ${final.duplicates} duplicates, ` +
          `${final.unacknowledgedPresent} unacknowledged but stored`,
      );
      for (const problem of found) say(`  ${problem}`);
      for (const warning of warnings(results)) say(`  note: ${warning}`);
      say(summaryLine(results, found));
    }

    const collabResults: CollabCycleResult[] = [];
    if (collab) {
      const second = await createWriter({ apiUrl: stack.apiUrl, neo4jUri: stack.neo4jUri });
      say(
        `\n${opts.cycles} co-editing cycles: two people type into one guideline (a keystroke each about ` +
          `every 10 ms) and the API is killed\n\n${collabTableHeader()}`,
      );
      for (let i = 0; i < opts.cycles; i += 1) {
        const killAfterMs = COLLAB_KILL_POINTS_MS[i % COLLAB_KILL_POINTS_MS.length];
        const result = await runCollabCycle({ index: i + 1, killAfterMs }, stack, [writer, second]);
        collabResults.push(result);
        say(collabTableRow(result));
      }
      const lost = collabProblems(collabResults);
      for (const problem of lost) say(`  ${problem}`);
      found.push(...lost);
      const t = collabTotals(collabResults);
      say(
        `${lost.length === 0 ? 'OK' : 'FAILED'}: ${t.cycles} API kills while typing; ${t.typed} keystrokes, ` +
          `${t.received} updates received by the two clients before the kills, ` +
          `${t.missing} of them missing after the restart; ` +
          `everything typed in every copy after reconnecting in ${t.cyclesWithEverythingTyped}/${t.cycles} cycles`,
      );
    }

    // A co-editing run alone does not replace the day's run of creates.
    const file = path.join(RESULTS_DIR, `${runId.slice(0, 10)}${specs.length ? '' : '-collab'}.json`);
    await writeResults(file, {
      date: runId,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
      },
      node: process.version,
      neo4j: neo4jVersion,
      options: { ...opts, kinds: [...kinds, ...(collab ? ['collab'] : [])] },
      totals: totalsByKind(results),
      final,
      collab: collab ? { totals: collabTotals(collabResults), cycles: collabResults } : undefined,
      problems: found,
      warnings: warnings(results),
      cycles: results,
    });
    say(`results: ${path.relative(REPO_ROOT, file)}; logs: ${path.relative(REPO_ROOT, WORK_DIR)}/`);
    return found.length === 0 ? 0 : 1;
  } finally {
    await driver?.close();
    await stack.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
