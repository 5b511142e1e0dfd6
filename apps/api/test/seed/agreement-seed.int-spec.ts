import { ACTION_FIELDS, ACTOR_CATEGORIES, categoryPlacements } from '@netzwerkstatt/domain';
import { AgreementSeeder } from '../../src/seed/agreement/agreement.seeder.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { AGREEMENT_COUNTS, agreementCounts, readOne, write } from '../support/seed.js';

describe('the agreement seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const snapshot = () =>
    readOne<{ nodes: unknown[] }>(
      t,
      `MATCH (n) WHERE n:ActionField OR n:ActorCategory OR n:ActionGoal OR n:Region OR n:Agreement
       WITH n ORDER BY n.id
       RETURN collect(n { .*, labels: labels(n) }) AS nodes`,
    );

  it('has put exactly 9 fields, 19 categories, 48 placements, 6 goals, 14 regions and one agreement in place at start', async () => {
    expect(await agreementCounts(t)).toEqual(AGREEMENT_COUNTS);
  });

  it('chains the fields in process-chain order from position 1 to 9', async () => {
    const { keys } = await readOne<{ keys: string[] }>(
      t,
      `MATCH path = (first:ActionField {position: 1})-[:NEXT*8]->(:ActionField {position: 9})
       RETURN [f IN nodes(path) | f.key] AS keys`,
    );
    expect(keys).toEqual(ACTION_FIELDS.map((f) => f.key));
  });

  it('places the categories exactly as the annex does, in printed order', async () => {
    const { placements } = await readOne<{ placements: unknown[] }>(
      t,
      `MATCH (c:ActorCategory)-[p:PLACED_IN]->(f:ActionField)
       WITH c, p, f ORDER BY f.position, p.order
       RETURN collect({categoryKey: c.key, actionFieldKey: f.key, order: p.order}) AS placements`,
    );
    expect(placements).toEqual(categoryPlacements());
  });

  it('gives every seeded node an id, audit fields and, where it has a name, a German sort key', async () => {
    const missing = await readOne<{ count: number }>(
      t,
      `MATCH (n) WHERE (n:ActionField OR n:ActorCategory OR n:ActionGoal OR n:Region OR n:Agreement)
       AND (n.id IS NULL OR n.createdAt IS NULL OR n.updatedAt IS NULL OR n.createdBy <> 'system'
         OR (n.name IS NOT NULL AND n.sortKey IS NULL))
       RETURN count(n) AS count`,
    );
    expect(missing.count).toBe(0);
    const region = await readOne<{ sortKey: string }>(
      t,
      "MATCH (r:Region {key: 'dessau-rosslau'}) RETURN r.sortKey AS sortKey",
    );
    expect(region.sortKey).toBe('dessau-rosslau');
  });

  it('changes nothing when it runs again', async () => {
    const before = await snapshot();
    const counts = await t.app.get(AgreementSeeder).seed();
    expect(counts).toEqual({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await agreementCounts(t)).toEqual(AGREEMENT_COUNTS);
  });

  it('gives every category its English name from the annex', async () => {
    const { names } = await readOne<{ names: { key: string; nameEn: string }[] }>(
      t,
      `MATCH (c:ActorCategory) WITH c ORDER BY c.key RETURN collect(c { .key, .nameEn }) AS names`,
    );
    expect(names).toEqual(
      [...ACTOR_CATEGORIES]
        .map(({ key, nameEn }) => ({ key, nameEn }))
        .sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
  });

  it('adds the English name where a database seeded before it lacks one, and keeps a corrected one', async () => {
    const english = (key: string) =>
      readOne<{ nameEn: string | null; updatedAt: string }>(
        t,
        'MATCH (c:ActorCategory {key: $key}) RETURN c.nameEn AS nameEn, toString(c.updatedAt) AS updatedAt',
        { key },
      );
    const original = await english('bundesagentur');
    try {
      await write(t, "MATCH (c:ActorCategory) WHERE c.key IN ['bundesagentur', 'kausa'] REMOVE c.nameEn");
      await write(t, "MATCH (c:ActorCategory {key: 'iq-angebote'}) SET c.nameEn = 'IQ offers (corrected)'");
      const counts = await t.app.get(AgreementSeeder).seed();
      expect(counts).toEqual({ nodesCreated: 0, relationshipsCreated: 0 });
      expect(await english('bundesagentur')).toEqual(original);
      expect((await english('kausa')).nameEn).toBe(ACTOR_CATEGORIES.find((c) => c.key === 'kausa')?.nameEn);
      expect((await english('iq-angebote')).nameEn).toBe('IQ offers (corrected)');
    } finally {
      await write(t, "MATCH (c:ActorCategory {key: 'iq-angebote'}) SET c.nameEn = $nameEn", {
        nameEn: ACTOR_CATEGORIES.find((c) => c.key === 'iq-angebote')?.nameEn,
      });
    }
  });

  it('keeps a name someone corrected and restores a placement someone lost', async () => {
    const original = await readOne<{ name: string }>(
      t,
      "MATCH (r:Region {key: 'harz'}) RETURN r.name AS name",
    );
    try {
      await write(t, "MATCH (r:Region {key: 'harz'}) SET r.name = 'Landkreis Harz (korrigiert)'");
      await write(
        t,
        "MATCH (:ActorCategory {key: 'kausa'})-[p:PLACED_IN]->(:ActionField {key: 'ausbildungsmarkt'}) DELETE p",
      );
      const counts = await t.app.get(AgreementSeeder).seed();
      expect(counts).toEqual({ nodesCreated: 0, relationshipsCreated: 1 });
      const region = await readOne<{ name: string }>(
        t,
        "MATCH (r:Region {key: 'harz'}) RETURN r.name AS name",
      );
      expect(region.name).toBe('Landkreis Harz (korrigiert)');
      expect(await agreementCounts(t)).toEqual(AGREEMENT_COUNTS);
    } finally {
      await write(t, "MATCH (r:Region {key: 'harz'}) SET r.name = $name", { name: original.name });
    }
  });
});
