import {
  actionFieldId,
  actorNode,
  challengeNode,
  failure,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const LIST = `query ($first: Int, $after: String, $filter: ChallengeFilterInput, $orderBy: TitleOrderInput) {
  challenges(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status priority actionField { key } } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    node: { id: string; title: string; status: string; priority: string; actionField: { key: string } };
  }[];
}

describe('challenge queries', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  // German order puts Ä with A and ignores case; code-point order would not.
  const TITLES = [
    'Ärztemangel',
    'zuzug',
    'Anerkennung',
    'Ölbranche',
    'Behördengänge',
    'Abwanderung',
    'Übergänge',
  ];
  const ids: Record<string, string> = {};

  async function page(variables: Record<string, unknown>): Promise<Page> {
    return ok(await t.gql<{ challenges: Page }>(LIST, variables, member)).challenges;
  }

  /** Walks every page of a query and returns the titles in order, without the tag. */
  async function allPages(first: number, variables: Record<string, unknown> = {}): Promise<string[]> {
    const titles: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const result = await page({ first, after, filter: { text: tag }, ...variables });
      expect(result.totalCount).toBe(TITLES.length);
      titles.push(...result.edges.map((edge) => edge.node.title.replace(` ${tag}`, '')));
      if (!result.pageInfo.hasNextPage) return titles;
      after = result.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    const anerkennung = await actionFieldId(t, 'anerkennung');
    const arbeitsmarkt = await actionFieldId(t, 'arbeitsmarkt');
    for (const [index, title] of TITLES.entries()) {
      ids[title] = await challengeNode(t, `${title} ${tag}`, index % 2 === 0 ? anerkennung : arbeitsmarkt, {
        status: index < 3 ? 'open' : 'closed',
        priority: index % 3 === 0 ? 'high' : 'low',
      });
    }
  });
  afterAll(() => t.close());

  it('returns each challenge exactly once across all pages, in German order', async () => {
    const expected = [
      'Abwanderung',
      'Anerkennung',
      'Ärztemangel',
      'Behördengänge',
      'Ölbranche',
      'Übergänge',
      'zuzug',
    ];
    for (const first of [1, 2, 3, 7, 100]) expect(await allPages(first)).toEqual(expected);
    expect(await allPages(2, { orderBy: { field: 'TITLE', direction: 'DESC' } })).toEqual(
      [...expected].reverse(),
    );
  });

  it('pages by creation time, newest first, each row once', async () => {
    const titles = await allPages(3, { orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    expect(titles).toEqual([...TITLES].reverse());
    expect(await allPages(2, { orderBy: { field: 'UPDATED_AT', direction: 'ASC' } })).toEqual(TITLES);
  });

  it('filters by action field, status and priority, all criteria together', async () => {
    const anerkennung = await actionFieldId(t, 'anerkennung');
    const byField = await page({ first: 100, filter: { text: tag, actionFieldIds: [anerkennung] } });
    expect(byField.edges.map((e) => e.node.actionField.key)).toEqual(Array(4).fill('anerkennung'));
    expect(byField.totalCount).toBe(4);

    const closedHigh = await page({
      first: 100,
      filter: { text: tag, status: ['closed'], priority: ['high'] },
    });
    expect(closedHigh.edges.map((e) => e.node.title.replace(` ${tag}`, ''))).toEqual([
      'Ölbranche',
      'Übergänge',
    ]);

    const openInField = await page({
      first: 100,
      filter: { text: tag, status: ['open', 'in_progress'], actionFieldIds: [anerkennung] },
    });
    expect(openInField.edges.map((e) => e.node.title.replace(` ${tag}`, ''))).toEqual([
      'Anerkennung',
      'Ärztemangel',
    ]);
  });

  it('finds challenges by words of the title, the last word as a prefix', async () => {
    const result = await page({ first: 100, filter: { text: `${tag} Behördengä` } });
    expect(result.edges.map((e) => e.node.id)).toEqual([ids['Behördengänge']]);
  });

  it('shows the solution approaches of a challenge and the actors carrying them, once each', async () => {
    const challenge = ids['Anerkennung'];
    const [first, second] = [
      await solutionNode(t, `Vorprüfung ${tag}`),
      await solutionNode(t, `Beratung ${tag}`),
    ];
    const actor = await actorNode(t, `IQ Netzwerk ${tag}`);
    await relate(t, 'ADDRESSES', [
      [first, challenge],
      [second, challenge],
    ]);
    await relate(t, 'CARRIES', [
      [actor, first],
      [actor, second],
    ]);
    const body = await t.gql<{
      challenge: {
        solutionApproaches: { id: string; title: string }[];
        actors: { id: string; name: string }[];
      };
    }>(
      'query ($id: ID!) { challenge(id: $id) { solutionApproaches { id title } actors { id name } } }',
      { id: challenge },
      member,
    );
    const found = ok(body).challenge;
    expect(found.solutionApproaches.map((s) => s.id)).toEqual([second, first]);
    expect(found.actors).toEqual([{ id: actor, name: `IQ Netzwerk ${tag}` }]);
  });

  it('refuses unknown ids, bad cursors and page sizes, and anonymous callers', async () => {
    const get = 'query ($id: ID!) { challenge(id: $id) { id } }';
    expect(failure(await t.gql(get, { id: 'no-such-challenge' }, member)).code).toBe('NOT_FOUND');
    expect(failure(await t.gql(get, { id: ids['Anerkennung'] })).code).toBe('UNAUTHENTICATED');
    expect(failure(await t.gql(LIST, { first: 5 })).code).toBe('UNAUTHENTICATED');
    expect(failure(await t.gql(LIST, { after: 'garbage' }, member))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
    });
    expect(failure(await t.gql(LIST, { first: 0 }, member))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['first'],
    });
    const byTitle = await page({ first: 1, filter: { text: tag } });
    const mixed = await t.gql(
      LIST,
      { after: byTitle.pageInfo.endCursor, orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
      member,
    );
    expect(failure(mixed)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CURSOR_ORDER_MISMATCH',
      fields: ['after'],
    });
  });
});
