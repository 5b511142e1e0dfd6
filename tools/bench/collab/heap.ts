// The heap of a server process after a full GC, and how many objects of some classes live in it: the
// process is started with --heapsnapshot-signal=SIGWINCH and --diagnostic-dir, sent SIGWINCH, and the
// snapshot it writes (V8 collects garbage first) is read back and deleted. Not SIGUSR2: Nest's shutdown
// hooks stop the API on it.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { sleep } from '../../faults/ports.ts';

export interface HeapCount {
  /** Sum of every live object's own size, after GC (bytes). */
  heapBytes: number;
  /** Live objects per class name asked for. */
  instances: Record<string, number>;
}

export function heapSnapshotArgs(dir: string): string[] {
  return ['--heapsnapshot-signal=SIGWINCH', `--diagnostic-dir=${dir}`];
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function heapCount(pid: number, dir: string, classes: string[]): Promise<HeapCount> {
  const before = new Set(readdirSync(dir));
  process.kill(pid, 'SIGWINCH');
  // The process writes the file while it is blocked; it is complete once its size stops changing.
  const deadline = Date.now() + 180_000;
  let file: string | undefined;
  let lastSize = -1;
  let stableSince = 0;
  while (Date.now() < deadline) {
    await sleep(250);
    file ??= readdirSync(dir).find((name) => name.endsWith('.heapsnapshot') && !before.has(name));
    if (!file) continue;
    const size = statSync(path.join(dir, file)).size;
    if (size !== lastSize) {
      lastSize = size;
      stableSince = Date.now();
    } else if (size > 0 && Date.now() - stableSince > 1_000) break;
  }
  if (!file) throw new Error(`process ${pid} wrote no heap snapshot to ${dir}`);
  const full = path.join(dir, file);
  let snapshot: Snapshot | undefined;
  // A writer starved of CPU may pause longer than the second above: read again until the JSON is whole.
  while (!snapshot) {
    if (!alive(pid)) throw new Error(`process ${pid} ended while writing its heap snapshot`);
    try {
      snapshot = JSON.parse(readFileSync(full, 'utf8')) as Snapshot;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(1_000);
    }
  }
  rmSync(full);
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const objectType = types.indexOf('object');
  const wanted = new Map(classes.map((name) => [name, 0]));
  let heapBytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    heapBytes += snapshot.nodes[i + sizeAt];
    if (snapshot.nodes[i + typeAt] !== objectType) continue;
    const name = snapshot.strings[snapshot.nodes[i + nameAt]];
    const count = wanted.get(name);
    if (count !== undefined) wanted.set(name, count + 1);
  }
  if (!alive(pid)) throw new Error(`process ${pid} ended after writing its heap snapshot`);
  return { heapBytes, instances: Object.fromEntries(wanted) };
}
