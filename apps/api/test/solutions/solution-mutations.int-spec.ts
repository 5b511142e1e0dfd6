import { LIMITS } from '@netzwerkstatt/domain';
import {
  INJECTION,
  SCRIPT,
  accountIdOf,
  actionFieldId,
  actorNode,
  challengeNode,
  countNodes,
  countTitled,
  failure,
  goodPracticeNode,
  graphTag,
  history,
  ok,
  relate,
  revisionOf,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const FIELDS =
  'id title description status createdBy challenges { id } carriers { id name } goodPractices { id }';
const CREATE = `mutation ($input: CreateSolutionApproachInput!) { createSolutionApproach(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateSolutionApproachInput!) {
  updateSolutionApproach(id: $id, expectedRevision: $expectedRevision, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteSolutionApproach(id: $id) }';
const GET = `query ($id: ID!) { solutionApproach(id: $id) { ${FIELDS} } }`;
const LINK_CHALLENGE = `mutation ($s: ID!, $c: ID!) { linkSolutionToChallenge(solutionId: $s, challengeId: $c) { ${FIELDS} } }`;
const UNLINK_CHALLENGE = `mutation ($s: ID!, $c: ID!) {
  unlinkSolutionFromChallenge(solutionId: $s, challengeId: $c) { ${FIELDS} } }`;
const LINK_ACTOR = `mutation ($a: ID!, $s: ID!) { linkActorToSolution(actorId: $a, solutionId: $s) { ${FIELDS} } }`;
const UNLINK_ACTOR = `mutation ($a: ID!, $s: ID!) { unlinkActorFromSolution(actorId: $a, solutionId: $s) { ${FIELDS} } }`;
const ACTOR_SOLUTIONS = 'query ($id: ID!) { actor(id: $id) { id solutionApproaches { id title } } }';

interface Solution {
  id: string;
  title: string;
  description: string | null;
  status: string;
  createdBy: string;
  challenges: { id: string }[];
  carriers: { id: string; name: string }[];
  goodPractices: { id: string }[];
}

describe('solution approach mutations', () => {
  let t: TestApp;
  let member: string;
  let field: string;
  const tag = graphTag();

  async function create(input: Record<string, unknown>, token = member) {
    return t.gql<{ createSolutionApproach: Solution }>(CREATE, { input }, token);
  }

  async function created(title: string, extra: Record<string, unknown> = {}): Promise<Solution> {
    return ok(await create({ title, ...extra })).createSolutionApproach;
  }

  async function get(id: string): Promise<Solution> {
    return ok(await t.gql<{ solutionApproach: Solution }>(GET, { id }, member)).solutionApproach;
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    field = await actionFieldId(t, 'arbeitsmarkt');
  });
  afterAll(() => t.close());

  describe('createSolutionApproach', () => {
    it('creates a proposed approach linked to its challenges and carriers, with history', async () => {
      const challenge = await challengeNode(t, `Sprachbarrieren ${tag}`, field);
      const actor = await actorNode(t, `Sprachschule ${tag}`);
      const solution = await created(`Berufssprachkurse ${tag}`, {
        description: 'Kurse mit Fachvokabular',
        challengeIds: [challenge],
        carrierIds: [actor, actor],
      });
      expect(solution).toMatchObject({
        title: `Berufssprachkurse ${tag}`,
        description: 'Kurse mit Fachvokabular',
        status: 'proposed',
        createdBy: await accountIdOf(t, member),
        challenges: [{ id: challenge }],
        carriers: [{ id: actor, name: `Sprachschule ${tag}` }],
        goodPractices: [],
      });
      const [change] = await history(t, member, solution.id);
      expect(change.action).toBe('create');
      expect(change.changes).toMatchObject({
        challengeIds: { from: null, to: [challenge] },
        carrierIds: { from: null, to: [actor] },
      });
      const actorView = ok(
        await t.gql<{ actor: { solutionApproaches: { id: string }[] } }>(
          ACTOR_SOLUTIONS,
          { id: actor },
          member,
        ),
      );
      expect(actorView.actor.solutionApproaches.map((s) => s.id)).toEqual([solution.id]);
    });

    it('creates nothing when one of the linked ids is unknown or of another kind', async () => {
      const challenge = await challengeNode(t, `Halb ${tag}`, field);
      const actor = await actorNode(t, `Halbträger ${tag}`);
      const title = `Halbfertig ${graphTag()}`;
      const before = await countNodes(t);
      const unknown = failure(
        await create({ title, challengeIds: [challenge, 'no-such-challenge'], carrierIds: [actor] }),
      );
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', fields: ['challengeIds'] });
      const wrongKind = failure(await create({ title, challengeIds: [challenge], carrierIds: [challenge] }));
      expect(wrongKind).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_TYPE',
        fields: ['carrierIds'],
      });
      expect(await countNodes(t)).toBe(before);
      expect(await countTitled(t, 'SolutionApproach', title)).toBe(0);
    });

    it.each([
      ['an empty title', { title: '' }, 'title'],
      ['a title that is too long', { title: 'x'.repeat(LIMITS.title + 1) }, 'title'],
      ['a description that is too long', { description: 'x'.repeat(LIMITS.description + 1) }, 'description'],
      ['an empty id in a list', { challengeIds: [''] }, 'challengeIds'],
      ['too many ids', { carrierIds: Array.from({ length: 101 }, (_v, i) => `id-${i}`) }, 'carrierIds'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, override, field) => {
      expect(failure(await create({ title: `Fehler ${tag}`, ...override }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    });

    it('refuses values of the wrong GraphQL type and anonymous callers', async () => {
      expect(failure(await create({ title: ['Liste'] })).code).toBe('BAD_USER_INPUT');
      expect(failure(await create({ title: 'x', status: 'finished' })).code).toBe('BAD_USER_INPUT');
      const title = `Anonym ${graphTag()}`;
      expect(failure(await create({ title }, '')).code).toBe('UNAUTHENTICATED');
      expect(await countTitled(t, 'SolutionApproach', title)).toBe(0);
    });

    it('stores Cypher-looking and HTML text verbatim', async () => {
      const before = await countNodes(t);
      const solution = await created(INJECTION, { description: SCRIPT });
      expect(await get(solution.id)).toMatchObject({ title: INJECTION, description: SCRIPT });
      expect(await countNodes(t)).toBe(before + 2);
    });
  });

  describe('updateSolutionApproach', () => {
    it('changes the properties and records what changed', async () => {
      const solution = await created(`Erst ${tag}`);
      const body = await t.gql<{ updateSolutionApproach: Solution }>(
        UPDATE,
        {
          id: solution.id,
          expectedRevision: await revisionOf(t, solution.id),
          input: { title: `Dann ${tag}`, status: 'piloting', description: SCRIPT },
        },
        member,
      );
      expect(ok(body).updateSolutionApproach).toMatchObject({
        title: `Dann ${tag}`,
        status: 'piloting',
        description: SCRIPT,
      });
      const [change] = await history(t, member, solution.id);
      expect(change).toMatchObject({ action: 'update' });
      expect(change.changes).toEqual({
        title: { from: `Erst ${tag}`, to: `Dann ${tag}` },
        status: { from: 'proposed', to: 'piloting' },
        description: { from: null, to: SCRIPT },
      });
    });

    it('refuses bad input, unknown ids and anonymous callers, changing nothing', async () => {
      const solution = await created(`Fest ${tag}`);
      const long = failure(
        await t.gql(
          UPDATE,
          {
            id: solution.id,
            expectedRevision: await revisionOf(t, solution.id),
            input: { title: 'x'.repeat(LIMITS.title + 1) },
          },
          member,
        ),
      );
      expect(long).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['title'] });
      expect(
        failure(
          await t.gql(
            UPDATE,
            { id: 'nope', expectedRevision: await revisionOf(t, 'nope'), input: { title: 'x' } },
            member,
          ),
        ).code,
      ).toBe('NOT_FOUND');
      expect(
        failure(
          await t.gql(UPDATE, {
            id: solution.id,
            expectedRevision: await revisionOf(t, solution.id),
            input: { title: 'x' },
          }),
        ).code,
      ).toBe('UNAUTHENTICATED');
      expect((await get(solution.id)).title).toBe(`Fest ${tag}`);
    });
  });

  describe('deleteSolutionApproach', () => {
    it('removes the approach and all its relationships, keeps what it was linked to', async () => {
      const challenge = await challengeNode(t, `Bleibt ${tag}`, field);
      const actor = await actorNode(t, `Bleibender Träger ${tag}`);
      const solution = await created(`Vergeht ${tag}`, { challengeIds: [challenge], carrierIds: [actor] });
      const practice = await goodPracticeNode(t, `Beleg ${tag}`);
      await relate(t, 'EVIDENCES', [[practice, solution.id]]);

      ok(await t.gql(DELETE, { id: solution.id }, member));
      expect(failure(await t.gql(GET, { id: solution.id }, member)).code).toBe('NOT_FOUND');
      const challengeView = ok(
        await t.gql<{ challenge: { solutionApproaches: unknown[] } }>(
          'query ($id: ID!) { challenge(id: $id) { solutionApproaches { id } } }',
          { id: challenge },
          member,
        ),
      );
      expect(challengeView.challenge.solutionApproaches).toEqual([]);
      const actorView = ok(
        await t.gql<{ actor: { solutionApproaches: unknown[] } }>(ACTOR_SOLUTIONS, { id: actor }, member),
      );
      expect(actorView.actor.solutionApproaches).toEqual([]);
      const practiceView = ok(
        await t.gql<{ goodPractice: { solutionApproaches: unknown[] } }>(
          'query ($id: ID!) { goodPractice(id: $id) { solutionApproaches { id } } }',
          { id: practice },
          member,
        ),
      );
      expect(practiceView.goodPractice.solutionApproaches).toEqual([]);
      const [change] = await history(t, member, solution.id);
      expect(change.action).toBe('delete');
      expect(change.changes).toMatchObject({
        challengeIds: { from: [challenge], to: null },
        carrierIds: { from: [actor], to: null },
        goodPracticeIds: { from: [practice], to: null },
      });
    });

    it('refuses unknown ids and anonymous callers', async () => {
      const solution = await created(`Nicht löschbar ${tag}`);
      expect(failure(await t.gql(DELETE, { id: 'nope' }, member)).code).toBe('NOT_FOUND');
      expect(failure(await t.gql(DELETE, { id: solution.id })).code).toBe('UNAUTHENTICATED');
      expect((await get(solution.id)).id).toBe(solution.id);
    });
  });

  describe('linking challenges and carriers', () => {
    it('links and unlinks a challenge once, recording it on both ends', async () => {
      const solution = await created(`Verknüpft ${tag}`);
      const challenge = await challengeNode(t, `Ziel ${tag}`, field);
      const linked = ok(
        await t.gql<{ linkSolutionToChallenge: Solution }>(
          LINK_CHALLENGE,
          { s: solution.id, c: challenge },
          member,
        ),
      );
      expect(linked.linkSolutionToChallenge.challenges).toEqual([{ id: challenge }]);
      ok(await t.gql(LINK_CHALLENGE, { s: solution.id, c: challenge }, member));
      expect((await get(solution.id)).challenges).toHaveLength(1);

      const onSolution = await history(t, member, solution.id);
      expect(onSolution.map((c) => c.action)).toEqual(['link', 'create']);
      expect(onSolution[0].related).toEqual({
        type: 'Challenge',
        id: challenge,
        label: `Ziel ${tag}`,
        relation: 'ADDRESSES',
      });
      const onChallenge = await history(t, member, challenge);
      expect(onChallenge[0].related).toMatchObject({
        type: 'SolutionApproach',
        id: solution.id,
        relation: 'ADDRESSES',
      });

      const unlinked = ok(
        await t.gql<{ unlinkSolutionFromChallenge: Solution }>(
          UNLINK_CHALLENGE,
          { s: solution.id, c: challenge },
          member,
        ),
      );
      expect(unlinked.unlinkSolutionFromChallenge.challenges).toEqual([]);
      ok(await t.gql(UNLINK_CHALLENGE, { s: solution.id, c: challenge }, member));
      expect((await history(t, member, solution.id)).map((c) => c.action)).toEqual([
        'unlink',
        'link',
        'create',
      ]);
    });

    it('links and unlinks a carrier, visible from the actor too', async () => {
      const solution = await created(`Getragen ${tag}`);
      const actor = await actorNode(t, `Kammer ${tag}`);
      const linked = ok(
        await t.gql<{ linkActorToSolution: Solution }>(LINK_ACTOR, { a: actor, s: solution.id }, member),
      );
      expect(linked.linkActorToSolution.carriers).toEqual([{ id: actor, name: `Kammer ${tag}` }]);
      const actorView = ok(
        await t.gql<{ actor: { solutionApproaches: { id: string }[] } }>(
          ACTOR_SOLUTIONS,
          { id: actor },
          member,
        ),
      );
      expect(actorView.actor.solutionApproaches).toEqual([{ id: solution.id, title: `Getragen ${tag}` }]);
      expect((await history(t, member, actor))[0]).toMatchObject({
        action: 'link',
        related: { relation: 'CARRIES' },
      });
      const unlinked = ok(
        await t.gql<{ unlinkActorFromSolution: Solution }>(
          UNLINK_ACTOR,
          { a: actor, s: solution.id },
          member,
        ),
      );
      expect(unlinked.unlinkActorFromSolution.carriers).toEqual([]);
    });

    it('refuses unknown ids, ids of another kind and empty ids, naming the argument', async () => {
      const solution = await created(`Falsch verknüpft ${tag}`);
      const challenge = await challengeNode(t, `Echt ${tag}`, field);
      expect(failure(await t.gql(LINK_CHALLENGE, { s: solution.id, c: 'nope' }, member))).toMatchObject({
        code: 'NOT_FOUND',
        fields: ['challengeId'],
      });
      expect(failure(await t.gql(LINK_CHALLENGE, { s: 'nope', c: challenge }, member))).toMatchObject({
        code: 'NOT_FOUND',
        fields: ['solutionId'],
      });
      expect(failure(await t.gql(LINK_ACTOR, { a: challenge, s: solution.id }, member))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_TYPE',
        fields: ['actorId'],
      });
      expect(failure(await t.gql(UNLINK_ACTOR, { a: '', s: solution.id }, member))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['actorId'],
      });
      expect((await get(solution.id)).challenges).toEqual([]);
      expect((await history(t, member, solution.id)).map((c) => c.action)).toEqual(['create']);
    });

    it.each([
      ['linkSolutionToChallenge', LINK_CHALLENGE],
      ['unlinkSolutionFromChallenge', UNLINK_CHALLENGE],
      ['linkActorToSolution', LINK_ACTOR],
      ['unlinkActorFromSolution', UNLINK_ACTOR],
    ])('refuses %s to anonymous callers', async (_name, mutation) => {
      const solution = await created(`Anonym verknüpft ${tag}`);
      const challenge = await challengeNode(t, `Anonym Ziel ${tag}`, field);
      const actor = await actorNode(t, `Anonym Träger ${tag}`);
      await relate(t, 'ADDRESSES', [[solution.id, challenge]]);
      await relate(t, 'CARRIES', [[actor, solution.id]]);
      const before = await get(solution.id);
      expect(failure(await t.gql(mutation, { s: solution.id, c: challenge, a: actor })).code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await get(solution.id)).toEqual(before);
    });
  });
});
