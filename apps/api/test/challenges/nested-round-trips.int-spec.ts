import {
  actionFieldId,
  actorNode,
  challengeNode,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const NESTED = `query ($first: Int!, $text: String!) {
  challenges(first: $first, filter: { text: $text }) {
    edges { node { id title actionField { key } solutionApproaches { id title carriers { id name } } } }
  }
}`;

interface Nested {
  challenges: {
    edges: {
      node: { id: string; solutionApproaches: { id: string; carriers: { id: string; name: string }[] }[] };
    }[];
  };
}

/**
 * Nested lists are loaded in one batch per field for the whole page, so the number of database queries
 * does not grow with the page size: 3 challenges and 30 must cost the same.
 */
describe('nested challenge → solution approaches → carriers', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    const field = await actionFieldId(t, 'willkommenskultur');
    for (let i = 0; i < 30; i++) {
      const challenge = await challengeNode(t, `Herausforderung ${String(i).padStart(2, '0')} ${tag}`, field);
      const solutions = [
        await solutionNode(t, `Ansatz ${i}a ${tag}`),
        await solutionNode(t, `Ansatz ${i}b ${tag}`),
      ];
      const actors = [await actorNode(t, `Träger ${i}x ${tag}`), await actorNode(t, `Träger ${i}y ${tag}`)];
      await relate(
        t,
        'ADDRESSES',
        solutions.map((solution) => [solution, challenge] as [string, string]),
      );
      await relate(
        t,
        'CARRIES',
        solutions.flatMap((solution) => actors.map((actor) => [actor, solution] as [string, string])),
      );
    }
  }, 120_000);
  afterAll(() => t.close());

  async function queriesFor(first: number): Promise<{ queries: number; data: Nested }> {
    const before = t.neo4j.queryCount;
    const data = ok(await t.gql<Nested>(NESTED, { first, text: tag }, member));
    return { queries: t.neo4j.queryCount - before, data };
  }

  it('uses the same number of queries for 3 and for 30 challenges', async () => {
    await queriesFor(1); // warms up whatever a first request of a session does once
    const small = await queriesFor(3);
    const large = await queriesFor(30);
    expect(small.data.challenges.edges).toHaveLength(3);
    expect(large.data.challenges.edges).toHaveLength(30);
    for (const edge of large.data.challenges.edges) {
      expect(edge.node.solutionApproaches).toHaveLength(2);
      for (const solution of edge.node.solutionApproaches) expect(solution.carriers).toHaveLength(2);
    }
    expect(large.queries).toBe(small.queries);
    // session lookup, page, action fields, solution approaches, carriers
    expect(large.queries).toBeLessThanOrEqual(5);
  });
});
