import { startTestApp, TestApp } from '../support/test-app.js';
import { createActor, ok, referenceIds, uniqueTag } from '../support/actors.js';

// The requirement: nested lists of a page must be fetched in batches, so the number of
// database round trips does not grow with the number of rows on the page.
const NESTED = `query ($first: Int!, $text: String!) {
  actors(first: $first, filter: { text: $text }) {
    totalCount
    edges { node {
      id name
      categories { id name }
      actionFields { id name position }
      regions { id name }
      persons { role person { id name actors { role actor { id name } } } }
    } }
  }
}`;

interface NestedActor {
  categories: unknown[];
  actionFields: unknown[];
  regions: unknown[];
  persons: { role: string; person: { actors: unknown[] } }[];
}

describe('round trips of a nested actors query', () => {
  let t: TestApp;
  let token: string;
  const tag = uniqueTag();

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    const ref = await referenceIds(t, token);
    const categories = Object.values(ref.categories);
    const fields = Object.values(ref.fields);
    const regions = Object.values(ref.regions);
    for (let i = 0; i < 30; i++) {
      const actor = await createActor(t, token, {
        name: `Akteur ${String(i).padStart(2, '0')} ${tag}`,
        categoryIds: [categories[i % categories.length], categories[(i + 5) % categories.length]],
        actionFieldIds: [fields[i % fields.length], fields[(i + 3) % fields.length]],
        regionIds: [regions[i % regions.length]],
      });
      for (const role of ['Leitung', 'Beratung']) {
        ok(
          await t.gql(
            'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
            { input: { name: `${role} ${i} ${tag}`, actorId: actor.id, role } },
            token,
          ),
        );
      }
    }
  });
  afterAll(() => t.close());

  async function roundTrips(first: number): Promise<{ queries: number; actors: NestedActor[] }> {
    const before = t.neo4j.queryCount;
    const data = ok(
      await t.gql<{ actors: { edges: { node: NestedActor }[] } }>(NESTED, { first, text: tag }, token),
    );
    return { queries: t.neo4j.queryCount - before, actors: data.actors.edges.map((edge) => edge.node) };
  }

  it('costs no more round trips for 30 actors than for 3', async () => {
    const small = await roundTrips(3);
    const large = await roundTrips(30);
    expect(small.actors).toHaveLength(3);
    expect(large.actors).toHaveLength(30);
    for (const actor of large.actors) {
      expect(actor.categories).toHaveLength(2);
      expect(actor.actionFields).toHaveLength(2);
      expect(actor.regions).toHaveLength(1);
      expect(actor.persons.map((contact) => contact.role).sort()).toEqual(['Beratung', 'Leitung']);
      for (const contact of actor.persons) expect(contact.person.actors).toHaveLength(1);
    }
    // The page with its count and the ids of each actor's categories, fields and regions; contacts;
    // their affiliations; those actors; and the reference lists when the server has not kept them from
    // an earlier request. Printed so a regression shows its size.
    console.log(`round trips: first 3 → ${small.queries}, first 30 → ${large.queries}`);
    expect(large.queries).toBeLessThanOrEqual(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
  });
});
