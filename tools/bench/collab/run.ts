// npm run bench:collab -- [--reference <dir>] [--seconds 10] [--only latency,throughput,load,memory]
//                         [--memory-docs 100] [--skip-build]
//
// The co-editing server under load, with auth and durability on, against the y-websocket 2.x reference
// server (no auth, no persistence) under the same client load. Builds the API, starts an embedded Neo4j
// on a fresh data directory and the production build of the API (as npm run test:faults does), and the
// reference server from `--reference <dir>` (or COLLAB_REFERENCE_DIR): a folder where
// `npm install --prefix <dir> y-websocket@2.1.0` was run; without it the comparison is skipped. The
// clients run in this process; the servers each in their own. Prints a table and writes
// tools/bench/results/collab.json. See BENCHMARKS.md ("Co-editing").
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createWriter } from '../../faults/account.ts';
import { apiEndpoint, createGuideline, sleep } from '../../faults/collab-client.ts';
import { freePort, waitFor200 } from '../../faults/ports.ts';
import { writeResults } from '../../faults/report.ts';
import { Stack } from '../../faults/stack.ts';
import { verifyDriver } from '../../faults/verify.ts';
import { onTerminationSignals, signalExitCode } from '../../scripts/proc.ts';
import { REPO_ROOT, startChild, type Child } from '../api/process.ts';
import { heapCount, heapSnapshotArgs } from './heap.ts';
import { printTables } from './report.ts';
import {
  coldLoad,
  idleMemory,
  latency,
  neo4jFloor,
  throughput,
  type FloorResult,
  type LatencyResult,
  type LoadResult,
  type MemoryResult,
  type Target,
  type ThroughputResult,
} from './scenarios.ts';

const WORK_DIR = path.join(REPO_ROOT, 'data/bench-collab');
const RESULTS_FILE = path.join(REPO_ROOT, 'tools/bench/results/collab.json');
const SCENARIOS = ['latency', 'throughput', 'load', 'memory'] as const;
type Scenario = (typeof SCENARIOS)[number];

/** Editors on one document, each scenario with 20 keystrokes per second on the document. */
const ONE_DOCUMENT_EDITORS = [1, 10, 50, 100, 200];
const ONE_DOCUMENT_RATE = 20;
/** 100 documents × 5 editors, each editor about one keystroke per second. */
const MANY_DOCUMENTS = { docs: 100, editors: 5, rate: 5 };

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      reference: { type: 'string', default: process.env.COLLAB_REFERENCE_DIR },
      seconds: { type: 'string', default: '10' },
      'memory-docs': { type: 'string', default: '100' },
      only: { type: 'string', default: SCENARIOS.join(',') },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds < 2 || seconds > 600) throw new Error('--seconds must be 2..600');
  const only = values.only.split(',').map((name) => {
    if (!(SCENARIOS as readonly string[]).includes(name))
      throw new Error(`--only: ${SCENARIOS.join(', ')}, not ${name}`);
    return name as Scenario;
  });
  const memoryDocs = Number(values['memory-docs']);
  if (!Number.isInteger(memoryDocs) || memoryDocs < 1 || memoryDocs > 1000)
    throw new Error('--memory-docs must be 1..1000');
  return { reference: values.reference, seconds, only, memoryDocs, build: !values['skip-build'] };
}

/** The reference's server script, or why there is none. */
function referenceScript(dir: string | undefined): { script: string } | { skipped: string } {
  if (!dir) return { skipped: 'no --reference <dir> (or COLLAB_REFERENCE_DIR) given' };
  const script = path.resolve(dir, 'node_modules/y-websocket/bin/server.cjs');
  if (!existsSync(script))
    return { skipped: `${script} not found (npm install --prefix <dir> y-websocket@2.1.0)` };
  return { script };
}

