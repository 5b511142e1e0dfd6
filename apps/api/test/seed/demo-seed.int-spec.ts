import { randomUUID } from 'node:crypto';
import { removeDemo, seedDemo } from '../../src/seed/seed.commands.js';
import { DemoSeeder } from '../../src/seed/demo/demo.seeder.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { AGREEMENT_COUNTS, agreementCounts, readOne, write } from '../support/seed.js';

const DEMO_COUNTS = `RETURN COUNT { (:Demo) } AS demo, COUNT { (:Actor:Demo) } AS actors, COUNT { (:Person:Demo) } AS persons,
  COUNT { (:Challenge:Demo) } AS challenges, COUNT { (:SolutionApproach:Demo) } AS solutions,
  COUNT { (:GoodPractice:Demo) } AS goodPractices, COUNT { (:Demo)-[]-() } AS relationships`;

describe('the demo dataset', () => {
  let t: TestApp;
  const outsiderId = randomUUID();
  let demoIds: string[] = [];
  const currentDemoIds = async () =>
    (await readOne<{ ids: string[] }>(t, 'MATCH (n:Demo) WITH n ORDER BY n.id RETURN collect(n.id) AS ids'))
      .ids;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app);
  });
  afterAll(async () => {
    await write(t, 'MATCH (n:Actor {id: $id}) DETACH DELETE n', { id: outsiderId });
    await t.close();
  });

  it('seeds plausible examples: ≥ 40 actors in all 9 fields and 14 regions, ≥ 20 challenge → solution pairs', async () => {
    const counts = await readOne<Record<string, number>>(t, DEMO_COUNTS);
    expect(counts.actors).toBeGreaterThanOrEqual(40);
    expect(counts.challenges).toBeGreaterThanOrEqual(20);
    expect(counts.solutions).toBeGreaterThanOrEqual(20);
    expect(counts.goodPractices).toBeGreaterThan(0);
    const coverage = await readOne<Record<string, number>>(
      t,
      `RETURN COUNT { MATCH (f:ActionField) WHERE EXISTS { (:Actor:Demo)-[:WORKS_IN]->(f) } } AS fields,
         COUNT { MATCH (r:Region) WHERE EXISTS { (:Actor:Demo)-[:ACTIVE_IN]->(r) } } AS regions,
         COUNT { MATCH (f:ActionField) WHERE EXISTS { (:SolutionApproach:Demo)-[:ADDRESSES]->(:Challenge:Demo)-[:IN_FIELD]->(f) } } AS fieldsWithPairs,
         COUNT { MATCH (a:Actor:Demo {statewide: true}) } AS statewide,
         COUNT { MATCH (a:Actor:Demo) WHERE NOT EXISTS { (a)-[:IN_CATEGORY]->(:ActorCategory) } } AS withoutCategory,
         COUNT { MATCH (s:SolutionApproach:Demo) WHERE NOT EXISTS { (:Actor)-[:CARRIES]->(s) } } AS uncarried,
         COUNT { MATCH (g:GoodPractice:Demo) WHERE NOT EXISTS { (g)-[:EVIDENCES]->(:SolutionApproach) } } AS unevidencing,
         COUNT { MATCH (p:Person:Demo) WHERE NOT EXISTS { (p)-[:WORKS_FOR]->(:Actor) } } AS unemployed`,
    );
    expect(coverage).toEqual({
      fields: 9,
      regions: 14,
      fieldsWithPairs: 9,
      statewide: expect.any(Number),
      withoutCategory: 0,
      uncarried: 0,
      unevidencing: 0,
      unemployed: 0,
    });
    expect(coverage.statewide).toBeGreaterThan(0);
  });

  it('marks every demo node as an example, with audit fields and a sort key', async () => {
    const unmarked = await readOne<{ count: number }>(
      t,
      `MATCH (n:Demo)
       WHERE NOT coalesce(n.name, n.title) CONTAINS 'Beispiel' AND NOT n:Person
          OR n.createdBy <> 'demo' OR n.createdAt IS NULL OR n.sortKey IS NULL OR n.id IS NULL
       RETURN count(n) AS count`,
    );
    expect(unmarked.count).toBe(0);
    const strayDemo = await readOne<{ count: number }>(
      t,
      "MATCH (n) WHERE n.createdBy = 'demo' AND NOT n:Demo RETURN count(n) AS count",
    );
    expect(strayDemo.count).toBe(0);
    const mailboxes = await readOne<{ emails: string[] }>(
      t,
      'MATCH (p:Person:Demo) RETURN collect(p.email) AS emails',
    );
    for (const email of mailboxes.emails) expect(email).toMatch(/^[a-z-]+@[a-z0-9-]+\.example\.org$/);
  });

  it('creates nothing new when seeded twice and keeps what people changed', async () => {
    const before = await readOne<Record<string, number>>(t, DEMO_COUNTS);
    const { id } = await readOne<{ id: string }>(
      t,
      'MATCH (a:Actor:Demo) RETURN a.id AS id ORDER BY a.sortKey LIMIT 1',
    );
    await write(t, "MATCH (a:Actor {id: $id}) SET a.name = 'Umbenanntes Beispiel'", { id });

    const counts = await t.app.get(DemoSeeder).seed();
    expect(counts).toEqual({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await readOne(t, DEMO_COUNTS)).toEqual(before);
    expect(await readOne(t, 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id })).toEqual({
      name: 'Umbenanntes Beispiel',
    });
  });

  it('removes exactly the demo nodes, leaving the agreement and nodes people added', async () => {
    // Someone's own actor that carries a demo solution approach: it must survive, without the link.
    await write(
      t,
      `CREATE (a:Actor {id: $id, name: 'Eigener Akteur', sortKey: 'eigener akteur', statewide: false})
       WITH a MATCH (s:SolutionApproach:Demo) WITH a, s LIMIT 1 CREATE (a)-[:CARRIES]->(s)`,
      { id: outsiderId },
    );
    demoIds = await currentDemoIds();
    const message = await removeDemo(t.app);
    expect(message).toMatch(/\d+ Knoten/);

    expect(await readOne(t, 'RETURN COUNT { (:Demo) } AS demo')).toEqual({ demo: 0 });
    expect(await agreementCounts(t)).toEqual(AGREEMENT_COUNTS);
    expect(
      await readOne(t, 'MATCH (a:Actor {id: $id}) RETURN a.name AS name, COUNT { (a)--() } AS links', {
        id: outsiderId,
      }),
    ).toEqual({
      name: 'Eigener Akteur',
      links: 0,
    });
  });

  it('can be seeded again after removal, with the same ids', async () => {
    await seedDemo(t.app);
    expect(demoIds.length).toBeGreaterThan(100);
    expect(await currentDemoIds()).toEqual(demoIds);
  });
});
