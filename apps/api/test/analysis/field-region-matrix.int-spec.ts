import {
  actionFieldId,
  actorNode,
  graphTag,
  ok,
  referenceId,
  relate,
  trashedActorNode,
} from '../support/factories-graph.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const MATRIX = `{
  fieldRegionMatrix {
    actionFields { id key position }
    regions { id key name }
    cells { actionFieldId actionFieldKey regionId regionKey actorCount gap }
    fieldTotals { actionFieldId actionFieldKey actorCount statewideCount withoutRegionCount }
  }
}`;
const GRAPH_SET = `query ($filter: GraphSetFilter!) { graphSet(filter: $filter) { totalCount nodes { id } } }`;

interface Cell {
  actionFieldId: string;
  actionFieldKey: string;
  regionId: string;
  regionKey: string;
  actorCount: number;
  gap: boolean;
}
interface Totals {
  actionFieldKey: string;
  actorCount: number;
  statewideCount: number;
  withoutRegionCount: number;
}
interface Matrix {
  actionFields: { id: string; key: string; position: number }[];
  regions: { id: string; key: string; name: string }[];
  cells: Cell[];
  fieldTotals: Totals[];
}

describe('action field × region matrix', () => {
  let t: TestApp;
  let token: string;
  const tag = graphTag();

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  const matrix = async () =>
    ok(await t.gql<{ fieldRegionMatrix: Matrix }>(MATRIX, {}, token)).fieldRegionMatrix;
  const cell = (m: Matrix, field: string, region: string) =>
    m.cells.find((c) => c.actionFieldKey === field && c.regionKey === region)!;
  const totals = (m: Matrix, field: string) => m.fieldTotals.find((c) => c.actionFieldKey === field)!;

  /** The counts as Cypher gives them, straight from the database, keyed `field|region`. */
  async function countedByCypher(): Promise<Map<string, number>> {
    const result = await t.neo4j.read((tx) =>
      tx.run(
        `MATCH (f:ActionField), (r:Region)
         RETURN f.key AS field, r.key AS region,
           COUNT { MATCH (f)<-[:WORKS_IN]-(a:Actor)-[:ACTIVE_IN]->(r) RETURN DISTINCT a } AS n`,
      ),
    );
    return new Map(
      result.records.map((record) => [
        `${record.get('field')}|${record.get('region')}`,
        Number(record.get('n')),
      ]),
    );
  }

  it('has a cell for every field and region, each counting what Cypher counts, empty ones marked as gaps', async () => {
    const result = await matrix();
    expect(result.actionFields.map((field) => field.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.regions).toHaveLength(14);
    expect(result.cells).toHaveLength(9 * 14);
    expect(result.cells[0]).toMatchObject({
      actionFieldKey: result.actionFields[0].key,
      regionKey: result.regions[0].key,
    });
    const expected = await countedByCypher();
    for (const c of result.cells) {
      expect(c.actorCount).toBe(expected.get(`${c.actionFieldKey}|${c.regionKey}`));
      expect(c.gap).toBe(c.actorCount === 0);
    }
  });

  it('counts a regional actor in its cells, statewide ones and those without a region beside them, trashed ones nowhere', async () => {
    const before = await matrix();
    const F = await actionFieldId(t, 'anerkennung');
    const harz = await referenceId(t, 'Region', 'harz');
    const regional = await actorNode(t, `Regional ${tag}`);
    const statewide = await actorNode(t, `Landesweit ${tag}`, { statewide: true });
    const nowhere = await actorNode(t, `Ohne Region ${tag}`);
    const trashed = await trashedActorNode(t, `Gelöscht ${tag}`);
    await relate(t, 'WORKS_IN', [
      [regional, F],
      [statewide, F],
      [nowhere, F],
      [trashed, F],
    ]);
    await relate(t, 'ACTIVE_IN', [
      [regional, harz],
      [trashed, harz],
    ]);
    const after = await matrix();
    expect(cell(after, 'anerkennung', 'harz').actorCount).toBe(
      cell(before, 'anerkennung', 'harz').actorCount + 1,
    );
    expect(cell(after, 'anerkennung', 'harz').gap).toBe(false);
    expect(cell(after, 'anerkennung', 'boerde').actorCount).toBe(
      cell(before, 'anerkennung', 'boerde').actorCount,
    );
    expect(totals(after, 'anerkennung')).toMatchObject({
      actionFieldKey: 'anerkennung',
      actorCount: totals(before, 'anerkennung').actorCount + 3,
      statewideCount: totals(before, 'anerkennung').statewideCount + 1,
      withoutRegionCount: totals(before, 'anerkennung').withoutRegionCount + 1,
    });
  });

  it('puts the same actors in the graph as a cell counts (graphSet with regionalOnly)', async () => {
    const result = await matrix();
    const harz = cell(result, 'anerkennung', 'harz');
    const set = ok(
      await t.gql<{ graphSet: { totalCount: number; nodes: { id: string }[] } }>(
        GRAPH_SET,
        {
          filter: {
            types: ['Actor'],
            fieldKeys: [harz.actionFieldKey],
            regionKeys: [harz.regionKey],
            regionalOnly: true,
            limit: 2_000,
          },
        },
        token,
      ),
    ).graphSet;
    expect(set.totalCount).toBe(harz.actorCount);
    expect(set.nodes).toHaveLength(harz.actorCount);
    const withStatewide = ok(
      await t.gql<{ graphSet: { totalCount: number } }>(
        GRAPH_SET,
        { filter: { types: ['Actor'], fieldKeys: ['anerkennung'], regionKeys: ['harz'], limit: 2_000 } },
        token,
      ),
    ).graphSet;
    // Without regionalOnly the statewide actors join the cell's: the union, as the actor directory
    // counts it (a statewide actor also linked to Harz is one actor, not two).
    const union = await t.neo4j.read((tx) =>
      tx.run(
        `MATCH (:ActionField {key: 'anerkennung'})<-[:WORKS_IN]-(a:Actor)
         WHERE a.statewide = true OR EXISTS { (a)-[:ACTIVE_IN]->(:Region {key: 'harz'}) }
         RETURN count(DISTINCT a) AS n`,
      ),
    );
    expect(withStatewide.totalCount).toBe(Number(union.records[0].get('n')));
    expect(withStatewide.totalCount).toBeGreaterThanOrEqual(harz.actorCount);
  });

  it('is for signed-in accounts only', async () => {
    const body = await t.gql(MATRIX, {});
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