export interface CollabBenchResults {
  date: string;
  machine: { cpus: number; cpu?: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  node: string;
  neo4j: string;
  reference: string;
  options: { seconds: number; only: Scenario[] };
  /** One small Neo4j write transaction at a time, measured just before the latency scenarios. */
  neo4jFloor?: FloorResult;
  latency: { ours: LatencyResult; reference?: LatencyResult }[];
  throughput: { ours: ThroughputResult; reference?: ThroughputResult }[];
  load: { ours: LoadResult; reference?: LoadResult }[];
  memory?: { ours: MemoryResult; reference?: MemoryResult };
}

async function main(): Promise<number> {
  const opts = options();
  // Every y-websocket provider adds a process 'exit' listener in Node; hundreds of clients are intended.
  process.setMaxListeners(0);
  const say = (line: string) => console.log(line);
  const loadAverageAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
  rmSync(WORK_DIR, { recursive: true, force: true });
  const heapDir = path.join(WORK_DIR, 'heap');
  mkdirSync(heapDir, { recursive: true });
  const stack = new Stack({
    apiPort: await freePort(),
    dataDir: path.join(WORK_DIR, 'neo4j'),
    apiLog: path.join(WORK_DIR, 'api.log'),
    neo4jLog: path.join(WORK_DIR, 'neo4j.log'),
    apiNodeArgs: heapSnapshotArgs(heapDir),
    say,
  });
  const reference = referenceScript(opts.reference);
  let referenceServer: Child | undefined;
  const driver = { current: undefined as ReturnType<typeof verifyDriver> | undefined };
  onTerminationSignals((sig) => {
    say(`\n${sig}: stopping what this run started ...`);
    stack.signalBuild(sig);
    void Promise.allSettled([driver.current?.close(), stack.stop(), referenceServer?.stop()]).then(() =>
      process.exit(signalExitCode(sig)),
    );
  });

  try {
    if (opts.build) await stack.buildApi();
    await stack.startNeo4j();
    say(`Neo4j: ${stack.neo4jUri}; starting the API on ${stack.apiUrl} ...`);
    await stack.startApi();
    const { token } = await createWriter({ apiUrl: stack.apiUrl, neo4jUri: stack.neo4jUri });
    const neo4j = verifyDriver(stack.neo4jUri);
    driver.current = neo4j;
    const neo4jVersion = (await neo4j.getServerInfo()).agent ?? '';

    const apiPid = () => {
      if (stack.apiPid === undefined) throw new Error('the API is not running');
      return stack.apiPid;
    };
    const ours: Target = {
      name: 'ours',
      endpoint: apiEndpoint(stack.apiUrl, token),
      newRoom: (title) => createGuideline(stack.apiUrl, token, title),
      settled: async (room) => {
        for (;;) {
          const result = await neo4j.executeQuery(
            'MATCH (u:GuidelineUpdate {guidelineId: $room}) RETURN count(u) AS n',
            { room },
          );
          if (Number(result.records[0].get('n')) === 0) break;
          await sleep(100);
        }
        // The last socket's close reaches the server, which then drops the document.
        await sleep(1_000);
      },
      pid: apiPid,
      heap: (classes) => heapCount(apiPid(), heapDir, classes),
      documentClasses: ['CollabDocument', 'Doc'],
    };

    let theirs: Target | undefined;
    if ('script' in reference) {
      const port = await freePort();
      const server = startChild([process.execPath, ...heapSnapshotArgs(heapDir), reference.script], {
        env: { HOST: '127.0.0.1', PORT: String(port) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      referenceServer = server;
      if (!(await waitFor200(`http://127.0.0.1:${port}/`, 30_000)))
        throw new Error('the y-websocket reference server did not start');
      theirs = {
        name: 'reference',
        endpoint: { url: `ws://127.0.0.1:${port}` },
        newRoom: async () => `bench-${randomUUID()}`,
        settled: async () => undefined,
        pid: () => server.child.pid ?? 0,
        heap: (classes) => heapCount(server.child.pid ?? 0, heapDir, classes),
        documentClasses: ['WSSharedDoc', 'Doc'],
      };
      say(`y-websocket reference server (${reference.script}) on port ${port}`);
    } else {
      say(`reference comparison skipped: ${reference.skipped}`);
    }

    const both = async <R>(what: string, measure: (target: Target) => Promise<R>) => {
      say(`  ${what} ...`);
      const result: { ours: R; reference?: R } = { ours: await measure(ours) };
      if (theirs) result.reference = await measure(theirs);
      return result;
    };
    const results: CollabBenchResults = {
      date: new Date().toISOString().slice(0, 19),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        loadAverageAtStart,
        loadAverageAtEnd: [],
      },
      node: process.version,
      neo4j: neo4jVersion,
      reference:
        'script' in reference
          ? 'y-websocket@2.1.0 bin/server.cjs (gc on, no persistence)'
          : reference.skipped,
      options: { seconds: opts.seconds, only: opts.only },
      latency: [],
      throughput: [],
      load: [],
    };
    const timing = { seconds: opts.seconds, warmupSeconds: 2 };
    if (opts.only.includes('latency')) {
      say('  Neo4j alone: one small write transaction at a time ...');
      results.neo4jFloor = await neo4jFloor(neo4j);
      for (const editors of ONE_DOCUMENT_EDITORS)
        results.latency.push(
          await both(`latency: ${editors} editor(s) on one document`, (target) =>
            latency(target, { docs: 1, editors, rate: ONE_DOCUMENT_RATE, ...timing }),
          ),
        );
      results.latency.push(
        await both(
          `latency: ${MANY_DOCUMENTS.docs} documents × ${MANY_DOCUMENTS.editors} editors`,
          (target) => latency(target, { ...MANY_DOCUMENTS, ...timing }),
        ),
      );
    }
    if (opts.only.includes('throughput')) {
      results.throughput.push(
        await both('burst: 1 writer → 1 reader, 20,000 updates', (target) =>
          throughput(target, { docs: 1, updatesPerDoc: 20_000 }),
        ),
      );
      results.throughput.push(
        await both('burst: 10 documents, 2,000 updates each', (target) =>
          throughput(target, { docs: 10, updatesPerDoc: 2_000 }),
        ),
      );
    }
    if (opts.only.includes('load')) {
      results.load.push(
        await both('cold load: 100 KB', (target) =>
          coldLoad(target, { bytes: 100_000, docs: 5, loadsPerDoc: 2 }),
        ),
      );
      results.load.push(
        await both('cold load: 1 MB', (target) =>
          coldLoad(target, { bytes: 1_000_000, docs: 3, loadsPerDoc: 2 }),
        ),
      );
    }
    if (opts.only.includes('memory')) {
      results.memory = await both(`memory: ${opts.memoryDocs} idle open documents of 20 KB`, (target) =>
        idleMemory(target, { docs: opts.memoryDocs, bytes: 20_000 }),
      );
    }
    results.machine.loadAverageAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
    say('');
    printTables(results, say);
    await writeResults(RESULTS_FILE, results);
    say(`\nresults: ${path.relative(REPO_ROOT, RESULTS_FILE)}; logs: ${path.relative(REPO_ROOT, WORK_DIR)}/`);
    return 0;
  } finally {
    await driver.current?.close();
    await referenceServer?.stop();
    await stack.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
