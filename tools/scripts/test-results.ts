// Tallies the test counts the runners wrote to tmp/test-results/: jest's JSON (`--json --outputFile`)
// and node:test's TAP summary (`# pass N` / `# fail N`), so `npm test` can close on real test counts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './proc.ts';

export const TEST_RESULTS_DIR = path.join(REPO_ROOT, 'tmp/test-results');

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  files: number;
}

export function clearTestResults(): void {
  rmSync(TEST_RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(TEST_RESULTS_DIR, { recursive: true });
}

function fromJest(text: string): Tally {
  const report = JSON.parse(text) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests?: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    files: 1,
  };
}

function fromTap(text: string): Tally {
  const count = (name: string): number => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return {
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skipped') + count('todo'),
    files: 1,
  };
}

export function tallyTestResults(): Tally {
  const total: Tally = { passed: 0, failed: 0, skipped: 0, files: 0 };
  if (!existsSync(TEST_RESULTS_DIR)) return total;
  for (const name of readdirSync(TEST_RESULTS_DIR)) {
    const text = readFileSync(path.join(TEST_RESULTS_DIR, name), 'utf8');
    const tally = name.endsWith('.json') ? fromJest(text) : name.endsWith('.tap') ? fromTap(text) : null;
    if (!tally) continue;
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
    total.files += 1;
  }
  return total;
}
