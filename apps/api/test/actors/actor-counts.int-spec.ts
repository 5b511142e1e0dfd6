import { startTestApp, TestApp } from '../support/test-app.js';
import { createActor, ok, referenceIds, ReferenceIds, uniqueTag } from '../support/actors.js';

const LIST = `query ($first: Int, $after: String, $filter: ActorFilterInput) {
  actors(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id statewide categories { id } actionFields { id } regions { id } } }
  }
}`;

interface Row {
  id: string;
  statewide: boolean;
  categories: { id: string }[];
  actionFields: { id: string }[];
  regions: { id: string }[];
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Row }[];
}

/**
 * The totals of filtered lists without text (counted from the filter's nodes, not by testing every
 * actor) against the rows the pages actually hold, and counting only when `totalCount` is selected.
 * The database is shared, so totals are compared with the pages, not with fixed numbers.
 */
describe('actor list totals', () => {
  let t: TestApp;
  let token: string;
  let ref: ReferenceIds;
  const tag = uniqueTag();
  const own: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    ref = await referenceIds(t, token);
    const { categories: c, fields: f, regions: r } = ref;
    // Two field links and two region links on one actor: it must still count once.
    own.both = (
      await createActor(t, token, {
        name: `Doppelt ${tag}`,
        categoryIds: [c['kammern-ag-verbaende']],
        actionFieldIds: [f.anerkennung, f.arbeitsmarkt],
        regionIds: [r.harz, r.magdeburg],
      })
    ).id;
    own.fieldOnly = (
      await createActor(t, token, { name: `Nur Feld ${tag}`, actionFieldIds: [f.anerkennung] })
    ).id;
    own.statewide = (
      await createActor(t, token, {
        name: `Landesweit ${tag}`,
        actionFieldIds: [f.anerkennung],
        regionIds: [r.harz],
        statewide: true,
      })
    ).id;
    // Statewide as most are: linked to no region, yet working in every one.
    own.everywhere = (
      await createActor(t, token, {
        name: `Überall ${tag}`,
        categoryIds: [c['kammern-ag-verbaende']],
        actionFieldIds: [f.arbeitsmarkt],
        statewide: true,
      })
    ).id;
  });
  afterAll(() => t.close());

  /** Every page of a filter, checking on each page that totalCount is the same. */
  async function allPages(filter: Record<string, unknown>): Promise<{ total: number; rows: Row[] }> {
    const rows: Row[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages += 1) {
      const page: Page = ok(await t.gql<{ actors: Page }>(LIST, { first: 100, after, filter }, token)).actors;
      totals.add(page.totalCount);
      rows.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (!after) break;
    }
    expect(totals.size).toBe(1);
    return { total: [...totals][0], rows };
  }

  const has = (links: { id: string }[], ids: string[] | undefined) =>
    !ids || links.some((link) => ids.includes(link.id));

  it('counts exactly the rows its pages hold, each actor once, for every combination of id lists', async () => {
    const { categories: c, fields: f, regions: r } = ref;
    const filters: { filter: Record<string, string[] | boolean>; includes: string[]; excludes: string[] }[] =
      [
        { filter: { actionFieldIds: [f.anerkennung] }, includes: [own.both, own.fieldOnly], excludes: [] },
        {
          filter: { actionFieldIds: [f.anerkennung, f.arbeitsmarkt], regionIds: [r.harz, r.magdeburg] },
          includes: [own.both, own.statewide, own.everywhere],
          excludes: [own.fieldOnly],
        },
        {
          filter: {
            actionFieldIds: [f.anerkennung, f.arbeitsmarkt],
            regionIds: [r.harz, r.magdeburg],
            regionalOnly: true,
          },
          includes: [own.both, own.statewide],
          excludes: [own.fieldOnly, own.everywhere],
        },
        {
          filter: {
            categoryIds: [c['kammern-ag-verbaende']],
            actionFieldIds: [f.arbeitsmarkt],
            regionIds: [r.magdeburg],
          },
          includes: [own.both, own.everywhere],
          excludes: [own.fieldOnly, own.statewide],
        },
        {
          filter: {
            categoryIds: [c['kammern-ag-verbaende']],
            actionFieldIds: [f.arbeitsmarkt],
            regionIds: [r.magdeburg],
            regionalOnly: true,
          },
          includes: [own.both],
          excludes: [own.fieldOnly, own.statewide, own.everywhere],
        },
        {
          filter: { actionFieldIds: [f.anerkennung], regionIds: [r.harz], statewide: true },
          includes: [own.statewide],
          excludes: [own.both, own.everywhere],
        },
        // A region alone: the linked actors and every statewide one (found by the index, not the links).
        {
          filter: { regionIds: [r.wittenberg] },
          includes: [own.statewide, own.everywhere],
          excludes: [own.both],
        },
        {
          filter: { regionIds: [r.wittenberg], regionalOnly: true },
          includes: [],
          excludes: [own.statewide, own.everywhere, own.both],
        },
        {
          filter: { regionIds: [r.harz], statewide: false },
          includes: [own.both],
          excludes: [own.statewide, own.everywhere],
        },
        { filter: { regionIds: [] }, includes: [], excludes: [own.both, own.everywhere] },
      ];
    for (const { filter, includes, excludes } of filters) {
      const { total, rows } = await allPages(filter);
      const ids = rows.map((row) => row.id);
      expect({ filter, rows: ids.length, unique: new Set(ids).size }).toEqual({
        filter,
        rows: total,
        unique: total,
      });
      for (const row of rows) {
        expect(has(row.categories, filter.categoryIds as string[] | undefined)).toBe(true);
        expect(has(row.actionFields, filter.actionFieldIds as string[] | undefined)).toBe(true);
        // A statewide actor works in every region, unless only regional actors are asked for.
        const regionIds = filter.regionIds as string[] | undefined;
        const everyRegion = row.statewide && !filter.regionalOnly && (regionIds?.length ?? 0) > 0;
        if (!everyRegion) expect(has(row.regions, regionIds)).toBe(true);
        if (typeof filter.statewide === 'boolean') expect(row.statewide).toBe(filter.statewide);
      }
      expect(ids).toEqual(expect.arrayContaining(includes));
      for (const id of excludes) expect(ids).not.toContain(id);
    }
  });

  it('counts only when totalCount is asked for, in the same statement as the page', async () => {
    const filter = { actionFieldIds: [ref.fields.anerkennung], regionIds: [ref.regions.harz] };
    const queries = async (query: string, variables: Record<string, unknown> = {}) => {
      // Sessions are cached for 10 s: ask once right before, so the measured request finds it cached.
      ok(await t.gql('query { me { id } }', {}, token));
      const before = t.neo4j.queryCount;
      const data = ok(
        await t.gql<{ actors: Record<string, unknown> }>(query, { filter, ...variables }, token),
      );
      return { queries: t.neo4j.queryCount - before, actors: data.actors };
    };
    const edges = 'edges { node { id } }';
    const withTotal = await queries(
      `query ($filter: ActorFilterInput) { actors(filter: $filter) { totalCount ${edges} } }`,
    );
    const withoutTotal = await queries(
      `query ($filter: ActorFilterInput) { actors(filter: $filter) { ${edges} } }`,
    );
    expect(withoutTotal.actors).toEqual({ edges: withTotal.actors.edges });
    expect(withTotal.actors.totalCount).toBeGreaterThanOrEqual(2);
    // The session comes from the cache: the list is one statement.
    expect(withTotal.queries).toBe(1);
    expect(withoutTotal.queries).toBe(1);

    const aliased = await queries(
      `query ($filter: ActorFilterInput) { actors(filter: $filter) { n: totalCount } }`,
    );
    expect(aliased.actors).toEqual({ n: withTotal.actors.totalCount });
    const fragment = await queries(
      `query ($filter: ActorFilterInput) { actors(filter: $filter) { ...Counted } }
       fragment Counted on ActorConnection { totalCount }`,
    );
    expect(fragment.actors).toEqual({ totalCount: withTotal.actors.totalCount });
    const skipped = await queries(
      `query ($filter: ActorFilterInput, $count: Boolean!) {
         actors(filter: $filter) { totalCount @include(if: $count) ${edges} } }`,
      { count: false },
    );
    expect(skipped.actors).toEqual({ edges: withTotal.actors.edges });
  });
});
