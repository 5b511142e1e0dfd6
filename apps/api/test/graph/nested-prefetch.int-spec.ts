import {
  actorNode,
  challengeNode,
  goodPracticeNode,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

/**
 * Nested lists selected below a nested list come along in the same statement: the answer must be the
 * one the lists give level by level (same rows, German order, aliases and fragments kept apart), and
 * the number of statements must not grow with the depth below the first nested list.
 */
describe('nested lists fetched together', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    for (const title of ['Erste', 'Zweite']) id[title] = await challengeNode(t, `${title} ${tag}`, null);
    // German order: Ä with A, Ö with O, lower case among upper case.
    for (const title of ['Ölmühle', 'Ämterlotsen', 'zuletzt'])
      id[title] = await solutionNode(t, `${title} ${tag}`);
    for (const name of ['Träger Ü', 'Träger A']) id[name] = await actorNode(t, `${name} ${tag}`);
    id.Praxis = await goodPracticeNode(t, `Praxis ${tag}`);
    await relate(t, 'ADDRESSES', [
      [id['Ölmühle'], id.Erste],
      [id['Ämterlotsen'], id.Erste],
      [id.zuletzt, id.Erste],
      [id['Ämterlotsen'], id.Zweite],
    ]);
    await relate(t, 'CARRIES', [
      [id['Träger Ü'], id['Ämterlotsen']],
      [id['Träger A'], id['Ämterlotsen']],
      [id['Träger A'], id['Ölmühle']],
    ]);
    await relate(t, 'EVIDENCES', [[id.Praxis, id['Ämterlotsen']]]);
    await relate(t, 'PRACTISED_BY', [[id.Praxis, id['Träger Ü']]]);
  });
  afterAll(() => t.close());

  const NESTED = `query ($text: String!, $first: Int!, $skipCarriers: Boolean!) {
    challenges(first: $first, filter: { text: $text }) {
      edges { node {
        title
        solutionApproaches {
          title
          carriers @skip(if: $skipCarriers) { name solutionApproaches { title } }
          ...Evidence
        }
        short: solutionApproaches { id }
        actors { name }
      } }
    }
  }
  fragment Evidence on SolutionApproach { goodPractices { title practisedBy { name } } }`;

  async function nested(first: number, skipCarriers = false) {
    const before = t.neo4j.queryCount;
    const data = ok(
      await t.gql<{ challenges: { edges: { node: Record<string, unknown> }[] } }>(
        NESTED,
        { text: tag, first, skipCarriers },
        member,
      ),
    );
    return { queries: t.neo4j.queryCount - before, nodes: data.challenges.edges.map((edge) => edge.node) };
  }

  it('answers as the lists do level by level, in German order, keeping aliases and fragments apart', async () => {
    const { nodes } = await nested(10);
    const shown = JSON.parse(JSON.stringify(nodes).replaceAll(` ${tag}`, '')) as unknown;
    expect(shown).toEqual([
      {
        title: 'Erste',
        solutionApproaches: [
          {
            title: 'Ämterlotsen',
            carriers: [
              { name: 'Träger A', solutionApproaches: [{ title: 'Ämterlotsen' }, { title: 'Ölmühle' }] },
              { name: 'Träger Ü', solutionApproaches: [{ title: 'Ämterlotsen' }] },
            ],
            goodPractices: [{ title: 'Praxis', practisedBy: [{ name: 'Träger Ü' }] }],
          },
          {
            title: 'Ölmühle',
            carriers: [
              { name: 'Träger A', solutionApproaches: [{ title: 'Ämterlotsen' }, { title: 'Ölmühle' }] },
            ],
            goodPractices: [],
          },
          { title: 'zuletzt', carriers: [], goodPractices: [] },
        ],
        short: [{ id: id['Ämterlotsen'] }, { id: id['Ölmühle'] }, { id: id.zuletzt }],
        actors: [{ name: 'Träger A' }, { name: 'Träger Ü' }],
      },
      {
        title: 'Zweite',
        solutionApproaches: [
          {
            title: 'Ämterlotsen',
            carriers: [
              { name: 'Träger A', solutionApproaches: [{ title: 'Ämterlotsen' }, { title: 'Ölmühle' }] },
              { name: 'Träger Ü', solutionApproaches: [{ title: 'Ämterlotsen' }] },
            ],
            goodPractices: [{ title: 'Praxis', practisedBy: [{ name: 'Träger Ü' }] }],
          },
        ],
        short: [{ id: id['Ämterlotsen'] }],
        actors: [{ name: 'Träger A' }, { name: 'Träger Ü' }],
      },
    ]);
  });

  it('leaves out what @skip leaves out', async () => {
    const { nodes } = await nested(1, true);
    const [first] = nodes as { solutionApproaches: Record<string, unknown>[] }[];
    expect(first.solutionApproaches.map((solution) => Object.keys(solution).sort())).toEqual(
      Array(3).fill(['goodPractices', 'title']),
    );
  });

  it('answers one actor with its lists, theirs and theirs in one statement', async () => {
    const query = `query ($id: ID!) { actor(id: $id) {
      name solutionApproaches { title challenges { title actors { name } } } } }`;
    const ask = async () => {
      const before = t.neo4j.queryCount;
      const data = ok(await t.gql<{ actor: unknown }>(query, { id: id['Träger A'] }, member));
      return { queries: t.neo4j.queryCount - before, actor: data.actor };
    };
    await ask(); // the session is looked up once, then cached
    const { queries, actor } = await ask();
    const both = [{ name: 'Träger A' }, { name: 'Träger Ü' }];
    expect(JSON.parse(JSON.stringify(actor).replaceAll(` ${tag}`, ''))).toEqual({
      name: 'Träger A',
      solutionApproaches: [
        {
          title: 'Ämterlotsen',
          challenges: [
            { title: 'Erste', actors: both },
            { title: 'Zweite', actors: both },
          ],
        },
        { title: 'Ölmühle', challenges: [{ title: 'Erste', actors: both }] },
      ],
    });
    expect(queries).toBe(1);
  });

  it('spends one statement per nested list field of the page, however deep below it and however many rows', async () => {
    await nested(1); // the session is looked up once, then cached
    const one = await nested(1);
    const two = await nested(2);
    expect(two.queries).toBe(one.queries);
    // the page; `solutionApproaches` with everything below it; `short`; `actors`
    expect(two.queries).toBe(4);
  });
});
