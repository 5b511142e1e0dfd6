// The benchmark's data: the synthetic generator's actors, generated only when missing, and the
// query parameters picked from that data (deterministically, so runs are comparable).
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { runStep } from './process.ts';

export interface Ref {
  id: string;
  key: string;
}

export interface BenchParameters {
  /** Query 1: an actor working in two action fields (a typical one: the generator gives 1–5). */
  fieldsActorId: string;
  /** Query 3: an actor carrying solution approaches whose challenges other actors also work on. */
  sharingActorId: string;
  /** Query 2: the action field with most actors and as few regions as give 50 full pages. */
  field: Ref;
  regions: Ref[];
  /** All action fields, in process-chain order (query 4 per field). */
  allFields: Ref[];
  filteredCount: number;
  /** Query 5: two words of an actor's name, as a person would type them. */
  phrase: string;
}

export function benchDriver(uri: string): Driver {
  return neo4j.driver(uri, undefined, {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}

async function read<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await driver.executeQuery(cypher, params, { routing: 'READ' });
  return result.records.map((record) => record.toObject() as T);
}

export async function countSyntheticActors(driver: Driver): Promise<number> {
  const [row] = await read<{ n: number }>(driver, 'MATCH (a:Actor:Synthetic) RETURN count(a) AS n');
  return row?.n ?? 0;
}

/**
 * Runs the project's synthetic generator when the database has no synthetic data. A database with
 * another number of synthetic actors is refused: the generator adds none to existing synthetic data,
 * and a run would otherwise be filed under a size it was not measured at (each size has its own
 * data directory by default).
 */
export async function ensureSyntheticData(
  driver: Driver,
  uri: string,
  actors: number,
  apiDir: string,
): Promise<{ generated: boolean }> {
  const existing = await countSyntheticActors(driver);
  if (existing === actors) return { generated: false };
  if (existing > 0) {
    throw new Error(
      `the database holds ${existing} synthetic actors, not ${actors}: use the size's own --data-dir (default data/bench-neo4j-<actors>)`,
    );
  }
  console.log(`generating synthetic data: ${actors} actors (found ${existing}) ...`);
  // The API's CLI from the build the benchmark runs (`npm run seed:synthetic` would build again).
  await runStep(
    'generating the synthetic data',
    [process.execPath, path.join(apiDir, 'cli.js'), 'seed:synthetic', '--actors', String(actors)],
    { NODE_ENV: 'production', NEO4J_URI: uri },
  );
  const after = await countSyntheticActors(driver);
  if (after < actors)
    throw new Error(`the synthetic generator left ${after} synthetic actors, ${actors} were asked for`);
  return { generated: true };
}

export async function datasetSize(driver: Driver): Promise<Record<string, number>> {
  const [row] = await read<Record<string, number>>(
    driver,
    `CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
     CALL () { MATCH (n:Person) RETURN count(n) AS persons }
     CALL () { MATCH (n:Challenge) RETURN count(n) AS challenges }
     CALL () { MATCH (n:SolutionApproach) RETURN count(n) AS solutionApproaches }
     CALL () { MATCH (n:GoodPractice) RETURN count(n) AS goodPractices }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN actors, persons, challenges, solutionApproaches, goodPractices, relationships`,
  );
  return row;
}

export async function chooseParameters(driver: Driver, minFiltered: number): Promise<BenchParameters> {
  const [fieldsActor] = await read<{ id: string; name: string }>(
    driver,
    `MATCH (a:Actor:Synthetic)
     WHERE COUNT { (a)-[:WORKS_IN]->(:ActionField) } = 2
       AND EXISTS { (a)-[:WORKS_IN]->(:ActionField)<-[:IN_FIELD]-(:Challenge)<-[:ADDRESSES]-(:SolutionApproach) }
     RETURN a.id AS id, a.name AS name ORDER BY a.sortKey, a.id LIMIT 1`,
  );
  const [sharingActor] = await read<{ id: string }>(
    driver,
    `MATCH (a:Actor:Synthetic)
     WHERE COUNT { (a)-[:CARRIES]->(:SolutionApproach) } >= 2
       AND EXISTS { (a)-[:CARRIES]->(:SolutionApproach)-[:ADDRESSES]->(:Challenge)<-[:ADDRESSES]-(:SolutionApproach)<-[:CARRIES]-(o:Actor) WHERE o <> a }
     RETURN a.id AS id ORDER BY a.sortKey, a.id LIMIT 1`,
  );
  const [field] = await read<{ field: Ref }>(
    driver,
    `MATCH (f:ActionField)
     RETURN f {.id, .key} AS field ORDER BY COUNT { (f)<-[:WORKS_IN]-(:Actor) } DESC, f.key LIMIT 1`,
  );
  if (!fieldsActor || !sharingActor || !field) {
    throw new Error(
      'the data lacks actors with two action fields, or actors carrying shared solution approaches',
    );
  }
  // Regions by their number of actors in that field, added until 50 pages are full.
  const regionCounts = await read<{ region: Ref }>(
    driver,
    `MATCH (f:ActionField {id: $fieldId})<-[:WORKS_IN]-(a:Actor)-[:ACTIVE_IN]->(r:Region)
     WITH r, count(a) AS n ORDER BY n DESC, r.key
     RETURN r {.id, .key} AS region`,
    { fieldId: field.field.id },
  );
  const regions: Ref[] = [];
  let filteredCount = 0;
  for (const { region } of regionCounts) {
    regions.push(region);
    const [row] = await read<{ n: number }>(
      driver,
      `MATCH (a:Actor)-[:WORKS_IN]->(:ActionField {id: $fieldId})
       WHERE EXISTS { (a)-[:ACTIVE_IN]->(r:Region) WHERE r.id IN $regionIds }
       RETURN count(a) AS n`,
      { fieldId: field.field.id, regionIds: regions.map((r) => r.id) },
    );
    filteredCount = row.n;
    if (filteredCount >= minFiltered) break;
  }
  if (filteredCount < minFiltered) {
    throw new Error(`no action field has ${minFiltered} actors with regions; generate more with --actors`);
  }
  // "Agentur Integration Magdeburg 000123 (synthetisch)": the topic and the place.
  const words = fieldsActor.name.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w));
  const phrase = words.slice(1, 3).join(' ') || words[0];
  if (!phrase) throw new Error(`no words to search for in the actor name "${fieldsActor.name}"`);
  const allFields = await read<{ field: Ref }>(
    driver,
    'MATCH (f:ActionField) RETURN f {.id, .key} AS field ORDER BY f.position',
  );
  return {
    allFields: allFields.map((row) => row.field),
    fieldsActorId: fieldsActor.id,
    sharingActorId: sharingActor.id,
    field: field.field,
    regions,
    filteredCount,
    phrase,
  };
}

export async function neo4jVersion(driver: Driver): Promise<string> {
  const [row] = await read<{ version: string; edition: string }>(
    driver,
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  return `${row.version} ${row.edition}`;
}
