import {
  actionFieldId,
  actorNode,
  carriedSolutions,
  challengeNode,
  failure,
  goodPracticeNode,
  graphTag,
  guidelineNode,
  ok,
  referenceId,
  relate,
  solutionNode,
  trashedActorNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const NODE = 'id type label key status statewide fieldKeys categoryKeys regionKeys';
const PICTURE = `nodes { ${NODE} } edges { from to type } missingIds truncated limit totalCount notice { de en }`;
const SUBGRAPH = `query ($ids: [ID!]!, $relationships: [GraphRelationship!]) {
  subgraph(ids: $ids, relationships: $relationships) { ${PICTURE} }
}`;
const EXPAND = `query ($ids: [ID!]!, $depth: Int, $types: [EntityType!], $relationships: [GraphRelationship!], $limit: Int) {
  expand(ids: $ids, depth: $depth, types: $types, relationships: $relationships, limit: $limit) { ${PICTURE} }
}`;
const GRAPH_SET = `query ($filter: GraphSetFilter!) { graphSet(filter: $filter) { ${PICTURE} } }`;

interface Node {
  id: string;
  type: string;
  label: string;
  statewide: boolean | null;
  fieldKeys: string[];
  categoryKeys: string[];
  regionKeys: string[];
}
interface Edge {
  from: string;
  to: string;
  type: string;
}
interface Picture {
  nodes: Node[];
  edges: Edge[];
  missingIds: string[];
  truncated: boolean;
  limit: number | null;
  totalCount: number | null;
  notice: { de: string; en: string } | null;
}

const sortEdges = (edges: Edge[]) =>
  [...edges].sort((a, b) => `${a.from}${a.to}${a.type}`.localeCompare(`${b.from}${b.to}${b.type}`));
const ids = (picture: Picture) => picture.nodes.map((node) => node.id);

/**
 * A1 (category migrationsberatung, Harz) and A2 (Börde) work in Anerkennung, A3 statewide too, A4 in
 * Arbeitsmarkt in Harz; A1 -CARRIES-> S1 -ADDRESSES-> C1 -IN_FIELD-> F; G1 -EVIDENCES-> S1,
 * G1 -PRACTISED_BY-> A2; guideline D1 in F MENTIONS A1 and C1; T is an actor in the Papierkorb working in F.
 */
describe('subgraph, expand and graphSet', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  let F: string, F2: string, harz: string, category: string;
  let A1: string,
    A2: string,
    A3: string,
    A4: string,
    C1: string,
    S1: string,
    G1: string,
    D1: string,
    T: string;

  const gql = async <K extends string>(query: string, variables: Record<string, unknown>, key: K) =>
    ok(await t.gql<Record<K, Picture>>(query, variables, member))[key];

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    F = await actionFieldId(t, 'anerkennung');
    F2 = await actionFieldId(t, 'arbeitsmarkt');
    harz = await referenceId(t, 'Region', 'harz');
    const boerde = await referenceId(t, 'Region', 'boerde');
    category = await referenceId(t, 'ActorCategory', 'migrationsberatung');
    A1 = await actorNode(t, `Beratung ${tag}`);
    A2 = await actorNode(t, `Kammer ${tag}`);
    A3 = await actorNode(t, `Landesnetz ${tag}`, { statewide: true });
    A4 = await actorNode(t, `Jobcenter ${tag}`);
    C1 = await challengeNode(t, `Anerkennung dauert ${tag}`, F);
    S1 = await solutionNode(t, `Vorprüfung ${tag}`);
    G1 = await goodPracticeNode(t, `Pilot ${tag}`);
    D1 = await guidelineNode(t, `Leitfaden ${tag}`);
    T = await trashedActorNode(t, `Gelöscht ${tag}`);
    await relate(t, 'WORKS_IN', [
      [A1, F],
      [A2, F],
      [A3, F],
      [A4, F2],
      [T, F],
    ]);
    await relate(t, 'ACTIVE_IN', [
      [A1, harz],
      [A2, boerde],
      [A4, harz],
    ]);
    await relate(t, 'IN_CATEGORY', [[A1, category]]);
    await relate(t, 'CARRIES', [[A1, S1]]);
    await relate(t, 'ADDRESSES', [[S1, C1]]);
    await relate(t, 'EVIDENCES', [[G1, S1]]);
    await relate(t, 'PRACTISED_BY', [[G1, A2]]);
    await relate(t, 'IN_FIELD', [[D1, F]]);
    await relate(t, 'MENTIONS', [
      [D1, A1],
      [D1, C1],
    ]);
  });
  afterAll(() => t.close());

  describe('subgraph', () => {
    it('returns the nodes in the order asked, every relationship among them, and what is missing', async () => {
      const result = await gql(SUBGRAPH, { ids: [A1, S1, C1, G1, D1, F, T, 'unbekannt', A1] }, 'subgraph');
      expect(ids(result)).toEqual([A1, S1, C1, G1, D1, F]);
      expect(result.missingIds).toEqual([T, 'unbekannt']);
      expect(sortEdges(result.edges)).toEqual(
        sortEdges([
          { from: A1, to: F, type: 'WORKS_IN' },
          { from: A1, to: S1, type: 'CARRIES' },
          { from: S1, to: C1, type: 'ADDRESSES' },
          { from: C1, to: F, type: 'IN_FIELD' },
          { from: G1, to: S1, type: 'EVIDENCES' },
          { from: D1, to: F, type: 'IN_FIELD' },
          { from: D1, to: A1, type: 'MENTIONS' },
          { from: D1, to: C1, type: 'MENTIONS' },
        ]),
      );
      expect(result).toMatchObject({ truncated: false, limit: null, totalCount: null, notice: null });
    });

    it('gives every node the keys filters and styling group it by', async () => {
      const result = await gql(SUBGRAPH, { ids: [A1, A3, S1, G1, C1, D1, F, harz, category] }, 'subgraph');
      const byId = new Map(result.nodes.map((node) => [node.id, node]));
      expect(byId.get(A1)).toMatchObject({
        type: 'Actor',
        statewide: false,
        fieldKeys: ['anerkennung'],
        categoryKeys: ['migrationsberatung'],
        regionKeys: ['harz'],
      });
      expect(byId.get(A3)).toMatchObject({ statewide: true, fieldKeys: ['anerkennung'], regionKeys: [] });
      for (const id of [S1, G1, C1, D1])
        expect(byId.get(id)).toMatchObject({
          statewide: null,
          fieldKeys: ['anerkennung'],
          categoryKeys: [],
          regionKeys: [],
        });
      expect(byId.get(F)).toMatchObject({ type: 'ActionField', fieldKeys: ['anerkennung'], regionKeys: [] });
      expect(byId.get(harz)).toMatchObject({ type: 'Region', regionKeys: ['harz'], fieldKeys: [] });
      expect(byId.get(category)).toMatchObject({ categoryKeys: ['migrationsberatung'] });
    });

    it('shows only the chosen relationship kinds, MENTIONS among them', async () => {
      const result = await gql(SUBGRAPH, { ids: [A1, C1, D1, F], relationships: ['MENTIONS'] }, 'subgraph');
      expect(sortEdges(result.edges)).toEqual(
        sortEdges([
          { from: D1, to: A1, type: 'MENTIONS' },
          { from: D1, to: C1, type: 'MENTIONS' },
        ]),
      );
    });

    it('refuses more than 2 000 ids with a message that says so, and anonymous callers', async () => {
      const tooMany = Array.from({ length: 2_001 }, (_, index) => `id-${index}`);
      const refused = failure(await t.gql(SUBGRAPH, { ids: tooMany }, member));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY', fields: ['ids'] });
      expect(refused.messages?.de).toContain('2.000');
      expect(failure(await t.gql(SUBGRAPH, { ids: [A1] })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('expand', () => {
    it('adds the neighbours of a node and the relationships among all of them', async () => {
      const result = await gql(EXPAND, { ids: [C1] }, 'expand');
      expect(result.nodes[0].id).toBe(C1);
      expect(ids(result).sort()).toEqual([C1, S1, F, D1].sort());
      expect(sortEdges(result.edges)).toEqual(
        sortEdges([
          { from: S1, to: C1, type: 'ADDRESSES' },
          { from: C1, to: F, type: 'IN_FIELD' },
          { from: D1, to: C1, type: 'MENTIONS' },
          { from: D1, to: F, type: 'IN_FIELD' },
        ]),
      );
      expect(result).toMatchObject({ truncated: false, limit: 500, notice: null, missingIds: [] });
    });

    it('walks only through the chosen kinds of node and relationship, one or two hops', async () => {
      const solutions = await gql(EXPAND, { ids: [C1], types: ['SolutionApproach'] }, 'expand');
      expect(ids(solutions).sort()).toEqual([C1, S1].sort());

      const twoHops = await gql(
        EXPAND,
        { ids: [C1], depth: 2, types: ['SolutionApproach', 'Actor', 'GoodPractice'] },
        'expand',
      );
      expect(ids(twoHops).sort()).toEqual([C1, S1, A1, G1].sort());
      expect(ids(twoHops).indexOf(S1)).toBeLessThan(ids(twoHops).indexOf(A1));

      const carried = await gql(
        EXPAND,
        { ids: [C1], depth: 2, relationships: ['ADDRESSES', 'CARRIES'] },
        'expand',
      );
      expect(ids(carried).sort()).toEqual([C1, S1, A1].sort());
      expect(carried.edges.map((edge) => edge.type).sort()).toEqual(['ADDRESSES', 'CARRIES']);
    });

    it('expands many nodes at once and reports the ones that are gone', async () => {
      const result = await gql(
        EXPAND,
        { ids: [A1, A2, T], relationships: ['CARRIES', 'PRACTISED_BY', 'MENTIONS'] },
        'expand',
      );
      expect(ids(result).slice(0, 2)).toEqual([A1, A2]);
      expect(ids(result).sort()).toEqual([A1, A2, S1, G1, D1].sort());
      expect(result.missingIds).toEqual([T]);
    });

    it('adds at most `limit` neighbours, nearest first, and says what was left out', async () => {
      const hub = await actorNode(t, `Großer Träger ${tag}`);
      await carriedSolutions(t, hub, 30, `Viele ${tag}`);
      const result = await gql(EXPAND, { ids: [hub], limit: 10 }, 'expand');
      expect(result.nodes).toHaveLength(11);
      expect(result.nodes[0].id).toBe(hub);
      expect(result.edges).toHaveLength(10);
      expect(result).toMatchObject({ truncated: true, limit: 10 });
      expect(result.notice?.de).toContain('Mehr als 10 Nachbarn');
      expect(result.notice?.en).toContain('More than 10 neighbours');

      const depthTwo = await gql(EXPAND, { ids: [hub], depth: 2, limit: 30 }, 'expand');
      expect(depthTwo).toMatchObject({ truncated: false });
      expect(depthTwo.nodes).toHaveLength(31);
    });

    it('refuses kinds outside the graph, bad depths and limits', async () => {
      expect(failure(await t.gql(EXPAND, { ids: [C1], types: ['Comment'] }, member))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_IN_GRAPH',
        fields: ['types'],
      });
      expect(failure(await t.gql(EXPAND, { ids: [C1], depth: 3 }, member)).fields).toEqual(['depth']);
      for (const limit of [0, 2_001])
        expect(failure(await t.gql(EXPAND, { ids: [C1], limit }, member))).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'OUT_OF_RANGE',
          fields: ['limit'],
        });
      expect(failure(await t.gql(EXPAND, { ids: [C1], relationships: ['EDITED'] }, member)).code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('graphSet', () => {
    async function actorsInFieldAndRegion(field: string, region: string, statewide: boolean) {
      const result = await t.neo4j.read((tx) =>
        tx.run(
          `MATCH (a:Actor)-[:WORKS_IN]->(:ActionField {key: $field})
           WHERE ($statewide AND a.statewide = true) OR EXISTS { (a)-[:ACTIVE_IN]->(:Region {key: $region}) }
           RETURN count(DISTINCT a) AS n`,
          { field, region, statewide },
        ),
      );
      return Number(result.records[0].get('n'));
    }

    it('returns all actors of a field in a region, statewide ones included, as Cypher counts them', async () => {
      const filter = { types: ['Actor'], fieldKeys: ['anerkennung'], regionKeys: ['harz'], limit: 2_000 };
      const result = await gql(GRAPH_SET, { filter }, 'graphSet');
      expect(ids(result)).toEqual(expect.arrayContaining([A1, A3]));
      expect(ids(result)).not.toContain(A2);
      expect(ids(result)).not.toContain(A4);
      expect(ids(result)).not.toContain(T);
      expect(result.totalCount).toBe(await actorsInFieldAndRegion('anerkennung', 'harz', true));
      expect(result.nodes).toHaveLength(result.totalCount!);
      expect(result.nodes.every((node) => node.type === 'Actor')).toBe(true);

      const regional = await gql(GRAPH_SET, { filter: { ...filter, regionalOnly: true } }, 'graphSet');
      expect(ids(regional)).toContain(A1);
      expect(ids(regional)).not.toContain(A3);
      expect(regional.totalCount).toBe(await actorsInFieldAndRegion('anerkennung', 'harz', false));
    });

    it('filters by category and by status, and shows the relationships among the set', async () => {
      const byCategory = await gql(
        GRAPH_SET,
        { filter: { categoryKeys: ['migrationsberatung'], fieldKeys: ['anerkennung'], limit: 2_000 } },
        'graphSet',
      );
      // Kinds without categories are left out; the category itself carries its own key.
      expect(new Set(byCategory.nodes.map((node) => node.type))).toEqual(new Set(['Actor']));
      expect(ids(byCategory)).toContain(A1);

      const open = await gql(
        GRAPH_SET,
        {
          filter: {
            types: ['Challenge', 'Actor'],
            statuses: ['open'],
            fieldKeys: ['anerkennung'],
            limit: 2_000,
          },
        },
        'graphSet',
      );
      expect(ids(open)).toContain(C1);
      expect(open.nodes.every((node) => node.type === 'Challenge')).toBe(true);

      const withEdges = await gql(
        GRAPH_SET,
        { filter: { types: ['Actor', 'ActionField'], fieldKeys: ['anerkennung'], limit: 2_000 } },
        'graphSet',
      );
      expect(withEdges.edges).toEqual(expect.arrayContaining([{ from: A1, to: F, type: 'WORKS_IN' }]));
      expect(ids(withEdges)).toContain(F);
    });

    it('keeps the first `limit` by name and says how many matched', async () => {
      const result = await gql(
        GRAPH_SET,
        { filter: { types: ['Actor'], fieldKeys: ['anerkennung'], regionKeys: ['harz'], limit: 1 } },
        'graphSet',
      );
      expect(result.nodes).toHaveLength(1);
      expect(result.truncated).toBe(true);
      expect(result.totalCount).toBeGreaterThanOrEqual(2);
      expect(result.notice?.de).toContain('die ersten 1');
    });

    it('refuses unknown keys and statuses by name', async () => {
      const unknown = failure(await t.gql(GRAPH_SET, { filter: { regionKeys: ['mond'] } }, member));
      expect(unknown).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNKNOWN_KEY',
        fields: ['regionKeys'],
      });
      expect(unknown.messages?.de).toContain('„mond“');
      expect(failure(await t.gql(GRAPH_SET, { filter: { statuses: ['erledigt'] } }, member)).fields).toEqual([
        'statuses',
      ]);
    });
  });
});
