// Small process helpers shared by the start/test scripts and the Neo4j wrapper.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Environment for children with the repo's node_modules/.bin first on PATH, so `npx`, `nx` and
 * `node` resolve to the pinned Node 24 even when a script is started outside npm.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  return { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

export interface RunningCommand {
  child: ChildProcess;
  /** Resolves with the exit code; death by signal maps to 128 + signal number like a shell does. */
  exited: Promise<number>;
  /** Sends a signal to the command (to its whole process group if it has one of its own). */
  signal(sig: NodeJS.Signals): void;
}

export function runCommand(
  argv: string[],
  opts: { env?: NodeJS.ProcessEnv; ownGroup?: boolean; stdio?: StdioOptions } = {},
): RunningCommand {
  const [command, ...args] = argv;
  // A process group of its own means a terminal Ctrl+C reaches only us, and we decide the order in
  // which things stop (e.g. the API before Neo4j) instead of everything being hit at once.
  const ownGroup = opts.ownGroup ?? false;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: opts.env ?? childEnv(),
    stdio: opts.stdio ?? 'inherit',
    detached: ownGroup,
  });
  const exited = new Promise<number>((resolve) => {
    child.once('error', (err) => {
      console.error(`${command}: ${err.message}`);
      resolve(127);
    });
    child.once('exit', (code, sig) => resolve(code ?? 128 + (sig ? constants.signals[sig] : 0)));
  });
  const signal = (sig: NodeJS.Signals): void => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(ownGroup ? -child.pid : child.pid, sig);
    } catch {
      // Already gone.
    }
  };
  return { child, exited, signal };
}

/** Installs SIGINT/SIGTERM/SIGHUP handlers (replacing Node's default exit) and returns a remover. */
export function onTerminationSignals(handler: (sig: NodeJS.Signals) => void): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of signals) process.on(sig, handler);
  return () => {
    for (const sig of signals) process.off(sig, handler);
  };
}

/** e.g. ("bereit nach", "ready after", 12345) -> "bereit nach 12,3 s / ready after 12.3 s". */
export function bilingualSeconds(de: string, en: string, ms: number): string {
  const s = (ms / 1000).toFixed(1);
  return `${de} ${s.replace('.', ',')} s / ${en} ${s} s`;
}
