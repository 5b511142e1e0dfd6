import { LIMITS } from '@netzwerkstatt/domain';
import {
  INJECTION,
  SCRIPT,
  actorNode,
  countNodes,
  countTitled,
  everyPage,
  failure,
  graphTag,
  history,
  ok,
  type PageOf,
  solutionNode,
  revisionOf,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const FIELDS = 'id title description url year solutionApproaches { id } practisedBy { id name }';
const CREATE = `mutation ($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateGoodPracticeInput!) { updateGoodPractice(id: $id, expectedRevision: $expectedRevision, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteGoodPractice(id: $id) }';
const GET = `query ($id: ID!) { goodPractice(id: $id) { ${FIELDS} } }`;
const LINK = `mutation ($g: ID!, $s: ID!) { linkGoodPracticeToSolution(goodPracticeId: $g, solutionId: $s) { ${FIELDS} } }`;
const UNLINK = `mutation ($g: ID!, $s: ID!) { unlinkGoodPracticeFromSolution(goodPracticeId: $g, solutionId: $s) { ${FIELDS} } }`;
const SET_ACTORS = `mutation ($g: ID!, $a: [ID!]!) { setGoodPracticeActors(goodPracticeId: $g, actorIds: $a) { ${FIELDS} } }`;
const LIST = `query ($first: Int, $after: String, $filter: GoodPracticeFilterInput) {
  goodPractices(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title } }
  }
}`;

interface Practice {
  id: string;
  title: string;
  description: string | null;
  url: string | null;
  year: number | null;
  solutionApproaches: { id: string }[];
  practisedBy: { id: string; name: string }[];
}

describe('good practices', () => {
  let t: TestApp;
  let member: string;
  const tag = graphTag();
  const nextYear = new Date().getFullYear() + 1;

  async function create(input: Record<string, unknown>, token = member) {
    return t.gql<{ createGoodPractice: Practice }>(CREATE, { input }, token);
  }

  async function created(title: string, extra: Record<string, unknown> = {}): Promise<Practice> {
    return ok(await create({ title, ...extra })).createGoodPractice;
  }

  async function get(id: string): Promise<Practice> {
    return ok(await t.gql<{ goodPractice: Practice }>(GET, { id }, member)).goodPractice;
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  describe('createGoodPractice', () => {
    it('creates a practice with url, year, the approaches it evidences and who practises it', async () => {
      const solution = await solutionNode(t, `Vorprüfung ${tag}`);
      const actor = await actorNode(t, `WelcomeCenter ${tag}`);
      const practice = await created(`Dokumentencheck Halle ${tag}`, {
        description: 'Seit 2021 im Einsatz',
        url: 'https://example.org/check?x=1&y=2',
        year: 2021,
        solutionApproachIds: [solution],
        practisedByIds: [actor],
      });
      expect(practice).toMatchObject({
        url: 'https://example.org/check?x=1&y=2',
        year: 2021,
        solutionApproaches: [{ id: solution }],
        practisedBy: [{ id: actor, name: `WelcomeCenter ${tag}` }],
      });
      const [change] = await history(t, member, practice.id);
      expect(change.action).toBe('create');
      expect(change.changes).toMatchObject({
        year: { from: null, to: 2021 },
        practisedByIds: { from: null, to: [actor] },
      });
      const solutionView = ok(
        await t.gql<{ solutionApproach: { goodPractices: { id: string }[] } }>(
          'query ($id: ID!) { solutionApproach(id: $id) { goodPractices { id } } }',
          { id: solution },
          member,
        ),
      );
      expect(solutionView.solutionApproach.goodPractices).toEqual([{ id: practice.id }]);
    });

    it.each([
      ['a url without http(s)', { url: 'javascript:alert(1)' }, 'url', 'INVALID_URL'],
      [
        'a url that is too long',
        { url: `https://example.org/${'a'.repeat(LIMITS.url)}` },
        'url',
        'INVALID_URL',
      ],
      ['a year before 1950', { year: 1949 }, 'year', 'OUT_OF_RANGE'],
      ['a year after next year', { year: nextYear + 1 }, 'year', 'OUT_OF_RANGE'],
      ['an empty title', { title: ' ' }, 'title', 'REQUIRED'],
      ['a title that is too long', { title: 'ä'.repeat(LIMITS.title + 1) }, 'title', 'TOO_LONG'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, override, field, reason) => {
      expect(failure(await create({ title: `Fehler ${tag}`, ...override }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
        fields: [field],
      });
    });

    it('accepts the edges of the year range', async () => {
      expect((await created(`Früh ${tag}`, { year: 1950 })).year).toBe(1950);
      expect((await created(`Geplant ${tag}`, { year: nextYear })).year).toBe(nextYear);
    });

    it('refuses wrong types, unknown and wrongly typed ids, and anonymous callers, creating nothing', async () => {
      const title = `Nichts ${graphTag()}`;
      const solution = await solutionNode(t, `Echt ${tag}`);
      const before = await countNodes(t);
      expect(failure(await create({ title, year: '2020' })).code).toBe('BAD_USER_INPUT');
      expect(failure(await create({ title, year: 2020.5 })).code).toBe('BAD_USER_INPUT');
      expect(
        failure(await create({ title, solutionApproachIds: [solution], practisedByIds: ['nope'] })),
      ).toMatchObject({
        code: 'NOT_FOUND',
        fields: ['practisedByIds'],
      });
      expect(
        failure(await create({ title, solutionApproachIds: [solution], practisedByIds: [solution] })),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_TYPE',
        fields: ['practisedByIds'],
      });
      expect(failure(await create({ title }, '')).code).toBe('UNAUTHENTICATED');
      expect(await countNodes(t)).toBe(before);
      expect(await countTitled(t, 'GoodPractice', title)).toBe(0);
    });

    it('stores Cypher-looking and HTML text verbatim', async () => {
      const practice = await created(SCRIPT, { description: INJECTION });
      expect(await get(practice.id)).toMatchObject({ title: SCRIPT, description: INJECTION });
    });
  });

  describe('updateGoodPractice and deleteGoodPractice', () => {
    it('updates properties, clears url and year with null, and records the change', async () => {
      const practice = await created(`Vorher ${tag}`, { url: 'https://example.org', year: 2019 });
      const body = await t.gql<{ updateGoodPractice: Practice }>(
        UPDATE,
        {
          id: practice.id,
          expectedRevision: await revisionOf(t, practice.id),
          input: { title: `Nachher ${tag}`, url: null, year: null },
        },
        member,
      );
      expect(ok(body).updateGoodPractice).toMatchObject({ title: `Nachher ${tag}`, url: null, year: null });
      const [change] = await history(t, member, practice.id);
      expect(change.changes).toEqual({
        title: { from: `Vorher ${tag}`, to: `Nachher ${tag}` },
        url: { from: 'https://example.org', to: null },
        year: { from: 2019, to: null },
      });
    });

    it('refuses bad updates, unknown ids and anonymous callers', async () => {
      const practice = await created(`Unverändert ${tag}`, { year: 2000 });
      expect(
        failure(
          await t.gql(
            UPDATE,
            {
              id: practice.id,
              expectedRevision: await revisionOf(t, practice.id),
              input: { url: 'ftp://x.y' },
            },
            member,
          ),
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['url'],
      });
      expect(
        failure(
          await t.gql(
            UPDATE,
            { id: practice.id, expectedRevision: await revisionOf(t, practice.id), input: { year: 3000 } },
            member,
          ),
        ).code,
      ).toBe('BAD_USER_INPUT');
      expect(
        failure(
          await t.gql(
            UPDATE,
            { id: 'nope', expectedRevision: await revisionOf(t, 'nope'), input: { year: 2001 } },
            member,
          ),
        ).code,
      ).toBe('NOT_FOUND');
      expect(
        failure(
          await t.gql(UPDATE, {
            id: practice.id,
            expectedRevision: await revisionOf(t, practice.id),
            input: { year: 2001 },
          }),
        ).code,
      ).toBe('UNAUTHENTICATED');
      expect((await get(practice.id)).year).toBe(2000);
    });

    it('deletes the practice and its relationships, keeping approach and actor', async () => {
      const solution = await solutionNode(t, `Bleibender Ansatz ${tag}`);
      const actor = await actorNode(t, `Bleibender Akteur ${tag}`);
      const practice = await created(`Vergänglich ${tag}`, {
        solutionApproachIds: [solution],
        practisedByIds: [actor],
      });
      expect(failure(await t.gql(DELETE, { id: practice.id })).code).toBe('UNAUTHENTICATED');
      expect(failure(await t.gql(DELETE, { id: 'nope' }, member)).code).toBe('NOT_FOUND');
      ok(await t.gql(DELETE, { id: practice.id }, member));
      expect(failure(await t.gql(GET, { id: practice.id }, member)).code).toBe('NOT_FOUND');
      const actorView = ok(
        await t.gql<{ actor: { goodPractices: unknown[] } }>(
          'query ($id: ID!) { actor(id: $id) { goodPractices { id } } }',
          { id: actor },
          member,
        ),
      );
      expect(actorView.actor.goodPractices).toEqual([]);
      expect(await countTitled(t, 'SolutionApproach', `Bleibender Ansatz ${tag}`)).toBe(1);
      const [change] = await history(t, member, practice.id);
      expect(change).toMatchObject({
        action: 'delete',
        changes: { solutionApproachIds: { from: [solution], to: null } },
      });
    });
  });

  describe('links', () => {
    it('links and unlinks an approach idempotently, recording each real change on both ends', async () => {
      const practice = await created(`Verlinkt ${tag}`);
      const solution = await solutionNode(t, `Belegter Ansatz ${tag}`);
      expect(
        ok(
          await t.gql<{ linkGoodPracticeToSolution: Practice }>(
            LINK,
            { g: practice.id, s: solution },
            member,
          ),
        ).linkGoodPracticeToSolution.solutionApproaches,
      ).toEqual([{ id: solution }]);
      ok(await t.gql(LINK, { g: practice.id, s: solution }, member));
      expect((await history(t, member, solution)).map((c) => c.action)).toEqual(['link']);
      expect(
        ok(
          await t.gql<{ unlinkGoodPracticeFromSolution: Practice }>(
            UNLINK,
            { g: practice.id, s: solution },
            member,
          ),
        ).unlinkGoodPracticeFromSolution.solutionApproaches,
      ).toEqual([]);
      expect((await history(t, member, practice.id)).map((c) => c.action)).toEqual([
        'unlink',
        'link',
        'create',
      ]);
      expect(failure(await t.gql(LINK, { g: practice.id, s: 'nope' }, member))).toMatchObject({
        code: 'NOT_FOUND',
        fields: ['solutionId'],
      });
      expect(failure(await t.gql(LINK, { g: solution, s: solution }, member))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['goodPracticeId'],
      });
      expect(failure(await t.gql(LINK, { g: practice.id, s: solution })).code).toBe('UNAUTHENTICATED');
      expect(failure(await t.gql(UNLINK, { g: practice.id, s: solution })).code).toBe('UNAUTHENTICATED');
    });

    it('replaces who practises it in one change', async () => {
      const [a, b, c] = [
        await actorNode(t, `Anna ${tag}`),
        await actorNode(t, `Bert ${tag}`),
        await actorNode(t, `Cleo ${tag}`),
      ];
      const practice = await created(`Gemeinsam ${tag}`, { practisedByIds: [a, b] });
      const body = await t.gql<{ setGoodPracticeActors: Practice }>(
        SET_ACTORS,
        { g: practice.id, a: [c, b, c] },
        member,
      );
      expect(ok(body).setGoodPracticeActors.practisedBy.map((actor) => actor.id)).toEqual([b, c]);
      const [change] = await history(t, member, practice.id);
      expect(change).toMatchObject({ action: 'update' });
      expect(change.changes.practisedByIds).toEqual({ from: [a, b].sort(), to: [b, c].sort() });

      const cleared = ok(
        await t.gql<{ setGoodPracticeActors: Practice }>(SET_ACTORS, { g: practice.id, a: [] }, member),
      );
      expect(cleared.setGoodPracticeActors.practisedBy).toEqual([]);
    });

    it('changes nothing when setGoodPracticeActors meets a bad id or an anonymous caller', async () => {
      const actor = await actorNode(t, `Dora ${tag}`);
      const practice = await created(`Stabil ${tag}`, { practisedByIds: [actor] });
      expect(failure(await t.gql(SET_ACTORS, { g: practice.id, a: [actor, 'nope'] }, member))).toMatchObject({
        code: 'NOT_FOUND',
        fields: ['actorIds'],
      });
      expect(failure(await t.gql(SET_ACTORS, { g: 'nope', a: [actor] }, member))).toMatchObject({
        code: 'NOT_FOUND',
        fields: ['goodPracticeId'],
      });
      expect(failure(await t.gql(SET_ACTORS, { g: practice.id, a: [''] }, member)).code).toBe(
        'BAD_USER_INPUT',
      );
      expect(failure(await t.gql(SET_ACTORS, { g: practice.id, a: [] })).code).toBe('UNAUTHENTICATED');
      expect((await get(practice.id)).practisedBy.map((p) => p.id)).toEqual([actor]);
    });
  });

  it('lists practices filtered by approach and actor, each once across pages', async () => {
    const solution = await solutionNode(t, `Filteransatz ${tag}`);
    const actor = await actorNode(t, `Filterakteur ${tag}`);
    const listTag = graphTag();
    const first = await created(`Alpha ${listTag}`, { solutionApproachIds: [solution] });
    const second = await created(`Beta ${listTag}`, { practisedByIds: [actor] });
    const third = await created(`Gamma ${listTag}`, {
      solutionApproachIds: [solution],
      practisedByIds: [actor],
    });
    const seen = await everyPage(async (after) => {
      const body = await t.gql<{ goodPractices: PageOf<{ id: string }> }>(
        LIST,
        { first: 1, after, filter: { text: listTag } },
        member,
      );
      return ok(body).goodPractices;
    });
    expect(seen.map((node) => node.id)).toEqual([first.id, second.id, third.id]);
    const filtered = ok(
      await t.gql<{ goodPractices: { edges: { node: { id: string } }[] } }>(
        LIST,
        { first: 10, filter: { text: listTag, solutionApproachIds: [solution], actorIds: [actor] } },
        member,
      ),
    );
    expect(filtered.goodPractices.edges.map((edge) => edge.node.id)).toEqual([third.id]);
    // Without text the list starts from the linked nodes; the same rows, each once, and counted.
    const byLinks = async (filter: Record<string, unknown>) => {
      const totals = new Set<number>();
      const nodes = await everyPage(async (after) => {
        const body = await t.gql<{ goodPractices: PageOf<{ id: string }> & { totalCount: number } }>(
          LIST,
          { first: 1, after, filter },
          member,
        );
        totals.add(ok(body).goodPractices.totalCount);
        return ok(body).goodPractices;
      });
      return { ids: nodes.map((node) => node.id), totals: [...totals] };
    };
    expect(await byLinks({ solutionApproachIds: [solution] })).toEqual({
      ids: [first.id, third.id],
      totals: [2],
    });
    expect(await byLinks({ actorIds: [actor] })).toEqual({ ids: [second.id, third.id], totals: [2] });
    expect(await byLinks({ solutionApproachIds: [solution], actorIds: [actor] })).toEqual({
      ids: [third.id],
      totals: [1],
    });
    expect(failure(await t.gql(LIST, { first: 1 })).code).toBe('UNAUTHENTICATED');
  });
});
