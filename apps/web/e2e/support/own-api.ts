// A second API process of a journey's own, on the same Neo4j and the same built app, which the journey
// may kill with SIGKILL and start again on the same address (what a crashed server does to the people
// using it). The journeys' shared API (E2E_BASE_URL) stays untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { OUT_DIR } from './browser.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const API_MAIN = process.env.E2E_API_MAIN ?? 'dist/apps/api/main.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class OwnApi {
  private child: ChildProcess | undefined;
  private readonly log: WriteStream;

  readonly url: string;
  private readonly port: number;

  private constructor(url: string, port: number) {
    this.url = url;
    this.port = port;
    this.log = createWriteStream(path.join(OUT_DIR, `own-api-${port}.log`), { flags: 'a' });
  }

  /** Starts an API on a free port and waits until it is ready. */
  static async start(): Promise<OwnApi> {
    const port = await freePort();
    const api = new OwnApi(`http://127.0.0.1:${port}`, port);
    await api.restart();
    return api;
  }

  /** Starts the API (again) on its address and waits for /ready. */
  async restart(timeoutMs = 120_000): Promise<void> {
    const neo4jUri = process.env.NEO4J_URI;
    if (!neo4jUri) throw new Error('NEO4J_URI is not set (run the journeys through apps/web/e2e/run.ts)');
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        PUBLIC_URL: this.url,
        NEO4J_URI: neo4jUri,
        WEB_DIST_DIR: process.env.E2E_WEB_DIST_DIR ?? 'dist/apps/web',
        SIGNIN_MAX_ATTEMPTS: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
      const ready = await fetch(`${this.url}/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the API was not ready within ${timeoutMs / 1000} s`);
  }

  /** kill -9: no shutdown hook runs, nothing is flushed. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Stops it for good (SIGTERM, then SIGKILL after 15 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    this.log.end();
  }
}
