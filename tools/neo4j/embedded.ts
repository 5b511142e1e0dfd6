// Starts Neo4j 5.26 embedded in a JVM for development and tests, so nobody has to install a
// Neo4j server. Set NEO4J_URI to use an external Neo4j instead (the callers check that).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';

const HERE = import.meta.dirname;
export const REPO_ROOT = path.resolve(HERE, '../..');
const LIB_DIR = path.join(HERE, 'lib');
const LIB_STAMP = path.join(LIB_DIR, '.pom-sha256');
const CLASSES_DIR = path.join(HERE, 'classes');
const CLASSES_STAMP = path.join(CLASSES_DIR, '.source-sha256');
const SOURCE = path.join(HERE, 'src/main/java/org/netzwerkstatt/neo4j/EmbeddedNeo4j.java');
const MAIN_CLASS = 'org.netzwerkstatt.neo4j.EmbeddedNeo4j';
// A busy machine may need longer: NEO4J_READY_TIMEOUT_S raises the wait.
const READY_TIMEOUT_MS = Number(process.env.NEO4J_READY_TIMEOUT_S ?? 90) * 1000;
const STOP_TIMEOUT_MS = 30_000;

// The JVM flags Neo4j's own neo4j.conf (server.jvm.additional) sets that matter for embedded use.
// TrustFinalNonStaticFields is left out on purpose: neo4j.conf itself says to drop it when embedded.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

const INSTALL_HINT =
  'install Java 17+ (JDK) and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or set NEO4J_URI to an external Neo4j 5.26+';

export interface EmbeddedNeo4jOptions {
  /** Default NEO4J_EMBEDDED_PORT or 7687; 0 picks a free port (tests: no clash with `npm start`). */
  port?: number;
  dataDir?: string;
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  stop(): Promise<void>;
}

type JvmExit = { code: number | null; signal: NodeJS.Signals | null };

