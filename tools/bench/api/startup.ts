// How long `npm start` takes until GET /ready answers 200, on a warm cache (build outputs and
// Neo4j's jars present, database existing). Falls back to embedded Neo4j + the built server when
// the project has no start script.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbeddedNeo4j } from '../../neo4j/embedded.ts';
import { REPO_ROOT, runStep, startChild } from './process.ts';

const TIMEOUT_MS = 300_000;

export interface StartupRun {
  readyMs: number;
  /** When the build step had finished and Neo4j was starting, and when Neo4j answered (npm start only). */
  neo4jStartingMs?: number;
  neo4jReadyMs?: number;
}

export interface StartupMeasurement {
  command: string;
  readyMs: number;
  runs: StartupRun[];
}

export async function measureStartup(opts: {
  apiPort: number;
  neo4jPort: number;
  dataDir: string;
  runs: number;
}): Promise<StartupMeasurement> {
  const runs: StartupRun[] = [];
  const useStartScript = existsSync(path.join(REPO_ROOT, 'tools/scripts/start.ts'));
  // "Warm cache": the builds `npm start` runs are cached beforehand, so only the check is timed.
  if (useStartScript) {
    await runStep(
      'warming the build cache',
      ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=stream'],
      {
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
      },
    );
  }
  for (let i = 0; i < opts.runs; i += 1) {
    runs.push(useStartScript ? await timeNpmStart(opts) : { readyMs: await timeServerAndNeo4j(opts) });
  }
  return {
    command: useStartScript ? '`npm start`' : '`node dist/apps/api/main.js` + embedded Neo4j',
    // The slowest run is the one quoted: a start that is sometimes slow is slow.
    readyMs: Math.max(...runs.map((run) => run.readyMs)),
    runs,
  };
}

async function timeNpmStart(opts: {
  apiPort: number;
  neo4jPort: number;
  dataDir: string;
}): Promise<StartupRun> {
  const t0 = performance.now();
  const run: Partial<StartupRun> = {};
  const cmd = startChild(['npm', 'start'], {
    env: {
      PORT: String(opts.apiPort),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${opts.apiPort}`,
      NEO4J_EMBEDDED_PORT: String(opts.neo4jPort),
      NEO4J_DATA_DIR: opts.dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The embedded Neo4j's own log lines mark the phases: after them only the API's boot remains.
  const onLine = (line: string): void => {
    if (run.neo4jStartingMs === undefined && /\[neo4j\] starting/.test(line))
      run.neo4jStartingMs = performance.now() - t0;
    if (run.neo4jReadyMs === undefined && /\[neo4j\] .*ready on/.test(line))
      run.neo4jReadyMs = performance.now() - t0;
  };
  for (const stream of [cmd.child.stdout, cmd.child.stderr])
    if (stream) createInterface({ input: stream }).on('line', onLine);
  try {
    await waitForReady(opts.apiPort, cmd.exited);
    return { ...run, readyMs: performance.now() - t0 };
  } finally {
    // SIGINT as a terminal's Ctrl+C: the start script stops the API, then Neo4j, in that order.
    await cmd.stop('SIGINT', 60_000);
  }
}

async function timeServerAndNeo4j(opts: {
  apiPort: number;
  neo4jPort: number;
  dataDir: string;
}): Promise<number> {
  const t0 = performance.now();
  const neo4j = await startEmbeddedNeo4j({
    port: opts.neo4jPort,
    dataDir: opts.dataDir,
    log: () => undefined,
  });
  try {
    const cmd = startChild([process.execPath, 'dist/apps/api/main.js'], {
      env: {
        NODE_ENV: 'production',
        PORT: String(opts.apiPort),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${opts.apiPort}`,
        NEO4J_URI: neo4j.uri,
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    try {
      await waitForReady(opts.apiPort, cmd.exited);
      return performance.now() - t0;
    } finally {
      await cmd.stop();
    }
  } finally {
    await neo4j.stop();
  }
}

async function waitForReady(port: number, exited: Promise<number>): Promise<void> {
  let code: number | undefined;
  void exited.then((c) => (code = c));
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    if (code !== undefined) throw new Error(`the server exited (code ${code}) before /ready answered`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`/ready did not answer within ${TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
