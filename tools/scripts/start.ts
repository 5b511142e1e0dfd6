// `npm start`: builds the API and web app, starts the embedded Neo4j (unless NEO4J_URI points to a
// server already) and runs the API until Ctrl+C, which stops the API first and then Neo4j.
import net from 'node:net';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import {
  bilingualSeconds,
  childEnv,
  onTerminationSignals,
  runCommand,
  signalExitCode,
  type RunningCommand,
} from './proc.ts';

const BUILD_COMMAND = ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=stream'];
const API_COMMAND = ['node', 'dist/apps/api/main.js'];
const API_STOP_TIMEOUT_MS = 20_000;
const READY_TIMEOUT_MS = 120_000;

const startedAt = Date.now();
const port = process.env.PORT || '3000';
const readyUrl = `http://127.0.0.1:${port}/ready`;

async function main(): Promise<number> {
  const stop = Promise.withResolvers<NodeJS.Signals>();
  let stopSignal: NodeJS.Signals | undefined;
  let phase: 'build' | 'neo4j' | 'api' = 'build';
  let current: RunningCommand | undefined;
  onTerminationSignals((sig) => {
    // While Neo4j starts there is nothing of ours to wait for: the JVM shuts itself down cleanly
    // when its stdin closes with our exit.
    if (phase === 'neo4j') process.exit(signalExitCode(sig));
    stopSignal ??= sig;
    stop.resolve(sig);
    current?.signal(sig);
  });

  current = runCommand(BUILD_COMMAND, childEnv({ NX_DAEMON: 'false', NX_NO_CLOUD: 'true' }));
  const buildCode = await current.exited;
  if (stopSignal) return signalExitCode(stopSignal);
  if (buildCode !== 0) {
    console.error(`Build fehlgeschlagen / build failed (exit ${buildCode})`);
    return buildCode;
  }

  if (await isListening(Number(port))) {
    // Otherwise /ready would be answered by that other server and we would report a false "ready".
    console.error(
      `Port ${port} ist belegt / port ${port} is already in use (another API running?); set PORT to use another.`,
    );
    return 1;
  }

  phase = 'neo4j';
  let neo4jUri = process.env.NEO4J_URI;
  let neo4j: EmbeddedNeo4j | undefined;
  if (!neo4jUri) {
    neo4j = await startEmbeddedNeo4j();
    neo4jUri = neo4j.uri;
  }
  phase = 'api';

  const api = runCommand(API_COMMAND, childEnv({ NEO4J_URI: neo4jUri }));
  current = api;
  void reportReadiness(api.exited);
  const apiCode = await Promise.race([api.exited, stop.promise.then(() => undefined)]);
  if (apiCode === undefined) {
    // The handler has passed the signal on; the API gets time to close its connections first.
    const killTimer = setTimeout(() => api.signal('SIGKILL'), API_STOP_TIMEOUT_MS);
    await api.exited;
    clearTimeout(killTimer);
  } else {
    console.error(`API beendet / API exited (exit ${apiCode})`);
  }
  await neo4j?.stop();
  return stopSignal ? signalExitCode(stopSignal) : api.exited;
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Polls /ready until it answers 200 and reports the time since `npm start` began. */
async function reportReadiness(apiExited: Promise<unknown>): Promise<void> {
  let exited = false;
  void apiExited.then(() => (exited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!exited && Date.now() < deadline) {
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) {
        console.log(`${bilingualSeconds('bereit nach', 'ready after', Date.now() - startedAt)}: ${readyUrl}`);
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!exited)
    console.error(`API antwortet nicht / API not ready after ${READY_TIMEOUT_MS / 1000} s: ${readyUrl}`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