export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? ((line: string) => console.log(`[neo4j] ${line}`));
  const requestedPort = opts.port ?? Number(process.env.NEO4J_EMBEDDED_PORT || 7687);
  const port = requestedPort === 0 ? await freePort() : requestedPort;
  const dataDir = path.resolve(
    opts.dataDir ?? (process.env.NEO4J_DATA_DIR || path.join(REPO_ROOT, 'data/neo4j')),
  );
  const heap = opts.heap ?? (process.env.NEO4J_HEAP || '1g');
  const pageCache = opts.pageCache ?? (process.env.NEO4J_PAGECACHE || '256m');
  const uri = `bolt://127.0.0.1:${port}`;

  checkJava();
  await ensureJars(log);
  ensureCompiled(log);
  await ensurePortFree(port, uri);

  mkdirSync(dataDir, { recursive: true });
  const shownDir = dataDir.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, dataDir) : dataDir;
  log(`starting on ${uri} (data: ${shownDir}, heap ${heap}, page cache ${pageCache})`);
  const startedAt = Date.now();
  const classpath = [CLASSES_DIR, path.join(LIB_DIR, '*')].join(path.delimiter);
  const child = spawn(
    'java',
    [
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      MAIN_CLASS,
      dataDir,
      '--port',
      String(port),
      '--pagecache',
      pageCache,
      '--exit-on-stdin-eof',
    ],
    // Own process group: a terminal Ctrl+C must not stop the database before the app using it.
    // stdin stays an open pipe; the JVM shuts down cleanly when it closes because we died.
    // Readiness is checked over Bolt, so its stdout ("NEO4J_READY ...") is only for manual runs.
    { cwd: REPO_ROOT, stdio: ['pipe', 'ignore', 'pipe'], detached: true },
  );
  const recentErrors: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    recentErrors.push(line);
    if (recentErrors.length > 20) recentErrors.shift();
    // The launcher's own one-line failure becomes the thrown error instead.
    if (!line.startsWith('NEO4J_ERROR ')) log(line);
  });
  const exited = new Promise<JvmExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: -1, signal: null }));
  });
  try {
    const version = await waitUntilReachable(uri, exited, () => lastError(recentErrors));
    log(`${version} ready on ${uri} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  } catch (err) {
    await terminate(child, exited);
    throw err;
  }
  let stopping = false;
  void exited.then(({ code, signal }) => {
    if (!stopping) log(`Neo4j exited unexpectedly (${signal ?? `code ${code}`})`);
  });

  let stopped: Promise<void> | undefined;
  return {
    uri,
    stop() {
      stopping = true;
      stopped ??= terminate(child, exited).then(() => log('stopped'));
      return stopped;
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}

function checkJava(): void {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error) fail(`Embedded Neo4j: no 'java' found; ${INSTALL_HINT}.`);
  // `java -version` prints e.g. `openjdk version "17.0.15"` (or "1.8.0_392" for Java 8) on stderr.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17)
    fail(`Embedded Neo4j: Java ${major || '(unknown version)'} found, 17+ needed; ${INSTALL_HINT}.`);
}

function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

function readStamp(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

function pomHash(): string {
  return sha256(readFileSync(path.join(HERE, 'pom.xml'), 'utf8'));
}

/** Fetches Neo4j's jars from Maven Central unless lib/ already matches the current pom.xml. */
async function ensureJars(log: (line: string) => void): Promise<void> {
  const wanted = pomHash();
  if (readStamp(LIB_STAMP) === wanted) return;
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).error)
    fail(`Embedded Neo4j: no 'mvn' found to fetch Neo4j's jars; ${INSTALL_HINT}.`);

  log('fetching Neo4j jars with Maven (first run only, takes a minute) ...');
  // Old jars from a previous pom would end up on the classpath next to the new ones.
  rmSync(LIB_DIR, { recursive: true, force: true });
  const args = ['-B', 'dependency:copy-dependencies', '-DoutputDirectory=lib', '-DincludeScope=runtime'];
  const mvn = spawn('mvn', args, { cwd: HERE, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let downloaded = 0;
  let lastProgress = Date.now();
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (line.includes('Downloaded from ')) {
      downloaded++;
      if (Date.now() - lastProgress > 5_000) {
        lastProgress = Date.now();
        log(`  ${downloaded} files downloaded ...`);
      }
    } else if (/^\[(ERROR|WARNING)\]|BUILD (SUCCESS|FAILURE)/.test(line)) {
      log(`  ${line}`);
    }
  };
  createInterface({ input: mvn.stdout }).on('line', onLine);
  createInterface({ input: mvn.stderr }).on('line', onLine);
  const code = await new Promise<number | null>((resolve) => mvn.once('close', resolve));
  if (code !== 0) {
    for (const line of tail) log(`  ${line}`);
    fail(`Embedded Neo4j: Maven could not fetch Neo4j's jars (exit ${code}); see the output above.`);
  }
  writeFileSync(LIB_STAMP, `${wanted}\n`);
  log(`jars ready (${downloaded} files downloaded)`);
}

/** Compiles the launcher when it is missing or its source (or the Neo4j version) changed. */
function ensureCompiled(log: (line: string) => void): void {
  const wanted = sha256(readFileSync(SOURCE, 'utf8'), readStamp(LIB_STAMP));
  if (readStamp(CLASSES_STAMP) === wanted) return;
  if (spawnSync('javac', ['-version'], { stdio: 'ignore' }).error)
    fail(`Embedded Neo4j: no 'javac' found (a JRE is not enough); ${INSTALL_HINT}.`);
  log('compiling the Neo4j launcher ...');
  // Built next to the old classes and swapped in, so a Neo4j starting concurrently never sees a
  // half-written directory.
  const fresh = `${CLASSES_DIR}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const res = spawnSync('javac', ['--release', '17', '-d', fresh, '-cp', path.join(LIB_DIR, '*'), SOURCE], {
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    fail(`Embedded Neo4j: compiling the launcher failed: ${`${res.stderr}${res.stdout}`.trim()}`);
  }
  writeFileSync(path.join(fresh, path.basename(CLASSES_STAMP)), `${wanted}\n`);
  rmSync(CLASSES_DIR, { recursive: true, force: true });
  renameSync(fresh, CLASSES_DIR);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ensurePortFree(port: number, uri: string): Promise<void> {
  const listening = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
  if (!listening) return;
  const version = await serverVersion(uri).catch(() => undefined);
  const find = `find it with: ss -ltnp 'sport = :${port}'`;
  fail(
    version
      ? `Embedded Neo4j: a ${version} is already listening on 127.0.0.1:${port}, probably left over from an earlier run. ` +
          `Stop it (${find}), use it via NEO4J_URI=${uri}, or pick another port with NEO4J_EMBEDDED_PORT.`
      : `Embedded Neo4j: port 127.0.0.1:${port} is already in use by another program. ` +
          `Stop it (${find}) or pick another port with NEO4J_EMBEDDED_PORT.`,
  );
}

async function serverVersion(uri: string): Promise<string> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000 });
  try {
    const info = await driver.getServerInfo();
    return info.agent ?? 'Neo4j';
  } finally {
    await driver.close();
  }
}

/** Polls with a real Bolt connection until the server answers, the JVM dies, or time runs out. */
async function waitUntilReachable(
  uri: string,
  exited: Promise<JvmExit>,
  lastError: () => string,
): Promise<string> {
  let dead: JvmExit | undefined;
  void exited.then((result) => (dead = result));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let delay = 100;
  for (;;) {
    if (dead)
      fail(
        `Embedded Neo4j exited before it was ready (${dead.signal ?? `code ${dead.code}`}): ${lastError()}`,
      );
    try {
      return await serverVersion(uri);
    } catch {
      if (Date.now() > deadline)
        fail(
          `Embedded Neo4j was not reachable on ${uri} within ${READY_TIMEOUT_MS / 1000} s: ${lastError()}`,
        );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 1_000);
  }
}

function lastError(lines: string[]): string {
  // The launcher reports its own failures as one "NEO4J_ERROR ..." line; otherwise pick the most
  // telling line of a stack trace rather than its last frames.
  const own = lines.find((line) => line.startsWith('NEO4J_ERROR '));
  if (own) return own.slice('NEO4J_ERROR '.length);
  const cause = lines.findLast((line) => /^(Caused by: |Exception |Error: )/.test(line));
  return cause ?? (lines.at(-1) || 'no output');
}

async function terminate(child: ChildProcess, exited: Promise<JvmExit>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM runs the JVM's shutdown hook, which shuts Neo4j down cleanly (no recovery next time).
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
