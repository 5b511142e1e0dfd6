import { TestApp } from './test-app.js';

/** Runs one read statement and returns the first record as plain numbers/strings. */
export async function readOne<T = Record<string, unknown>>(
  t: TestApp,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  return t.neo4j.read(async (tx) => {
    const result = await tx.run(cypher, params);
    return (result.records[0]?.toObject() ?? {}) as T;
  });
}

export async function write(t: TestApp, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  await t.neo4j.write((tx) => tx.run(cypher, params));
}

/** The agreement's nodes and relationships, counted; the numbers the seed must produce exactly. */
export async function agreementCounts(t: TestApp) {
  return readOne<Record<string, number>>(
    t,
    `RETURN COUNT { (:ActionField) } AS fields, COUNT { (:ActorCategory) } AS categories,
       COUNT { (:ActorCategory)-[:PLACED_IN]->(:ActionField) } AS placements, COUNT { (:ActionGoal) } AS goals,
       COUNT { (:Region) } AS regions, COUNT { (:Agreement) } AS agreements,
       COUNT { (:ActionField)-[:NEXT]->(:ActionField) } AS chainLinks`,
  );
}

export const AGREEMENT_COUNTS = {
  fields: 9,
  categories: 19,
  placements: 48,
  goals: 6,
  regions: 14,
  agreements: 1,
  chainLinks: 8,
};
