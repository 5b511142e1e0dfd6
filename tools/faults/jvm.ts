// Finds the embedded Neo4j's JVM among our own children, so it can be killed with SIGKILL by its pid.
// startEmbeddedNeo4j hides the process; this looks for the one child of this script whose command line
// is the launcher with our data directory, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';

const MAIN_CLASS = 'org.netzwerkstatt.neo4j.EmbeddedNeo4j';

export function findNeo4jJvm(dataDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.includes(MAIN_CLASS) && argv.includes(dataDir)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
