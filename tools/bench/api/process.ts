// Child processes of the benchmark, each in its own process group so stopping one stops its children.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The environment with the repo's node_modules/.bin first on PATH, so `node` and `npx` are the pinned ones. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  return { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

export interface Child {
  child: ChildProcess;
  /** The exit code; death by a signal as 128 + its number, like a shell. */
  exited: Promise<number>;
  /** Signals the whole process group. */
  signal(sig: NodeJS.Signals): void;
  /** SIGTERM (or `sig`), then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(sig?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export function startChild(
  argv: string[],
  opts: { env?: Record<string, string>; stdio?: StdioOptions } = {},
): Child {
  const [command, ...args] = argv;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: childEnv(opts.env),
    stdio: opts.stdio ?? 'inherit',
    detached: true,
  });
  let done = false;
  const exited = new Promise<number>((resolve) => {
    child.once('error', (err) => {
      console.error(`${command}: ${err.message}`);
      done = true;
      resolve(127);
    });
    child.once('exit', (code, sig) => {
      done = true;
      resolve(code ?? 128 + (sig ? constants.signals[sig] : 0));
    });
  });
  const signal = (sig: NodeJS.Signals): void => {
    if (done || child.pid === undefined) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  // A group of its own would outlive us if this script ended abruptly.
  const onExit = (): void => signal('SIGKILL');
  process.once('exit', onExit);
  void exited.then(() => process.off('exit', onExit));
  const stop = async (sig: NodeJS.Signals = 'SIGTERM', graceMs = 20_000): Promise<void> => {
    if (done) return;
    signal(sig);
    const timer = setTimeout(() => signal('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, signal, stop };
}

/** Runs a command to completion with its output shown; throws with `what` when it fails. */
export async function runStep(what: string, argv: string[], env: Record<string, string> = {}): Promise<void> {
  const code = await startChild(argv, { env }).exited;
  if (code !== 0) throw new Error(`${what} failed (exit ${code}): ${argv.join(' ')}`);
}

/** Runs a command to completion and returns its output (stdout and stderr together). */
export async function capture(argv: string[], env: Record<string, string> = {}): Promise<string> {
  const run = startChild(argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  run.child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  run.child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await run.exited;
  if (code !== 0) throw new Error(`${argv.slice(1).join(' ')} failed (exit ${code}):\n${output}`);
  return output;
}
