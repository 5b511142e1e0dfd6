import {
  actionFieldId,
  everyPage,
  actorNode,
  challengeNode,
  failure,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const LIST = `query ($first: Int, $after: String, $filter: SolutionApproachFilterInput, $orderBy: TitleOrderInput) {
  solutionApproaches(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; title: string } }[];
}

describe('solution approach queries', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  const TITLES = ['Mentoring', 'Ämterlotsen', 'sprachcafé', 'Elternarbeit', 'Checklisten'];
  const ids: Record<string, string> = {};
  let anerkennungChallenge: string;
  let arbeitsmarktChallenge: string;
  let actor: string;

  async function titles(filter: Record<string, unknown>): Promise<string[]> {
    const body = await t.gql<{ solutionApproaches: Page }>(
      LIST,
      { first: 100, filter: { text: tag, ...filter } },
      member,
    );
    const page = ok(body).solutionApproaches;
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((edge) => edge.node.title.replace(` ${tag}`, ''));
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    for (const title of TITLES) ids[title] = await solutionNode(t, `${title} ${tag}`);
    anerkennungChallenge = await challengeNode(
      t,
      `Anerkennung ${tag}`,
      await actionFieldId(t, 'anerkennung'),
    );
    arbeitsmarktChallenge = await challengeNode(t, `Arbeit ${tag}`, await actionFieldId(t, 'arbeitsmarkt'));
    actor = await actorNode(t, `Lotsendienst ${tag}`);
    await relate(t, 'ADDRESSES', [
      [ids['Ämterlotsen'], anerkennungChallenge],
      [ids['Checklisten'], anerkennungChallenge],
      [ids['sprachcafé'], arbeitsmarktChallenge],
    ]);
    await relate(t, 'CARRIES', [
      [actor, ids['Ämterlotsen']],
      [actor, ids['Mentoring']],
    ]);
  });
  afterAll(() => t.close());

  it('returns every approach exactly once across pages of two, in German order', async () => {
    const seen = await everyPage(async (after) => {
      const body = await t.gql<{ solutionApproaches: Page }>(
        LIST,
        { first: 2, after, filter: { text: tag } },
        member,
      );
      const page = ok(body).solutionApproaches;
      expect(page.totalCount).toBe(5);
      return page;
    });
    expect(seen.map((node) => node.title.replace(` ${tag}`, ''))).toEqual([
      'Ämterlotsen',
      'Checklisten',
      'Elternarbeit',
      'Mentoring',
      'sprachcafé',
    ]);
  });

  it('filters by challenge, by the challenges’ action field, by carrier and by several at once', async () => {
    expect(await titles({ challengeIds: [anerkennungChallenge] })).toEqual(['Ämterlotsen', 'Checklisten']);
    expect(await titles({ actionFieldIds: [await actionFieldId(t, 'arbeitsmarkt')] })).toEqual([
      'sprachcafé',
    ]);
    expect(await titles({ actorIds: [actor] })).toEqual(['Ämterlotsen', 'Mentoring']);
    expect(
      await titles({ actorIds: [actor], challengeIds: [anerkennungChallenge, arbeitsmarktChallenge] }),
    ).toEqual(['Ämterlotsen']);
    expect(await titles({ status: ['established'] })).toEqual([]);
  });

  it('filters by linked ids without text too (starting from the linked nodes), each row once, counted', async () => {
    const pages = async (filter: Record<string, unknown>) => {
      const totals = new Set<number>();
      const seen = await everyPage(async (after) => {
        const body = await t.gql<{ solutionApproaches: Page }>(LIST, { first: 1, after, filter }, member);
        const page = ok(body).solutionApproaches;
        totals.add(page.totalCount);
        return page;
      });
      return { titles: seen.map((node) => node.title.replace(` ${tag}`, '')), totals: [...totals] };
    };
    expect(await pages({ challengeIds: [anerkennungChallenge] })).toEqual({
      titles: ['Ämterlotsen', 'Checklisten'],
      totals: [2],
    });
    expect(await pages({ actorIds: [actor] })).toEqual({ titles: ['Ämterlotsen', 'Mentoring'], totals: [2] });
    expect(
      await pages({ actorIds: [actor], challengeIds: [anerkennungChallenge, arbeitsmarktChallenge] }),
    ).toEqual({ titles: ['Ämterlotsen'], totals: [1] });
    expect(await pages({ challengeIds: [anerkennungChallenge], status: ['established'] })).toEqual({
      titles: [],
      totals: [0],
    });
  });

  it('refuses anonymous callers and unknown ids', async () => {
    expect(failure(await t.gql(LIST, { first: 1 })).code).toBe('UNAUTHENTICATED');
    const get = 'query ($id: ID!) { solutionApproach(id: $id) { id } }';
    expect(failure(await t.gql(get, { id: 'nope' }, member)).code).toBe('NOT_FOUND');
    expect(failure(await t.gql(get, { id: ids['Mentoring'] })).code).toBe('UNAUTHENTICATED');
  });
});
