// Small process helpers shared by the start/test scripts and the Neo4j wrapper.
import { spawn, type ChildProcess } from 'node:child_process';
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
  /** Sends a signal to the command's whole process group (it may have started children). */
  signal(sig: NodeJS.Signals): void;
}

/**
 * Runs a command with inherited stdio in a process group of its own. That way a terminal Ctrl+C
 * reaches only our script, which passes it on exactly once and decides the order in which things
 * stop (e.g. the API before Neo4j) instead of everything being hit at the same moment.
 */
export function runCommand(argv: string[], env: NodeJS.ProcessEnv = childEnv()): RunningCommand {
  const [command, ...args] = argv;
  const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: 'inherit', detached: true });
  const exited = new Promise<number>((resolve) => {
    child.once('error', (err) => {
      console.error(`${command}: ${err.message}`);
      resolve(127);
    });
    child.once('exit', (code, sig) => resolve(code ?? (sig ? signalExitCode(sig) : 1)));
  });
  const signal = (sig: NodeJS.Signals): void => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      // Already gone.
    }
  };
  // Outside our process group the command would outlive us if this script ended abruptly.
  const cleanup = (): void => signal('SIGTERM');
  process.once('exit', cleanup);
  void exited.then(() => process.off('exit', cleanup));
  return { child, exited, signal };
}

/**
 * Installs SIGINT/SIGTERM/SIGHUP handlers (replacing Node's default exit) and returns a remover.
 * The handler runs once per kind of signal: under `npm start` a Ctrl+C arrives twice (from the
 * terminal and forwarded by npm), and passing both on would make children skip a graceful shutdown.
 */
export function onTerminationSignals(handler: (sig: NodeJS.Signals) => void): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const seen = new Set<NodeJS.Signals>();
  const listener = (sig: NodeJS.Signals): void => {
    if (seen.has(sig)) return;
    seen.add(sig);
    handler(sig);
  };
  for (const sig of signals) process.on(sig, listener);
  return () => {
    for (const sig of signals) process.off(sig, listener);
  };
}

/** Exit code a shell reports for death by this signal (130 for SIGINT). */
export function signalExitCode(sig: NodeJS.Signals): number {
  return 128 + constants.signals[sig];
}

/** e.g. ("bereit nach", "ready after", 12345) -> "bereit nach 12,3 s / ready after 12.3 s". */
export function bilingualSeconds(de: string, en: string, ms: number): string {
  const s = (ms / 1000).toFixed(1);
  return `${de} ${s.replace('.', ',')} s / ${en} ${s} s`;
}
