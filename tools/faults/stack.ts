// The system under test: one embedded Neo4j on its own data directory and the production build of the
// API, both on 127.0.0.1, each of which can be killed with SIGKILL and started again.
import { appendFileSync, closeSync, openSync } from 'node:fs';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import { startChild, type Child } from '../bench/api/process.ts';
import { findNeo4jJvm } from './jvm.ts';
import { waitFor200 } from './ports.ts';

const API_READY_TIMEOUT_MS = 180_000;
const API_STOP_GRACE_MS = 15_000;
/**
 * Neo4j's lines worth showing on the console; everything goes to the log file, including the Bolt
 * errors ("Response write failure", "network aborts") every kill of the API causes.
 */
const NEO4J_SHOWN = /starting on|ready on|exited|stopped|fetching|compiling/;

export interface StackOptions {
  apiPort: number;
  /** An external Neo4j (NEO4J_URI): used as it is, and never killed. */
  externalNeo4jUri?: string;
  dataDir: string;
  apiLog: string;
  neo4jLog: string;
  say(line: string): void;
  /** Node options for the API process (the co-editing benchmark's heap snapshots). */
  apiNodeArgs?: string[];
}

export class Stack {
  neo4jUri = '';
  private neo4j?: EmbeddedNeo4j;
  private api?: Child;
  private apiExited = true;
  private building?: Child;
  readonly apiUrl: string;
  private readonly opts: StackOptions;

  constructor(opts: StackOptions) {
    this.opts = opts;
    this.apiUrl = `http://127.0.0.1:${opts.apiPort}`;
  }

  get canKillNeo4j(): boolean {
    return !this.opts.externalNeo4jUri;
  }

  async startNeo4j(): Promise<void> {
    if (this.opts.externalNeo4jUri) {
      this.neo4jUri = this.opts.externalNeo4jUri;
      return;
    }
    // The first start picks a free port; a restart must use the same one, which the API's driver knows.
    const port = this.neo4jUri ? Number(new URL(this.neo4jUri).port) : 0;
    this.neo4j = await startEmbeddedNeo4j({
      dataDir: this.opts.dataDir,
      port,
      heap: '768m',
      pageCache: '128m',
      log: (line) => {
        appendFileSync(this.opts.neo4jLog, `${new Date().toISOString()} ${line}\n`);
        if (NEO4J_SHOWN.test(line)) this.opts.say(`  [neo4j] ${line}`);
      },
    });
    this.neo4jUri = this.neo4j.uri;
  }

  /** kill -9 of the JVM; resolves when it is gone. */
  async killNeo4j(): Promise<void> {
    const pid = findNeo4jJvm(this.opts.dataDir);
    if (pid === undefined) throw new Error('the embedded Neo4j JVM was not found among our children');
    process.kill(pid, 'SIGKILL');
    // stop() on a killed JVM only waits for its exit.
    await this.neo4j?.stop();
    this.neo4j = undefined;
  }

  /** `nx run api:build` (the production build in dist/); `signalBuild` passes a signal on meanwhile. */
  async buildApi(): Promise<void> {
    this.opts.say('building the API ...');
    this.building = startChild(['npx', 'nx', 'run', 'api:build', '--outputStyle=stream'], {
      env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    const code = await this.building.exited;
    this.building = undefined;
    if (code !== 0) throw new Error(`the API build failed (exit ${code})`);
  }

  signalBuild(signal: NodeJS.Signals): void {
    this.building?.signal(signal);
  }

  /** `node dist/apps/api/main.js` as in production; resolves when /ready answers 200. */
  async startApi(): Promise<void> {
    const base = this.apiUrl;
    const log = openSync(this.opts.apiLog, 'a');
    appendFileSync(this.opts.apiLog, `--- ${new Date().toISOString()} start\n`);
    // NODE_ENV=production also keeps the server from rewriting apps/api/schema.graphql at start.
    const api = startChild([process.execPath, ...(this.opts.apiNodeArgs ?? []), 'dist/apps/api/main.js'], {
      env: {
        NODE_ENV: 'production',
        PORT: String(this.opts.apiPort),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        NEO4J_URI: this.neo4jUri,
      },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.api = api;
    this.apiExited = false;
    void api.exited.then(() => {
      if (this.api === api) this.apiExited = true;
    });
    const ready = await waitFor200(`${base}/ready`, API_READY_TIMEOUT_MS, () => this.apiExited);
    if (!ready) {
      await api.stop('SIGTERM', API_STOP_GRACE_MS);
      throw new Error(`the API did not become ready (log: ${this.opts.apiLog})`);
    }
  }

  /** The API's process id (the `node` process itself), while it runs. */
  get apiPid(): number | undefined {
    return this.apiExited ? undefined : this.api?.child.pid;
  }

  get apiRunning(): boolean {
    return !this.apiExited;
  }

  /** kill -9 of the API process; resolves when it is gone. */
  async killApi(): Promise<void> {
    const api = this.api;
    if (!api) return;
    api.signal('SIGKILL');
    await api.exited;
    this.apiExited = true;
  }

  /** What an operator does with an API that does not recover by itself: stop it, start it again. */
  async restartApi(): Promise<void> {
    await this.api?.stop('SIGTERM', API_STOP_GRACE_MS);
    this.apiExited = true;
    await this.startApi();
  }

  /** /ready answers 200 within `timeoutMs`. */
  apiReady(timeoutMs: number): Promise<boolean> {
    return waitFor200(`${this.apiUrl}/ready`, timeoutMs, () => this.apiExited);
  }

  /** The API first (it gets time to close its connections), then Neo4j, both cleanly. */
  async stop(): Promise<void> {
    await this.api?.stop('SIGTERM', API_STOP_GRACE_MS);
    this.apiExited = true;
    await this.neo4j?.stop();
    this.neo4j = undefined;
  }
}
