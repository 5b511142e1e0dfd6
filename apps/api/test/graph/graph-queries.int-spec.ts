import { randomUUID } from 'node:crypto';
import {
  actionFieldId,
  actorNode,
  carriedSolutions,
  challengeNode,
  failure,
  goodPracticeNode,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int, $types: [EntityType!]) {
  neighbourhood(id: $id, depth: $depth, types: $types) {
    center { id type label }
    nodes { id type label status key }
    edges { from to type }
    truncated
  }
}`;
const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) {
  shortestPath(fromId: $from, toId: $to, maxHops: $maxHops) { length nodes { id type label } edges { from to type } }
}`;

interface Neighbourhood {
  center: { id: string; type: string; label: string };
  nodes: { id: string; type: string; label: string; status: string | null; key: string | null }[];
  edges: { from: string; to: string; type: string }[];
  truncated: boolean;
}

interface Path {
  length: number;
  nodes: { id: string; type: string; label: string }[];
  edges: { from: string; to: string; type: string }[];
}

const sortEdges = (edges: Neighbourhood['edges']) =>
  [...edges].sort((a, b) => `${a.from}${a.to}${a.type}`.localeCompare(`${b.from}${b.to}${b.type}`));

/**
 * A small graph of its own:  A1 -CARRIES-> S1 -ADDRESSES-> C1 <-ADDRESSES- S2,  C1 -IN_FIELD-> F,
 * G1 -EVIDENCES-> S1,  G1 -PRACTISED_BY-> A2,  and C9 with no links at all.
 */
