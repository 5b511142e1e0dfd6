import { germanSortKey } from '@netzwerkstatt/domain';
import {
  actionFieldId,
  actorNode,
  challengeNode,
  everyPage,
  failure,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const TREE = `query ($id: ID!) {
  actor(id: $id) {
    id
    actionFields { id key challenges { id title actionField { id } solutionApproaches { id title } } }
  }
}`;

interface Tree {
  actor: {
    actionFields: {
      id: string;
      key: string;
      challenges: {
        id: string;
        title: string;
        actionField: { id: string };
        solutionApproaches: { id: string; title: string }[];
      }[];
    }[];
  };
}

/**
 * `ActionField.challenges`: the challenges of a field in German title order, loaded with the actor (or
 * in one batch for all fields of a response), so an actor with two fields costs the queries of an actor
 * with one.
 */
describe('action field → challenges', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  let anerkennung: string;
  let arbeitsmarkt: string;
  let oneField: string;
  let twoFields: string;
  const challenges: Record<string, string> = {};
  const solutions: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    anerkennung = await actionFieldId(t, 'anerkennung');
    arbeitsmarkt = await actionFieldId(t, 'arbeitsmarkt');
    // German order differs from code-point order: Ä with A, ö with o, lower case among upper case.
    for (const title of ['Ölpreise', 'Ämterwege', 'zuständigkeit', 'Berufskunde']) {
      challenges[title] = await challengeNode(t, `${title} ${tag}`, anerkennung);
    }
    challenges.Arbeit = await challengeNode(t, `Arbeit ${tag}`, arbeitsmarkt);
    for (const title of ['Lotsen', 'Checkliste']) solutions[title] = await solutionNode(t, `${title} ${tag}`);
    await relate(t, 'ADDRESSES', [
      [solutions.Lotsen, challenges['Ämterwege']],
      [solutions.Checkliste, challenges['Ämterwege']],
      [solutions.Lotsen, challenges.Arbeit],
    ]);
    oneField = await actorNode(t, `Ein Feld ${tag}`);
    twoFields = await actorNode(t, `Zwei Felder ${tag}`);
    await relate(t, 'WORKS_IN', [
      [oneField, anerkennung],
      [twoFields, anerkennung],
      [twoFields, arbeitsmarkt],
    ]);
  });
  afterAll(() => t.close());

  async function tree(actorId: string): Promise<{ queries: number; data: Tree }> {
    const before = t.neo4j.queryCount;
    const data = ok(await t.gql<Tree>(TREE, { id: actorId }, member));
    return { queries: t.neo4j.queryCount - before, data };
  }

  const own = (list: { title: string }[]) =>
    list.filter((c) => c.title.endsWith(` ${tag}`)).map((c) => c.title.replace(` ${tag}`, ''));

  it('lists a field’s challenges in German title order, each with its solution approaches', async () => {
    const { data } = await tree(twoFields);
    const [first, second] = data.actor.actionFields;
    expect([first.key, second.key]).toEqual(['anerkennung', 'arbeitsmarkt']);
    expect(own(first.challenges)).toEqual(['Ämterwege', 'Berufskunde', 'Ölpreise', 'zuständigkeit']);
    expect(own(second.challenges)).toEqual(['Arbeit']);
    for (const field of data.actor.actionFields) {
      const keys = field.challenges.map((c) => germanSortKey(c.title));
      expect(keys).toEqual([...keys].sort());
      for (const challenge of field.challenges) expect(challenge.actionField.id).toBe(field.id);
    }
    const amterwege = first.challenges.find((c) => c.id === challenges['Ämterwege'])!;
    expect(amterwege.solutionApproaches.map((s) => s.title)).toEqual([`Checkliste ${tag}`, `Lotsen ${tag}`]);
    expect(second.challenges.find((c) => c.id === challenges.Arbeit)!.solutionApproaches).toEqual([
      { id: solutions.Lotsen, title: `Lotsen ${tag}` },
    ]);
  });

  it('holds exactly the challenges the filtered list finds for that field', async () => {
    const { data } = await tree(oneField);
    const [field] = data.actor.actionFields;
    const listed = await everyPage(async (after) => {
      const body = await t.gql<{
        challenges: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      }>(
        `query ($after: String, $ids: [ID!]) {
           challenges(first: 100, after: $after, filter: { actionFieldIds: $ids }) {
             pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after, ids: [field.id] },
        member,
      );
      return ok(body).challenges;
    });
    expect(field.challenges.map((c) => c.id)).toEqual(listed.map((node) => node.id));
  });

  it('costs the same number of queries for two fields as for one', async () => {
    await tree(oneField); // the session is looked up once, then cached
    const one = await tree(oneField);
    const two = await tree(twoFields);
    expect(one.data.actor.actionFields).toHaveLength(1);
    expect(two.data.actor.actionFields).toHaveLength(2);
    expect(two.queries).toBe(one.queries);
    // The actor with its fields' challenges and their solution approaches is one statement; the
    // reference list comes on top when the server has not kept it from an earlier request.
    expect(two.queries).toBeLessThanOrEqual(2);
  });

  it('refuses the nested field without a session', async () => {
    expect(failure(await t.gql('{ actionFields { challenges { id } } }')).code).toBe('UNAUTHENTICATED');
  });
});
