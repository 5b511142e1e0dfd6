import { germanSortKey } from '@netzwerkstatt/domain';
import { startTestApp, TestApp } from '../support/test-app.js';
import {
  ActorResult,
  createActor,
  errorOf,
  ok,
  referenceIds,
  ReferenceIds,
  uniqueTag,
} from '../support/actors.js';

const LIST = `query ($first: Int, $after: String, $filter: ActorFilterInput, $orderBy: ActorOrderInput) {
  actors(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string } }[];
}

describe('actor queries: one actor, filtered and sorted pages', () => {
  let t: TestApp;
  let token: string;
  let ref: ReferenceIds;
  const tag = uniqueTag();
  // Names chosen so German order (Ä with A, Ö with O, case ignored) differs from code-point order.
  const NAMES = ['Ärztekammer', 'zoll-Beratung', 'Anwaltsverein', 'Ölmühle', 'Bäckerinnung', 'Abendschule'];
  const actors: Record<string, ActorResult> = {};

  async function page(variables: Record<string, unknown>): Promise<Page> {
    return ok(await t.gql<{ actors: Page }>(LIST, variables, token)).actors;
  }

  /** Names of the spec's own actors matching a filter (the tag keeps other specs' rows out). */
  async function names(
    filter: Record<string, unknown>,
    orderBy?: Record<string, unknown>,
  ): Promise<string[]> {
    const result = await page({ first: 100, filter: { text: tag, ...filter }, orderBy });
    expect(result.totalCount).toBe(result.edges.length);
    return result.edges.map((edge) => edge.node.name.replace(` ${tag}`, ''));
  }

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    ref = await referenceIds(t, token);
    const { categories: c, fields: f, regions: r } = ref;
    const links: Record<string, Record<string, unknown>> = {
      Ärztekammer: {
        categoryIds: [c['kammern-ag-verbaende']],
        actionFieldIds: [f.anerkennung],
        regionIds: [r.harz],
      },
      Anwaltsverein: {
        categoryIds: [c.anerkennungsberatung],
        actionFieldIds: [f.anerkennung, f.arbeitsmarkt],
        regionIds: [r.magdeburg],
      },
      Bäckerinnung: {
        categoryIds: [c['kammern-ag-verbaende'], c.anerkennungsberatung],
        actionFieldIds: [f.ausbildungsmarkt],
        statewide: true,
      },
      'zoll-Beratung': { actionFieldIds: [f.arbeitsmarkt], regionIds: [r.harz, r.magdeburg] },
      Ölmühle: { statewide: true },
      Abendschule: {},
    };
    for (const name of NAMES) {
      actors[name] = await createActor(t, token, { name: `${name} ${tag}`, ...links[name] });
    }
  });
  afterAll(() => t.close());

  it('knows the reference keys these tests use', () => {
    expect(ref.categories['kammern-ag-verbaende']).toBeDefined();
    expect(ref.categories.anerkennungsberatung).toBeDefined();
    expect(ref.fields.ausbildungsmarkt).toBeDefined();
    expect(ref.regions.harz).toBeDefined();
  });

  it('returns one actor by id with its links, and NOT_FOUND for an unknown id', async () => {
    const query = `query ($id: ID!) { actor(id: $id) { id name statewide categories { key } actionFields { key position } regions { key } } }`;
    const found = ok(
      await t.gql<{ actor: Record<string, unknown> }>(query, { id: actors.Anwaltsverein.id }, token),
    );
    expect(found.actor).toEqual({
      id: actors.Anwaltsverein.id,
      name: `Anwaltsverein ${tag}`,
      statewide: false,
      categories: [{ key: 'anerkennungsberatung' }],
      actionFields: [
        expect.objectContaining({ key: 'anerkennung' }),
        expect.objectContaining({ key: 'arbeitsmarkt' }),
      ],
      regions: [{ key: 'magdeburg' }],
    });
    const missing = await t.gql(query, { id: 'no-such-actor' }, token);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });

  it('refuses both queries without a session', async () => {
    expect(errorOf(await t.gql('{ actors { totalCount } }')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(`{ actor(id: "${actors.Ölmühle.id}") { name } }`)).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('sorts by name in German order, both ways', async () => {
    const expected = [...NAMES].sort((a, b) => (germanSortKey(a) < germanSortKey(b) ? -1 : 1));
    expect(expected).toEqual([
      'Abendschule',
      'Anwaltsverein',
      'Ärztekammer',
      'Bäckerinnung',
      'Ölmühle',
      'zoll-Beratung',
    ]);
    expect(await names({})).toEqual(expected);
    expect(await names({}, { field: 'NAME', direction: 'DESC' })).toEqual([...expected].reverse());
  });

  it('sorts by creation and by last change', async () => {
    expect(await names({}, { field: 'CREATED_AT', direction: 'ASC' })).toEqual(NAMES);
    expect(await names({}, { field: 'CREATED_AT', direction: 'DESC' })).toEqual([...NAMES].reverse());
    ok(
      await t.gql(
        'mutation ($id: ID!) { updateActor(id: $id, expectedRevision: 1, input: { description: "geändert" }) { id } }',
        { id: actors.Anwaltsverein.id },
        token,
      ),
    );
    const byChange = await names({}, { field: 'UPDATED_AT', direction: 'DESC' });
    expect(byChange[0]).toBe('Anwaltsverein');
    expect(byChange.slice(1)).toEqual([...NAMES].reverse().filter((name) => name !== 'Anwaltsverein'));
  });

  it('filters by category, action field and region (any of a list; all criteria together)', async () => {
    const { categories: c, fields: f, regions: r } = ref;
    expect(await names({ categoryIds: [c['kammern-ag-verbaende']] })).toEqual([
      'Ärztekammer',
      'Bäckerinnung',
    ]);
    expect(await names({ actionFieldIds: [f.anerkennung] })).toEqual(['Anwaltsverein', 'Ärztekammer']);
    expect(await names({ actionFieldIds: [f.anerkennung, f.ausbildungsmarkt] })).toEqual([
      'Anwaltsverein',
      'Ärztekammer',
      'Bäckerinnung',
    ]);
    expect(await names({ regionIds: [r.harz], regionalOnly: true })).toEqual([
      'Ärztekammer',
      'zoll-Beratung',
    ]);
    expect(await names({ categoryIds: [c.anerkennungsberatung], actionFieldIds: [f.arbeitsmarkt] })).toEqual([
      'Anwaltsverein',
    ]);
    expect(await names({ regionIds: [r.wittenberg], regionalOnly: true })).toEqual([]);
  });

  it('counts statewide actors into every region unless only regional ones are asked for', async () => {
    const { categories: c, fields: f, regions: r } = ref;
    // Bäckerinnung and Ölmühle are statewide and linked to no region.
    expect(await names({ regionIds: [r.harz] })).toEqual([
      'Ärztekammer',
      'Bäckerinnung',
      'Ölmühle',
      'zoll-Beratung',
    ]);
    expect(await names({ regionIds: [r.harz], regionalOnly: false })).toEqual([
      'Ärztekammer',
      'Bäckerinnung',
      'Ölmühle',
      'zoll-Beratung',
    ]);
    for (const region of Object.values(r)) {
      expect(await names({ regionIds: [region] })).toEqual(
        expect.arrayContaining(['Bäckerinnung', 'Ölmühle']),
      );
      expect(await names({ regionIds: [region], regionalOnly: true })).not.toContain('Bäckerinnung');
    }
    expect(await names({ regionIds: [r.wittenberg] })).toEqual(['Bäckerinnung', 'Ölmühle']);
    expect(await names({ regionIds: [r.wittenberg], statewide: false })).toEqual([]);
    // With the other filters: still every criterion must hold.
    expect(await names({ regionIds: [r.magdeburg], actionFieldIds: [f.ausbildungsmarkt] })).toEqual([
      'Bäckerinnung',
    ]);
    expect(
      await names({ regionIds: [r.harz], categoryIds: [c['kammern-ag-verbaende']], regionalOnly: true }),
    ).toEqual(['Ärztekammer']);
    expect(await names({ regionIds: [r.harz], categoryIds: [c['kammern-ag-verbaende']] })).toEqual([
      'Ärztekammer',
      'Bäckerinnung',
    ]);
    // regionalOnly alone changes nothing; no region named matches nothing.
    expect(await names({ regionalOnly: true })).toHaveLength(NAMES.length);
    expect(await names({ regionIds: [] })).toEqual([]);
  });

  it('filters statewide actors in and out', async () => {
    expect(await names({ statewide: true })).toEqual(['Bäckerinnung', 'Ölmühle']);
    expect(await names({ statewide: false })).toEqual([
      'Abendschule',
      'Anwaltsverein',
      'Ärztekammer',
      'zoll-Beratung',
    ]);
  });

  it('filters by text: whole words, spelling variants of umlauts, and a word cut short while typing', async () => {
    expect(await names({ text: `Ärztekammer ${tag}` })).toEqual(['Ärztekammer']);
    expect(await names({ text: `aerztekammer ${tag}` })).toEqual(['Ärztekammer']);
    expect(await names({ text: `${tag} Bäcker` })).toEqual(['Bäckerinnung']);
    expect(await names({ text: `${tag} C++ (Köln) AND:` })).toEqual([]);
    const blank = await page({ first: 1, filter: { text: '   ' } });
    expect(blank.totalCount).toBeGreaterThanOrEqual(NAMES.length);
  });

  it('pages through every row exactly once with cursors, in every order', async () => {
    for (const orderBy of [
      { field: 'NAME', direction: 'ASC' },
      { field: 'NAME', direction: 'DESC' },
      { field: 'CREATED_AT', direction: 'DESC' },
      { field: 'UPDATED_AT', direction: 'ASC' },
    ]) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const result: Page = await page({
          first: 4 - (pages % 2) * 2,
          after,
          filter: { text: tag },
          orderBy,
        });
        expect(result.totalCount).toBe(NAMES.length);
        seen.push(...result.edges.map((edge) => edge.node.name));
        after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 10);
      expect(seen).toHaveLength(NAMES.length);
      expect(new Set(seen).size).toBe(NAMES.length);
      expect(seen.map((name) => name.replace(` ${tag}`, ''))).toEqual(await names({}, orderBy));
    }
  });

  it('pages through the whole, unfiltered list without losing or repeating a row', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    let rows = 0;
    do {
      const result: Page = await page({ first: 100, after });
      total = result.totalCount;
      rows += result.edges.length;
      result.edges.forEach((edge) => seen.add(edge.node.id));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
    } while (after);
    expect(rows).toBe(total);
    expect(seen.size).toBe(total);
    for (const actor of Object.values(actors)) expect(seen.has(actor.id)).toBe(true);
  });

  it('caps the page size and refuses broken or foreign cursors as bad input', async () => {
    for (const first of [0, 101, -1]) {
      expect(errorOf(await t.gql(LIST, { first }, token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'OUT_OF_RANGE',
      });
    }
    expect(errorOf(await t.gql(LIST, { after: 'garbage' }, token)).reason).toBe('INVALID_CURSOR');
    const byName = await page({ first: 1, filter: { text: tag } });
    const foreign = await t.gql(
      LIST,
      { after: byName.pageInfo.endCursor, orderBy: { field: 'CREATED_AT' } },
      token,
    );
    expect(errorOf(foreign).reason).toBe('INVALID_CURSOR');
  });

  it('refuses filter values of the wrong type before running anything', async () => {
    expect(errorOf(await t.gql(LIST, { filter: { statewide: 'yes' } }, token)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(LIST, { orderBy: { field: 'SIZE' } }, token)).code).toBe('BAD_USER_INPUT');
  });
});
