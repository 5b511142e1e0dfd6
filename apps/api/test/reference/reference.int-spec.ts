import { ACTION_FIELDS, ACTOR_CATEGORIES } from '@netzwerkstatt/domain';
import { startTestApp, TestApp } from '../support/test-app.js';

interface Field {
  id: string;
  key: string;
  position: number;
  name: string;
  categories: { key: string }[];
  next: { key: string; categories?: { key: string }[] } | null;
  previous: { key: string } | null;
}

const FIELD = `id key position name nameEn asWritten categories { key name } next { key } previous { key }`;
const ACTION_FIELDS_QUERY = `{ actionFields { ${FIELD} } }`;
const ACTION_FIELD = `query ($id: ID!) { actionField(id: $id) { ${FIELD} } }`;
const BY_KEY = `query ($key: String!) { actionFieldByKey(key: $key) { ${FIELD} } }`;
const CATEGORIES = `{ actorCategories { id key name nameEn fields { key position } } }`;
const REGIONS = `{ regions { id key name kind } }`;
const GOALS = `{ actionGoals { id number text } }`;
const AGREEMENT = `{ agreement { id inForce source networkMeetingCadence steeringGroupMaxPersons
  steeringGroupConfirmationYears publicEventsPerYearMin membership } }`;

describe('reference data queries', () => {
  let t: TestApp;
  let member: string;
  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  it('lists the nine action fields in process-chain order with their categories in printed order', async () => {
    const result = await t.gql<{ actionFields: Field[] }>(ACTION_FIELDS_QUERY, {}, member);
    expect(result.errors).toBeUndefined();
    const fields = result.data!.actionFields;
    expect(fields.map((f) => f.key)).toEqual(ACTION_FIELDS.map((f) => f.key));
    expect(fields.map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [index, field] of fields.entries()) {
      expect(field.categories.map((c) => c.key)).toEqual(ACTION_FIELDS[index].categories);
      expect(field.previous?.key ?? null).toBe(index === 0 ? null : fields[index - 1].key);
      expect(field.next?.key ?? null).toBe(index === 8 ? null : fields[index + 1].key);
    }
  });

  it('finds one field by id and by key, and says NOT_FOUND in both languages for an unknown one', async () => {
    const all = (await t.gql<{ actionFields: Field[] }>(ACTION_FIELDS_QUERY, {}, member)).data!.actionFields;
    const recognition = all.find((f) => f.key === 'anerkennung')!;
    const byId = await t.gql<{ actionField: Field }>(ACTION_FIELD, { id: recognition.id }, member);
    expect(byId.data?.actionField).toEqual(recognition);
    const byKey = await t.gql<{ actionFieldByKey: Field }>(BY_KEY, { key: 'willkommenskultur' }, member);
    expect(byKey.data?.actionFieldByKey).toMatchObject({
      position: 9,
      next: null,
      previous: { key: 'migrantenselbstorganisationen' },
    });

    for (const [query, variables] of [
      [ACTION_FIELD, { id: 'no-such-field' }],
      [BY_KEY, { key: "x' OR 1=1 //" }],
    ] as const) {
      const missing = await t.gql(query, variables, member);
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0].extensions?.messages).toEqual({
        de: expect.stringContaining('Handlungsfeld'),
        en: expect.stringContaining('Action field'),
      });
    }
  });

  it('follows next and previous to any depth with one database query, however deep', async () => {
    const shallow = `{ actionFields { key } }`;
    const deep = `{ actionFields { key categories { key fields { key categories { key } } } next { key next { key categories { key } } previous { key } } } }`;
    const before = t.neo4j.queryCount;
    await t.gql(shallow, {}, member);
    const shallowQueries = t.neo4j.queryCount - before;
    const middle = t.neo4j.queryCount;
    const result = await t.gql<{
      actionFields: { key: string; next: { key: string; next: { key: string } | null } | null }[];
    }>(deep, {}, member);
    expect(result.errors).toBeUndefined();
    expect(t.neo4j.queryCount - middle).toBe(shallowQueries);
    expect(result.data!.actionFields[0].next?.next?.key).toBe('arbeitsmarkt');
  });

  it('lists the 19 actor categories by German name, each with the fields it is placed in by position', async () => {
    const result = await t.gql<{
      actorCategories: { key: string; name: string; fields: { key: string; position: number }[] }[];
    }>(CATEGORIES, {}, member);
    expect(result.errors).toBeUndefined();
    const categories = result.data!.actorCategories;
    expect(categories).toHaveLength(ACTOR_CATEGORIES.length);
    const names = categories.map((c) => c.name);
    // Case-folded, as people read: "Integrationskoordinator*innen" before "IQ Angebote" (bytes would swap them).
    expect(names.indexOf('Integrationskoordinator*innen')).toBeLessThan(names.indexOf('IQ Angebote'));
    const chambers = categories.find((c) => c.key === 'kammern-ag-verbaende')!;
    expect(chambers.fields.map((f) => f.position)).toEqual([2, 3, 4, 5, 6, 7, 9]);
    expect(categories.reduce((sum, c) => sum + c.fields.length, 0)).toBe(48);
  });

  it('names every actor category in English as the annex does, also where a field lists it', async () => {
    const result = await t.gql<{
      actorCategories: { key: string; nameEn: string }[];
      actionFields: { key: string; categories: { key: string; nameEn: string }[] }[];
    }>(`{ actorCategories { key nameEn } actionFields { key categories { key nameEn } } }`, {}, member);
    expect(result.errors).toBeUndefined();
    const english = new Map(ACTOR_CATEGORIES.map((c) => [c.key, c.nameEn]));
    for (const category of result.data!.actorCategories)
      expect(category.nameEn).toBe(english.get(category.key));
    const arrival = result.data!.actionFields.find((f) => f.key === 'aufenthalt-ankommen')!;
    expect(arrival.categories[0]).toEqual({
      key: 'integrationskoordination',
      nameEn: 'Integration coordinators',
    });
  });

  it('sorts the 14 regions by German rules (Börde before Burgenlandkreis, not after Wittenberg)', async () => {
    const result = await t.gql<{ regions: { name: string; kind: string }[] }>(REGIONS, {}, member);
    expect(result.errors).toBeUndefined();
    expect(result.data!.regions.map((r) => r.name)).toEqual([
      'Altmarkkreis Salzwedel',
      'Anhalt-Bitterfeld',
      'Börde',
      'Burgenlandkreis',
      'Dessau-Roßlau',
      'Halle (Saale)',
      'Harz',
      'Jerichower Land',
      'Magdeburg (Landeshauptstadt)',
      'Mansfeld-Südharz',
      'Saalekreis',
      'Salzlandkreis',
      'Stendal',
      'Wittenberg',
    ]);
    expect(result.data!.regions.filter((r) => r.kind === 'city')).toHaveLength(3);
  });

  it("returns the six action goals in order and the agreement's rules", async () => {
    const goals = await t.gql<{ actionGoals: { number: number; text: string }[] }>(GOALS, {}, member);
    expect(goals.data!.actionGoals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(goals.data!.actionGoals[3].text).toContain('guten Praxis');
    const agreement = await t.gql<{ agreement: Record<string, unknown> }>(AGREEMENT, {}, member);
    expect(agreement.errors).toBeUndefined();
    expect(agreement.data!.agreement).toMatchObject({
      id: 'agreement',
      inForce: '2024-02-29',
      steeringGroupMaxPersons: 10,
      steeringGroupConfirmationYears: 3,
      publicEventsPerYearMin: 1,
    });
  });

  it.each([
    ['actionFields', ACTION_FIELDS_QUERY, {}],
    ['actionField', ACTION_FIELD, { id: 'x' }],
    ['actionFieldByKey', BY_KEY, { key: 'anerkennung' }],
    ['actorCategories', CATEGORIES, {}],
    ['regions', REGIONS, {}],
    ['actionGoals', GOALS, {}],
    ['agreement', AGREEMENT, {}],
  ])('%s refuses anonymous requests with UNAUTHENTICATED', async (_name, query, variables) => {
    const result = await t.gql(query, variables);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });
});