describe('graph queries', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  let F: string, C1: string, C9: string, S1: string, S2: string, A1: string, A2: string, G1: string;

  async function neighbourhood(variables: Record<string, unknown>): Promise<Neighbourhood> {
    return ok(await t.gql<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, variables, member)).neighbourhood;
  }

  async function path(variables: Record<string, unknown>): Promise<Path | null> {
    return ok(await t.gql<{ shortestPath: Path | null }>(PATH, variables, member)).shortestPath;
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    F = await actionFieldId(t, 'anerkennung');
    C1 = await challengeNode(t, `Anerkennung dauert ${tag}`, F);
    C9 = await challengeNode(t, `Allein ${tag}`, null);
    S1 = await solutionNode(t, `Vorprüfung ${tag}`);
    S2 = await solutionNode(t, `Lotsen ${tag}`);
    A1 = await actorNode(t, `Beratungsstelle ${tag}`);
    A2 = await actorNode(t, `Kammer ${tag}`);
    G1 = await goodPracticeNode(t, `Pilot Halle ${tag}`);
    await relate(t, 'ADDRESSES', [
      [S1, C1],
      [S2, C1],
    ]);
    await relate(t, 'CARRIES', [[A1, S1]]);
    await relate(t, 'EVIDENCES', [[G1, S1]]);
    await relate(t, 'PRACTISED_BY', [[G1, A2]]);
  });
  afterAll(() => t.close());

  describe('neighbourhood', () => {
    it('returns the direct neighbours and the relationships among them at depth 1', async () => {
      const result = await neighbourhood({ id: C1, depth: 1 });
      expect(result.center).toEqual({ id: C1, type: 'Challenge', label: `Anerkennung dauert ${tag}` });
      expect(result.nodes[0].id).toBe(C1);
      expect(result.nodes.map((n) => n.id).sort()).toEqual([C1, S1, S2, F].sort());
      expect(result.nodes.find((n) => n.id === F)).toMatchObject({ type: 'ActionField', key: 'anerkennung' });
      expect(result.nodes.find((n) => n.id === C1)).toMatchObject({ status: 'open' });
      expect(sortEdges(result.edges)).toEqual(
        sortEdges([
          { from: S1, to: C1, type: 'ADDRESSES' },
          { from: S2, to: C1, type: 'ADDRESSES' },
          { from: C1, to: F, type: 'IN_FIELD' },
        ]),
      );
      expect(result.truncated).toBe(false);
    });

    it('keeps to the requested types at depth 1 and 2, walking only through them', async () => {
      const solutions = await neighbourhood({ id: C1, depth: 1, types: ['SolutionApproach'] });
      expect(solutions.nodes.map((n) => n.id).sort()).toEqual([C1, S1, S2].sort());
      expect(solutions.edges).toHaveLength(2);

      const twoHops = await neighbourhood({
        id: C1,
        depth: 2,
        types: ['SolutionApproach', 'Actor', 'GoodPractice'],
      });
      expect(twoHops.nodes.map((n) => n.id).sort()).toEqual([C1, S1, S2, A1, G1].sort());
      expect(sortEdges(twoHops.edges)).toEqual(
        sortEdges([
          { from: S1, to: C1, type: 'ADDRESSES' },
          { from: S2, to: C1, type: 'ADDRESSES' },
          { from: A1, to: S1, type: 'CARRIES' },
          { from: G1, to: S1, type: 'EVIDENCES' },
        ]),
      );
      // Actors are two hops away, but only through solution approaches, which are not requested.
      const actorsOnly = await neighbourhood({ id: C1, depth: 2, types: ['Actor'] });
      expect(actorsOnly.nodes.map((n) => n.id)).toEqual([C1]);
      expect(actorsOnly.edges).toEqual([]);
    });

    it('returns everything within two hops, nearer nodes first', async () => {
      const result = await neighbourhood({ id: G1, depth: 2 });
      expect(result.nodes.map((n) => n.id).sort()).toEqual([G1, S1, A2, C1, A1].sort());
      expect(
        result.nodes
          .slice(1, 3)
          .map((n) => n.id)
          .sort(),
      ).toEqual([S1, A2].sort());
      expect(result.edges).toHaveLength(4);
    });

    it('caps the result at 500 nodes and says so', async () => {
      const hub = await actorNode(t, `Großer Träger ${tag}`);
      await carriedSolutions(t, hub, 520, `Viele ${tag}`);
      const result = await neighbourhood({ id: hub, depth: 1 });
      expect(result.nodes).toHaveLength(500);
      expect(result.nodes[0].id).toBe(hub);
      expect(result.truncated).toBe(true);
      expect(result.edges).toHaveLength(499);
    });

    it('refuses unknown ids, nodes outside the domain graph, bad depths and anonymous callers', async () => {
      expect(failure(await t.gql(NEIGHBOURHOOD, { id: 'nope' }, member)).code).toBe('NOT_FOUND');
      // A history entry of a new challenge: a node of the database, but not of the network graph.
      const created = ok(
        await t.gql<{ createChallenge: { id: string } }>(
          'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
          { input: { title: `Mit Verlauf ${tag}`, actionFieldId: F } },
          member,
        ),
      ).createChallenge;
      const change = await t.neo4j.read((tx) =>
        tx.run('MATCH (c:Change {entityId: $id}) RETURN c.id AS id', { id: created.id }),
      );
      const changeId = change.records[0].get('id') as string;
      expect(failure(await t.gql(NEIGHBOURHOOD, { id: changeId }, member)).code).toBe('NOT_FOUND');
      expect(failure(await t.gql(PATH, { from: changeId, to: created.id }, member)).code).toBe('NOT_FOUND');
      for (const depth of [0, 3]) {
        expect(failure(await t.gql(NEIGHBOURHOOD, { id: C1, depth }, member))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: ['depth'],
        });
      }
      expect(failure(await t.gql(NEIGHBOURHOOD, { id: C1, types: ['User'] }, member)).code).toBe(
        'BAD_USER_INPUT',
      );
      expect(failure(await t.gql(NEIGHBOURHOOD, { id: C1 })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('shortestPath', () => {
    it('finds a shortest path with its nodes in order and edges as stored', async () => {
      const result = await path({ from: A1, to: A2 });
      expect(result).toEqual({
        length: 3,
        nodes: [
          { id: A1, type: 'Actor', label: `Beratungsstelle ${tag}` },
          { id: S1, type: 'SolutionApproach', label: `Vorprüfung ${tag}` },
          { id: G1, type: 'GoodPractice', label: `Pilot Halle ${tag}` },
          { id: A2, type: 'Actor', label: `Kammer ${tag}` },
        ],
        edges: [
          { from: A1, to: S1, type: 'CARRIES' },
          { from: G1, to: S1, type: 'EVIDENCES' },
          { from: G1, to: A2, type: 'PRACTISED_BY' },
        ],
      });
    });

    it('returns null when no path exists or it is longer than maxHops', async () => {
      expect(await path({ from: A1, to: C9 })).toBeNull();
      expect(await path({ from: A1, to: A2, maxHops: 2 })).toBeNull();
      expect((await path({ from: A1, to: A2, maxHops: 3 }))?.length).toBe(3);
    });

    it('never walks through nodes outside the domain graph', async () => {
      const bridge = randomUUID();
      await t.neo4j.write((tx) =>
        tx.run(
          `MATCH (a:Actor {id: $from}), (c:Challenge {id: $to})
           CREATE (a)-[:NOTED]->(:Change {id: $bridge, entityId: $bridge, action: 'test', at: datetime()})<-[:NOTED]-(c)`,
          { from: A1, to: C9, bridge },
        ),
      );
      try {
        expect(await path({ from: A1, to: C9 })).toBeNull();
        expect((await neighbourhood({ id: C9, depth: 2 })).nodes.map((n) => n.id)).toEqual([C9]);
      } finally {
        await t.neo4j.write((tx) => tx.run('MATCH (c:Change {id: $bridge}) DETACH DELETE c', { bridge }));
      }
    });

    it('answers a path from a node to itself with that node', async () => {
      expect(await path({ from: C9, to: C9 })).toEqual({
        length: 0,
        nodes: [{ id: C9, type: 'Challenge', label: `Allein ${tag}` }],
        edges: [],
      });
    });

    it('refuses unknown ids, bad hop limits and anonymous callers', async () => {
      expect(failure(await t.gql(PATH, { from: 'nope', to: A1 }, member)).code).toBe('NOT_FOUND');
      expect(failure(await t.gql(PATH, { from: A1, to: 'nope' }, member)).code).toBe('NOT_FOUND');
      for (const maxHops of [0, 11]) {
        expect(failure(await t.gql(PATH, { from: A1, to: A2, maxHops }, member))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: ['maxHops'],
        });
      }
      expect(failure(await t.gql(PATH, { from: A1, to: A2 })).code).toBe('UNAUTHENTICATED');
    });
  });
});
