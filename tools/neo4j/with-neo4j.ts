// Runs a command with a Neo4j available under NEO4J_URI.
//
//   node tools/neo4j/with-neo4j.ts [--data-dir DIR] [--fresh] -- <command...>
//
// With NEO4J_URI already set the command just runs against that server. Otherwise an embedded
// Neo4j is started for the command's lifetime (data dir: --data-dir, else NEO4J_DATA_DIR, else
// data/neo4j; --fresh wipes it first; port: NEO4J_EMBEDDED_PORT, else a free one) and stopped
// cleanly afterwards. Exits with the command's code.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { childEnv, onTerminationSignals, runCommand, signalExitCode } from '../scripts/proc.ts';
import { REPO_ROOT, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.ts';

const USAGE = 'usage: node tools/neo4j/with-neo4j.ts [--data-dir DIR] [--fresh] -- <command...>';

function parseArgs(argv: string[]): { dataDir?: string; fresh: boolean; command: string[] } {
  let dataDir: string | undefined;
  let fresh = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      i++;
      break;
    } else if (arg === '--fresh') fresh = true;
    else if (arg === '--data-dir' && i + 1 < argv.length) dataDir = argv[++i];
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}; ${USAGE}`);
    else break;
  }
  const command = argv.slice(i);
  if (command.length === 0) throw new Error(USAGE);
  return { dataDir, fresh, command };
}

async function main(): Promise<number> {
  const { dataDir: dataDirArg, fresh, command } = parseArgs(process.argv.slice(2));

  if (process.env.NEO4J_URI) {
    return runWithSignals(command, process.env);
  }

  const dataDir = path.resolve(
    dataDirArg ?? (process.env.NEO4J_DATA_DIR || path.join(REPO_ROOT, 'data/neo4j')),
  );
  if (fresh) {
    // Wiping is meant for test stores; the development store must be named explicitly to go.
    if (!dataDirArg && !process.env.NEO4J_DATA_DIR) {
      throw new Error(
        '--fresh needs --data-dir or NEO4J_DATA_DIR, so the development data in data/neo4j is never wiped by accident',
      );
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  // Until the command runs, a Ctrl+C just ends us; the JVM notices its closed stdin and shuts down cleanly.
  const removeEarlyHandler = onTerminationSignals((sig) => process.exit(signalExitCode(sig)));
  let neo4j: EmbeddedNeo4j;
  try {
    // Nobody needs to know the port but the command, so any free one avoids clashing with `npm start`.
    neo4j = await startEmbeddedNeo4j({ dataDir, port: process.env.NEO4J_EMBEDDED_PORT ? undefined : 0 });
  } finally {
    removeEarlyHandler();
  }
  try {
    return await runWithSignals(command, childEnv({ NEO4J_URI: neo4j.uri }));
  } finally {
    await neo4j.stop();
  }
}

function runWithSignals(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const running = runCommand(command, env);
  // Stays installed after the command ends, so a late Ctrl+C cannot cut Neo4j's stop short.
  onTerminationSignals((sig) => running.signal(sig));
  return running.exited;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
