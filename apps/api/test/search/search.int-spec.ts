import { startTestApp, TestApp } from '../support/test-app.js';
import { createActor, errorOf, INJECTION, ok, uniqueTag } from '../support/actors.js';

const SEARCH = `query ($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { id type title snippet score }
}`;

interface Hit {
  id: string;
  type: string;
  title: string;
  snippet: string | null;
  score: number;
}

describe('search across the graph', () => {
  let t: TestApp;
  let token: string;
  const tag = uniqueTag();
  let counselling: { id: string };
  let chamber: { id: string };
  let person: { id: string };

  async function search(text: string, extra: Record<string, unknown> = {}): Promise<Hit[]> {
    return ok(await t.gql<{ search: Hit[] }>(SEARCH, { text, ...extra }, token)).search;
  }

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    const filler = 'Die Stelle berät Betriebe und Zugewanderte in allen Fragen des Ankommens. '.repeat(4);
    counselling = await createActor(t, token, {
      name: `Anerkennungsberatung ${tag}`,
      description: `${filler}Schwerpunkt sind Pflegekräfte aus Köln und Übersee, C++-Entwickler eingeschlossen.`,
    });
    chamber = await createActor(t, token, {
      name: `Ärztekammer ${tag}`,
      description: 'Approbation und Berufserlaubnis',
    });
    person = ok(
      await t.gql<{ createPerson: { id: string } }>(
        'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
        { input: { name: `Greta ${tag}`, function: 'Beraterin Anerkennung', actorId: counselling.id } },
        token,
      ),
    ).createPerson;
  });
  afterAll(() => t.close());

  it('finds every kind of thing by a word, with type, title, snippet and score, best first', async () => {
    const hits = await search(tag);
    expect(hits.map((hit) => hit.id).sort()).toEqual([counselling.id, chamber.id, person.id].sort());
    expect(hits.find((hit) => hit.id === person.id)).toMatchObject({
      type: 'Person',
      title: `Greta ${tag}`,
      snippet: 'Beraterin Anerkennung',
    });
    expect(hits.find((hit) => hit.id === chamber.id)).toMatchObject({
      type: 'Actor',
      title: `Ärztekammer ${tag}`,
    });
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('cuts a snippet around the match from a long description', async () => {
    const [hit] = await search(`${tag} Pflegekräfte`);
    expect(hit.id).toBe(counselling.id);
    expect(hit.snippet).toContain('Pflegekräfte');
    expect(hit.snippet!.startsWith('…')).toBe(true);
    expect(Array.from(hit.snippet!).length).toBeLessThanOrEqual(162);
  });

  it('matches the last word as a prefix, so results come while typing', async () => {
    expect((await search(`${tag} Ärztek`)).map((hit) => hit.id)).toEqual([chamber.id]);
    expect((await search(`${tag} approb`)).map((hit) => hit.id)).toEqual([chamber.id]);
    expect((await search(tag.slice(0, -3))).map((hit) => hit.id)).toEqual(
      expect.arrayContaining([chamber.id, counselling.id]),
    );
  });

  it('finds a German compound by its last part', async () => {
    expect((await search(`${tag} Beratung`)).map((hit) => hit.id)).toEqual([counselling.id]);
    expect((await search(`Kammer ${tag}`)).map((hit) => hit.id)).toEqual([chamber.id]);
  });

  it('restricts results to the requested kinds', async () => {
    expect((await search(tag, { types: ['Person'] })).map((hit) => hit.id)).toEqual([person.id]);
    expect((await search(tag, { types: ['Challenge'] })).map((hit) => hit.id)).toEqual([]);
    expect((await search(tag, { types: [] })).length).toBe(3);
    expect(errorOf(await t.gql(SEARCH, { text: tag, types: ['User'] }, token)).code).toBe('BAD_USER_INPUT');
  });

  it('finds reference data too', async () => {
    const hits = await search('Anerkennung', { types: ['ActionField'] });
    expect(hits.map((hit) => hit.type)).toEqual(['ActionField']);
    expect(hits[0].title).toMatch(/^Anerkennung/);
  });

  it('never fails on query syntax in user text', async () => {
    for (const text of [
      'C++ (Köln) AND:',
      INJECTION,
      '"unclosed',
      'a~ b^2 [x TO y] {z} \\ / ! ?*',
      'NOT',
      'OR AND',
    ]) {
      const body = await t.gql<{ search: Hit[] }>(SEARCH, { text }, token);
      expect({ text, errors: body.errors }).toEqual({ text, errors: undefined });
    }
    expect((await search(`C++ (Köln) AND: ${tag}`)).map((hit) => hit.id)).toEqual([counselling.id]);
  });

  it('returns nothing for blank text', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    expect(await search('()')).toEqual([]);
  });

  it('caps the number of results', async () => {
    expect(await search(tag, { first: 2 })).toHaveLength(2);
    expect(errorOf(await t.gql(SEARCH, { text: tag, first: 51 }, token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OUT_OF_RANGE',
    });
    expect(errorOf(await t.gql(SEARCH, { text: tag, first: 0 }, token)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a search without a session', async () => {
    expect(errorOf(await t.gql(SEARCH, { text: tag })).code).toBe('UNAUTHENTICATED');
  });
});
