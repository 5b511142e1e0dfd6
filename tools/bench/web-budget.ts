// node tools/bench/web-budget.ts [--skip-build] [--runs 5]
//
// The web app's performance budget: gzip size of the JavaScript the first page needs (from Vite's
// manifest) against 200 kB, and time-to-interactive of that page on localhost in headless Chromium.
// Beside it, without a budget: the guideline page — its JavaScript, the editor's lazy chunk alone, and its
// time-to-interactive (until the editor is synced and editable). Prints the figures and writes
// tools/bench/results/web-budget.json. Uses NEO4J_URI when set,
// otherwise starts an embedded Neo4j of its own (data/bench-web-neo4j).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  FIRST_PAGES as ROUTES,
  GUIDELINE_PAGE,
  firstPageSizes,
  guidelinePageSizes,
  BUDGET_BYTES,
} from './web-bundle.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(REPO_ROOT, 'dist/apps/web');
const RESULTS_FILE = path.join(REPO_ROOT, 'tools/bench/results/web-budget.json');
const NODE = process.execPath;
// Another build of the API may be measured against (defaults: the production build in dist/).
const API_MAIN = process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js';
const API_CLI = process.env.BENCH_API_CLI ?? 'dist/apps/api/cli.js';
const env = {
  ...process.env,
  PATH: `${path.join(REPO_ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
};

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

async function startApi(neo4jUri: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(NODE, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      NEO4J_URI: neo4jUri,
      SIGNIN_MAX_ATTEMPTS: '1000',
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    if (
      await fetch(`${url}/ready`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the API did not become ready');
}

async function sessionCookie(url: string, neo4jUri: string): Promise<{ name: string; value: string }> {
  const email = `bench-web-${randomUUID()}@test.netzwerkstatt.example`;
  const password = `bench-${randomUUID()}`;
  const created = spawnSync(
    NODE,
    [
      API_CLI,
      'user:create',
      '--email',
      email,
      '--name',
      'Bench Web',
      '--role',
      'member',
      '--password',
      password,
      '--keep-password',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...env, NEO4J_URI: neo4jUri },
      encoding: 'utf8',
    },
  );
  if (created.status !== 0) throw new Error(`creating the bench account failed: ${created.stderr}`);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const [pair] = response.headers.getSetCookie()[0]?.split(';') ?? [];
  if (!pair) throw new Error('sign-in returned no cookie');
  const [name, ...value] = pair.split('=');
  return { name, value: value.join('=') };
}

/** A new guideline, as the bench account; its text is seeded by the server on the first open. */
async function createGuideline(url: string, cookie: { name: string; value: string }): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin: url },
    body: JSON.stringify({
      query: 'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
      variables: { input: { title: 'Leitfaden Ladezeit' } },
    }),
  });
  const body = (await response.json()) as { data?: { createGuideline?: { id: string } }; errors?: unknown };
  const id = body.data?.createGuideline?.id;
  if (!id) throw new Error(`createGuideline failed: ${JSON.stringify(body.errors ?? body)}`);
  return id;
}

interface MeasuredPage {
  path: string;
  signedIn: boolean;
  /** Besides the heading and no loader: what else must show before the page counts as ready. */
  readySelector?: string;
}

/**
 * Time-to-interactive of one cold load (fresh profile, empty cache): the later of "the page shows its
 * heading and its data" and "the end of the last long task (> 50 ms) before a quiet second".
 */
async function measureLoad(url: string, route: MeasuredPage, cookie: { name: string; value: string }) {
  const { launchChromium } = await import('../browser/chromium.ts');
  const browser = await launchChromium();
  try {
    const { page, context } = browser;
    if (route.signedIn) await context.addCookies([{ ...cookie, url }]);
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; end: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}${route.path}`, { waitUntil: 'commit' });
    await page.locator('h1').first().waitFor({ timeout: 30_000 });
    // Data shown: no loader left (the home page's counts and lists, or the sign-in form).
    await page.waitForFunction(
      () => document.querySelectorAll('.mantine-Loader-root').length === 0,
      undefined,
      { timeout: 30_000 },
    );
    if (route.readySelector) await page.locator(route.readySelector).first().waitFor({ timeout: 30_000 });
    const ready = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1_000);
    return await page.evaluate((readyAt) => {
      const w = window as unknown as { __longTasks: { start: number; end: number }[] };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const lastLongTask = w.__longTasks
        .filter((t) => t.start <= readyAt + 1_000)
        .reduce((max, t) => Math.max(max, t.end), 0);
      const paints = Object.fromEntries(
        performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
      );
      return {
        ttiMs: Math.round(Math.max(readyAt, lastLongTask)),
        contentReadyMs: Math.round(readyAt),
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        firstContentfulPaintMs: Math.round(paints['first-contentful-paint'] ?? 0),
        longTasks: w.__longTasks.length,
        transferredBytes:
          performance
            .getEntriesByType('resource')
            .reduce((sum, r) => sum + ((r as PerformanceResourceTiming).transferSize ?? 0), 0) +
          (nav.transferSize ?? 0),
      };
    }, ready);
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'skip-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
  });
  const runs = Number(values.runs);
  if (!values['skip-build']) {
    const built = spawnSync('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
      cwd: REPO_ROOT,
      env: { ...env, NX_DAEMON: 'false' },
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the build failed');
  }

  const loadAverageAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
  const bundle = firstPageSizes(DIST);

  let stopNeo4j: (() => Promise<void>) | undefined;
  let neo4jUri = process.env.NEO4J_URI;
  if (!neo4jUri) {
    const { startEmbeddedNeo4j } = await import('../neo4j/embedded.ts');
    const neo4j = await startEmbeddedNeo4j({
      port: Number(process.env.BENCH_WEB_NEO4J_PORT ?? 7699),
      dataDir: path.join(REPO_ROOT, 'data/bench-web-neo4j'),
      log: () => undefined,
    });
    neo4jUri = neo4j.uri;
    stopNeo4j = () => neo4j.stop();
  }
  const api = await startApi(neo4jUri);
  const timings: Record<string, unknown> = {};
  let guideline: ReturnType<typeof guidelinePageSizes> | undefined;
  try {
    const cookie = await sessionCookie(api.url, neo4jUri);
    const guidelinePath = `/leitfaeden/${await createGuideline(api.url, cookie)}`;
    guideline = guidelinePageSizes(DIST, guidelinePath);
    const pages: (MeasuredPage & { name: string })[] = [
      ...ROUTES,
      {
        name: GUIDELINE_PAGE.name,
        path: guidelinePath,
        signedIn: GUIDELINE_PAGE.signedIn,
        // The editor has loaded, synced with the server and takes input.
        readySelector: '.guideline-editor:has([data-sync="saved"]):has(.ProseMirror[contenteditable="true"])',
      },
    ];
    for (const route of pages) {
      await measureLoad(api.url, route, cookie); // warms the server, not the browser (each run has a fresh profile)
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await measureLoad(api.url, route, cookie));
      timings[route.name] = {
        path: route.path,
        runs: results,
        medianTtiMs: median(results.map((r) => r.ttiMs)),
        medianContentReadyMs: median(results.map((r) => r.contentReadyMs)),
        medianFirstContentfulPaintMs: median(results.map((r) => r.firstContentfulPaintMs)),
      };
    }
  } finally {
    api.child.kill('SIGTERM');
    await stopNeo4j?.();
  }

  const result = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1e9),
      node: process.version,
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
    },
    method:
      'JS: gzip -9 of the entry chunk, the route chunk and their static imports from dist/apps/web/.vite/manifest.json. ' +
      `Time: ${runs} cold loads (fresh Chromium profile each) on localhost after one warm-up; TTI = later of content ready ` +
      '(h1 shown, no loader; on the guideline page also the editor synced and editable) and end of the last long task. ' +
      'Guideline page: all its JS (entry, frame, page, editor); editor chunk: what the editor adds to the page.',
    budget: { firstRouteGzipBytes: BUDGET_BYTES },
    bundle,
    guidelinePage: guideline,
    timings,
  };
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);

  console.log('route       JS gzip      budget   TTI median  FCP median');
  for (const route of ROUTES) {
    const b = bundle[route.name];
    const t = timings[route.name] as { medianTtiMs: number; medianFirstContentfulPaintMs: number };
    const kb = (b.gzipBytes / 1000).toFixed(1).replace('.', ',');
    const verdict = b.gzipBytes <= BUDGET_BYTES ? 'ok' : 'OVER';
    console.log(
      `${route.name.padEnd(10)}  ${kb.padStart(7)} kB  ${verdict.padEnd(6)}  ${String(t.medianTtiMs).padStart(6)} ms  ${String(t.medianFirstContentfulPaintMs).padStart(6)} ms`,
    );
  }
  if (guideline) {
    const t = timings[GUIDELINE_PAGE.name] as { medianTtiMs: number; medianFirstContentfulPaintMs: number };
    const kb = (bytes: number) => (bytes / 1000).toFixed(1).replace('.', ',');
    console.log(
      `${GUIDELINE_PAGE.name.padEnd(10)}  ${kb(guideline.page.gzipBytes).padStart(7)} kB  ${'–'.padEnd(6)}  ${String(t.medianTtiMs).padStart(6)} ms  ${String(t.medianFirstContentfulPaintMs).padStart(6)} ms` +
        `  (the editor's chunk: ${kb(guideline.editor.gzipBytes)} kB gzip of it, no budget)`,
    );
  }
  console.log(
    `load average at start ${loadAverageAtStart.join(' ')}, at end ${result.machine.loadAverageAtEnd.join(' ')}`,
  );
  console.log(`written: ${path.relative(REPO_ROOT, RESULTS_FILE)}`);
  if (Object.values(bundle).some((b) => b.gzipBytes > BUDGET_BYTES)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
