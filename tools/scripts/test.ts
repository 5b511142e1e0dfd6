// `npm test`: every check in order, stopping at the first failure. The integration and e2e suites
// share ONE embedded Neo4j on a fresh test store (or the server NEO4J_URI points to).
// The last line is always "tests: N passed, N failed" (test counts; a failed step counts as a failure), which CI reads.
import { rmSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import {
  REPO_ROOT,
  childEnv,
  onTerminationSignals,
  runCommand,
  signalExitCode,
  type RunningCommand,
} from './proc.ts';
import { clearTestResults, tallyTestResults } from './test-results.ts';

const TEST_DATA_DIR = path.join(REPO_ROOT, 'data/neo4j-test');
// Nx's daemon and cloud would outlive or slow down a one-shot run; its terminal UI needs a person.
const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

interface Step {
  name: string;
  run: () => Promise<number>;
}

let current: RunningCommand | undefined;
let embedded: EmbeddedNeo4j | undefined;
let neo4jUri = process.env.NEO4J_URI;
let interrupted: NodeJS.Signals | undefined;

function command(argv: string[], extraEnv: Record<string, string> = {}): () => Promise<number> {
  return () => {
    current = runCommand(argv, childEnv({ ...NX_ENV, ...extraEnv }));
    return current.exited;
  };
}

const steps: Step[] = [
  { name: 'format (prettier --check)', run: command(['npx', 'prettier', '--check', '.']) },
  {
    name: 'lint + typecheck',
    run: command(['npx', 'nx', 'run-many', '-t', 'lint', 'typecheck', '--outputStyle=stream']),
  },
  { name: 'unit tests', run: command(['npx', 'nx', 'run-many', '-t', 'test', '--outputStyle=stream']) },
  {
    name: 'tool tests (node:test)',
    run: command([
      'node',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=tmp/test-results/tools.tap',
      'tools/**/*.test.ts',
    ]),
  },
  {
    name: neo4jUri ? 'Neo4j (NEO4J_URI)' : 'Neo4j (embedded, fresh data/neo4j-test)',
    run: async () => {
      if (neo4jUri) return checkExternalNeo4j(neo4jUri);
      rmSync(TEST_DATA_DIR, { recursive: true, force: true });
      // Any free port unless one is asked for, so a running `npm start` (7687) is no obstacle.
      const port = process.env.NEO4J_EMBEDDED_PORT ? undefined : 0;
      embedded = await startEmbeddedNeo4j({ dataDir: TEST_DATA_DIR, port });
      neo4jUri = embedded.uri;
      return 0;
    },
  },
  {
    name: 'integration + e2e tests',
    run: () =>
      command(['npx', 'nx', 'run-many', '-t', 'integration', 'e2e', '--parallel=1', '--outputStyle=stream'], {
        NEO4J_URI: neo4jUri ?? '',
      })(),
  },
];

async function checkExternalNeo4j(uri: string): Promise<number> {
  const auth = neo4j.auth.basic(process.env.NEO4J_USERNAME || 'neo4j', process.env.NEO4J_PASSWORD || '');
  const driver = neo4j.driver(uri, auth);
  try {
    const info = await driver.getServerInfo();
    console.log(`${info.agent} on ${uri}`);
    return 0;
  } finally {
    await driver.close();
  }
}

async function main(): Promise<number> {
  onTerminationSignals((sig) => {
    interrupted ??= sig;
    current?.signal(sig);
  });

  clearTestResults();
  const results: { name: string; ok: boolean; ms: number; detail: string }[] = [];
  for (const step of steps) {
    if (interrupted) break;
    console.log(`\n=== ${step.name} ===`);
    const startedAt = Date.now();
    let code: number;
    let detail = '';
    try {
      code = await step.run();
    } catch (err) {
      code = 1;
      detail = err instanceof Error ? err.message : String(err);
      console.error(detail);
    }
    current = undefined;
    results.push({
      name: step.name,
      ok: code === 0,
      ms: Date.now() - startedAt,
      detail: detail || `exit ${code}`,
    });
    if (code !== 0) break;
  }
  await embedded?.stop();

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log('\n=== Zusammenfassung / summary ===');
  for (const r of results) {
    const status = r.ok ? 'ok  ' : 'FAIL';
    console.log(`${status} ${r.name} (${(r.ms / 1000).toFixed(1)} s)${r.ok ? '' : `: ${r.detail}`}`);
  }
  for (const step of steps.slice(results.length)) console.log(`--   ${step.name} (nicht gelaufen / not run)`);
  if (interrupted) console.log(`abgebrochen / interrupted (${interrupted})`);
  console.log(`steps: ${passed} passed, ${failed} failed`);
  // The closing line counts tests, as reported by every runner that ran (jest JSON, node:test TAP).
  const tests = tallyTestResults();
  const skipped = tests.skipped > 0 ? `, ${tests.skipped} skipped` : '';
  console.log(
    `tests: ${tests.passed} passed, ${tests.failed + (failed > 0 && tests.failed === 0 ? 1 : 0)} failed${skipped}`,
  );
  if (interrupted) return signalExitCode(interrupted);
  return failed === 0 && results.length === steps.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
