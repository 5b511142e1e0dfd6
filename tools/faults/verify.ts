// The check after each cycle, straight from Neo4j: every acknowledged create is there under its id, and
// no logical create left more than one challenge (same id, or same title: each create's title is unique)
// or more than one "create" entry in the history.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Create } from './stream.ts';

export interface Verdict {
  /** Acknowledged creates found under their id. */
  present: number;
  /** Acknowledged creates not found under their id: lost. */
  missing: string[];
  /** Nodes beyond one per logical create, by id or by title, plus nodes with the prefix that match no create. */
  duplicates: number;
  duplicateTitles: string[];
  /** Creates never acknowledged that are stored nevertheless (allowed: their answer was lost for good). */
  unacknowledgedPresent: number;
  /** "create" history entries beyond one per stored create, and stored creates without one. */
  historyExtra: number;
  historyMissing: number;
}

export function verifyDriver(uri: string): Driver {
  const user = process.env.NEO4J_USERNAME || 'neo4j';
  const password = process.env.NEO4J_PASSWORD;
  return neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
    disableLosslessIntegers: true,
  });
}

/** `prefix`: the start of every title of `creates` (nodes with it that match no create count as duplicates). */
export async function verify(driver: Driver, prefix: string, creates: Create[]): Promise<Verdict> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE || undefined });
  try {
    const nodes = await session.executeRead(async (tx) => {
      const result = await tx.run(
        `MATCH (n:Challenge|Trashed) WHERE n.title STARTS WITH $prefix RETURN n.id AS id, n.title AS title`,
        { prefix },
      );
      return result.records.map((r) => ({ id: r.get('id') as string, title: r.get('title') as string }));
    });
    const history = await session.executeRead(async (tx) => {
      const result = await tx.run(
        `MATCH (c:Change {action: 'create', entityType: 'Challenge'}) WHERE c.entityId IN $ids
         RETURN c.entityId AS id, count(*) AS entries`,
        { ids: creates.map((c) => c.id) },
      );
      return new Map(result.records.map((r) => [r.get('id') as string, r.get('entries') as number]));
    });
    return judge(creates, nodes, history);
  } finally {
    await session.close();
  }
}

function judge(
  creates: Create[],
  nodes: { id: string; title: string }[],
  history: Map<string, number>,
): Verdict {
  const byId = new Map(creates.map((c) => [c.id, c]));
  const byTitle = new Map(creates.map((c) => [c.title, c]));
  const stored = new Map<Create, { id: string; title: string }[]>();
  let strays = 0;
  for (const node of nodes) {
    const create = byId.get(node.id) ?? byTitle.get(node.title);
    if (!create) strays += 1;
    else stored.set(create, [...(stored.get(create) ?? []), node]);
  }
  const verdict: Verdict = {
    present: 0,
    missing: [],
    duplicates: strays,
    duplicateTitles: [],
    unacknowledgedPresent: 0,
    historyExtra: 0,
    historyMissing: 0,
  };
  for (const create of creates) {
    const found = stored.get(create) ?? [];
    const underId = found.some((node) => node.id === create.id);
    if (create.acknowledged) {
      if (underId) verdict.present += 1;
      else verdict.missing.push(create.id);
    } else if (found.length > 0) verdict.unacknowledgedPresent += 1;
    if (found.length > 1) {
      verdict.duplicates += found.length - 1;
      verdict.duplicateTitles.push(create.title);
    }
    const entries = history.get(create.id) ?? 0;
    verdict.historyExtra += Math.max(0, entries - 1);
    if (underId && entries === 0) verdict.historyMissing += 1;
  }
  return verdict;
}
