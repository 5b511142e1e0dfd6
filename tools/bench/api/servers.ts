// Starting, waiting for and stopping the two servers the benchmark compares.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { runStep, startChild } from './process.ts';

const NODE = process.execPath;
const READY_TIMEOUT_MS = 120_000;

export interface Server {
  name: string;
  /** The GraphQL endpoint. */
  url: string;
  /** Last lines of the process's output, for error messages. */
  tail(): string;
  stop(): Promise<void>;
}

/** The production build of our API, as `npm start` and the Docker image use it. */
export function buildApi(): Promise<void> {
  return runStep('building the API', ['npx', 'nx', 'run', 'api:build', '--outputStyle=stream'], {
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
  });
}

/** The API's build output, as `npm run build` leaves it. */
export const API_DIR = 'dist/apps/api';

/**
 * `node dist/apps/api/main.js` with NODE_ENV=production, so limits apply as in production. `apiDir`:
 * another build of the API (relative to the repository), e.g. one made from a clean checkout.
 */
export function startOurApi(opts: { port: number; neo4jUri: string; apiDir?: string }): Promise<Server> {
  const base = `http://127.0.0.1:${opts.port}`;
  return startServer({
    name: 'ours',
    argv: [NODE, path.join(opts.apiDir ?? API_DIR, 'main.js')],
    env: {
      NODE_ENV: 'production',
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      NEO4J_URI: opts.neo4jUri,
    },
    graphqlUrl: `${base}/graphql`,
    readyUrl: `${base}/ready`,
  });
}

export function startPeer(opts: { port: number; neo4jUri: string }): Promise<Server> {
  return startServer({
    name: 'peer',
    argv: [NODE, path.join(import.meta.dirname, 'peer-server.ts')],
    env: {
      NODE_ENV: 'production',
      PORT: String(opts.port),
      NEO4J_URI: opts.neo4jUri,
    },
    graphqlUrl: `http://127.0.0.1:${opts.port}/`,
    readyUrl: null,
  });
}

async function startServer(spec: {
  name: string;
  argv: string[];
  env: Record<string, string>;
  graphqlUrl: string;
  /** GET URL answering 200 when ready; null: poll the GraphQL endpoint with `{ __typename }`. */
  readyUrl: string | null;
}): Promise<Server> {
  const lines: string[] = [];
  const run = startChild(spec.argv, { env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (line: string): void => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
  };
  if (run.child.stdout) createInterface({ input: run.child.stdout }).on('line', keep);
  if (run.child.stderr) createInterface({ input: run.child.stderr }).on('line', keep);
  let exitCode: number | undefined;
  void run.exited.then((code) => (exitCode = code));

  const server: Server = {
    name: spec.name,
    url: spec.graphqlUrl,
    tail: () => lines.slice(-15).join('\n'),
    stop: () => run.stop('SIGTERM', 15_000),
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exitCode !== undefined) {
      throw new Error(`${spec.name} server exited (code ${exitCode}) before it was ready:\n${server.tail()}`);
    }
    if (await isReady(spec)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${spec.name} server not ready within ${READY_TIMEOUT_MS / 1000} s:\n${server.tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function isReady(spec: { graphqlUrl: string; readyUrl: string | null }): Promise<boolean> {
  try {
    const response = spec.readyUrl
      ? await fetch(spec.readyUrl, { signal: AbortSignal.timeout(2_000) })
      : await fetch(spec.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
          signal: AbortSignal.timeout(2_000),
        });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
