// Browser journeys against the real thing: builds the API and the web app, starts the API (which
// serves the built app) on a free port against the Neo4j in NEO4J_URI, creates an admin account,
// runs every journey in apps/web/e2e/journeys/ with Node's test runner, and stops the API again.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 node apps/web/e2e/run.ts [journey files…]
//
// E2E_SKIP_BUILD=1 reuses dist/ (handy while writing a journey); E2E_API_MAIN and E2E_API_CLI point
// to another build of the API's main.js and cli.js, E2E_WEB_DIST_DIR to another build of the web app.
// Run inside `npm test`, which provides the Neo4j, or wrap it: node tools/neo4j/with-neo4j.ts -- node apps/web/e2e/run.ts
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { CHROMIUM_PATH } from '#tools/chromium';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT_DIR = path.join(REPO_ROOT, 'tmp/e2e');
const NODE = process.execPath;
const BIN = path.join(REPO_ROOT, 'node_modules/.bin');
const API_MAIN = process.env.E2E_API_MAIN ?? 'dist/apps/api/main.js';
const API_CLI = process.env.E2E_API_CLI ?? 'dist/apps/api/cli.js';
const env = { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` };

function log(line: string): void {
  console.log(`[e2e] ${line}`);
}

function run(argv: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: REPO_ROOT,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed (${result.status ?? result.signal})`);
}

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

async function waitForReady(url: string, api: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null)
      throw new Error(`the API exited with code ${api.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the API was not ready within ${timeoutMs / 1000} s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function journeyFiles(args: string[]): string[] {
  if (args.length > 0) return args.map((file) => path.resolve(file));
  const dir = path.join(import.meta.dirname, 'journeys');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.e2e.ts'))
    .sort()
    .map((name) => path.join(dir, name));
}

async function main(): Promise<number> {
  const neo4jUri = process.env.NEO4J_URI;
  if (!neo4jUri) {
    console.error(
      '[e2e] NEO4J_URI is not set. Run `npm test`, or: node tools/neo4j/with-neo4j.ts -- node apps/web/e2e/run.ts',
    );
    return 2;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`[e2e] no Chromium at ${CHROMIUM_PATH}; install it with: apt-get install -y chromium`);
    return 2;
  }
  mkdirSync(OUT_DIR, { recursive: true });

  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building the API and the web app …');
    run(['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
      NX_DAEMON: 'false',
    });
  }

  // A real SMTP server in this process: the API sends invitation and reset mail to it, and each
  // message lands as a file in MAIL_DIR, where the journeys read it.
  const mailDir = path.join(OUT_DIR, 'mail');
  rmSync(mailDir, { recursive: true, force: true });
  mkdirSync(mailDir, { recursive: true });
  let mailCount = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mailCount += 1;
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const name = `${String(mailCount).padStart(4, '0')}-${to.replace(/[^a-z0-9@.-]/gi, '_')}.eml`;
        writeFileSync(path.join(mailDir, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as net.AddressInfo).port;

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const apiEnv = {
    ...env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    NEO4J_URI: neo4jUri,
    WEB_DIST_DIR: process.env.E2E_WEB_DIST_DIR ?? 'dist/apps/web',
    // Journeys sign in many times from one address.
    SIGNIN_MAX_ATTEMPTS: '1000',
    SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT: '1000',
    SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    MAIL_FROM: 'Netzwerkstatt <netzwerkstatt@test.example>',
  };
  const logFile = path.join(OUT_DIR, 'api.log');
  const apiLog = createWriteStream(logFile);
  log(`starting the API on ${url} (log: ${path.relative(REPO_ROOT, logFile)})`);
  const api = spawn(NODE, [API_MAIN], { cwd: REPO_ROOT, env: apiEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout?.pipe(apiLog);
  api.stderr?.pipe(apiLog);
  const onSignal = () => void stop(api).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await waitForReady(url, api);
    const admin = {
      email: `e2e-admin-${randomUUID()}@test.netzwerkstatt.example`,
      password: `e2e-${randomUUID()}`,
    };
    const created = spawnSync(
      NODE,
      [
        API_CLI,
        'user:create',
        '--email',
        admin.email,
        '--name',
        'E2E Admin',
        '--role',
        'admin',
        '--password',
        admin.password,
        '--keep-password',
      ],
      { cwd: REPO_ROOT, env: apiEnv, encoding: 'utf8' },
    );
    if (created.status !== 0)
      throw new Error(`creating the e2e admin failed: ${created.stderr || created.stdout}`);

    const files = journeyFiles(process.argv.slice(2));
    log(`running ${files.length} journey file(s)`);
    // The TAP copy is what `npm test` counts (tools/scripts/test-results.ts).
    mkdirSync(path.join(REPO_ROOT, 'tmp/test-results'), { recursive: true });
    const reporters = [
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=tmp/test-results/web-e2e.tap',
    ];
    const journeys = spawn(NODE, ['--test', '--test-concurrency=1', ...reporters, ...files], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: {
        ...env,
        E2E_BASE_URL: url,
        E2E_ADMIN_EMAIL: admin.email,
        E2E_ADMIN_PASSWORD: admin.password,
        E2E_OUT_DIR: OUT_DIR,
        E2E_MAIL_DIR: mailDir,
      },
    });
    const code = await new Promise<number>((resolve) => journeys.once('exit', (c) => resolve(c ?? 1)));
    if (code !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      console.error(`[e2e] journeys failed; last lines of the API log:\n${tail}`);
    }
    return code;
  } finally {
    await stop(api);
    apiLog.end();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    log('API stopped');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
