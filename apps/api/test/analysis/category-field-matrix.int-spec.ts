import { categoryPlacements } from '@netzwerkstatt/domain';
import { startTestApp, TestApp } from '../support/test-app.js';
import { createActor, errorOf, ok, referenceIds, ReferenceIds, uniqueTag } from '../support/actors.js';

const MATRIX = `{
  categoryFieldMatrix {
    actionFields { id key position categories { key } }
    categories { id key name }
    cells { categoryId actionFieldId placed placementOrder actorCount }
  }
}`;

interface Matrix {
  actionFields: { id: string; key: string; position: number; categories: { key: string }[] }[];
  categories: { id: string; key: string; name: string }[];
  cells: {
    categoryId: string;
    actionFieldId: string;
    placed: boolean;
    placementOrder: number | null;
    actorCount: number;
  }[];
}

describe('category × action field matrix', () => {
  let t: TestApp;
  let token: string;
  let ref: ReferenceIds;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    ref = await referenceIds(t, token);
  });
  afterAll(() => t.close());

  async function matrix(): Promise<Matrix> {
    return ok(await t.gql<{ categoryFieldMatrix: Matrix }>(MATRIX, {}, token)).categoryFieldMatrix;
  }

  it("has a cell for every pair, placed exactly where the agreement's annex places the category", async () => {
    const result = await matrix();
    expect(result.actionFields.map((field) => field.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.cells).toHaveLength(result.categories.length * result.actionFields.length);
    const keyOfCategory = new Map(result.categories.map((category) => [category.id, category.key]));
    const keyOfField = new Map(result.actionFields.map((field) => [field.id, field.key]));
    const placed = result.cells
      .filter((cell) => cell.placed)
      .map(
        (cell) =>
          `${keyOfCategory.get(cell.categoryId)}@${keyOfField.get(cell.actionFieldId)}#${cell.placementOrder}`,
      )
      .sort();
    const annex = categoryPlacements()
      .map((placement) => `${placement.categoryKey}@${placement.actionFieldKey}#${placement.order}`)
      .sort();
    expect(placed).toEqual(annex);
    expect(result.cells.filter((cell) => !cell.placed).every((cell) => cell.placementOrder === null)).toBe(
      true,
    );
  });

  it('counts actors that are in the category and work in the field, each once', async () => {
    const category = ref.categories['iq-angebote'];
    const field = ref.fields['lebenslanges-lernen'];
    const otherField = ref.fields.arbeitsmarkt;
    const cell = (m: Matrix, categoryId: string, fieldId: string) =>
      m.cells.find((c) => c.categoryId === categoryId && c.actionFieldId === fieldId)!.actorCount;
    const before = await matrix();
    const tag = uniqueTag();
    await createActor(t, token, {
      name: `Beide 1 ${tag}`,
      categoryIds: [category],
      actionFieldIds: [field, otherField],
    });
    await createActor(t, token, {
      name: `Beide 2 ${tag}`,
      categoryIds: [category, ref.categories.kausa],
      actionFieldIds: [field],
      regionIds: [ref.regions.harz, ref.regions.stendal],
    });
    await createActor(t, token, {
      name: `Nur Kategorie ${tag}`,
      categoryIds: [category],
      actionFieldIds: [otherField],
    });
    await createActor(t, token, {
      name: `Nur Feld ${tag}`,
      categoryIds: [ref.categories.kausa],
      actionFieldIds: [field],
    });
    const after = await matrix();
    expect(cell(after, category, field) - cell(before, category, field)).toBe(2);
    expect(cell(after, category, otherField) - cell(before, category, otherField)).toBe(2);
    expect(cell(after, ref.categories.kausa, field) - cell(before, ref.categories.kausa, field)).toBe(2);
    expect(
      cell(after, ref.categories.kausa, otherField) - cell(before, ref.categories.kausa, otherField),
    ).toBe(0);
  });

  it('is computed in one database round trip', async () => {
    // An empty authenticated request measures what signing in costs (the session lookup).
    let before = t.neo4j.queryCount;
    ok(await t.gql('{ __typename }', {}, token));
    const signIn = t.neo4j.queryCount - before;
    before = t.neo4j.queryCount;
    await matrix();
    expect(t.neo4j.queryCount - before - signIn).toBe(1);
  });

  it('refuses the matrix without a session', async () => {
    expect(errorOf(await t.gql(MATRIX)).code).toBe('UNAUTHENTICATED');
  });
});
