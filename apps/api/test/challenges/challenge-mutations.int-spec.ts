import { LIMITS } from '@netzwerkstatt/domain';
import {
  INJECTION,
  SCRIPT,
  accountIdOf,
  actionFieldId,
  actorNode,
  countNodes,
  countTitled,
  failure,
  graphTag,
  history,
  ok,
  relate,
  solutionNode,
  revisionOf,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const FIELDS =
  'id title description status priority createdBy updatedBy actionField { key } solutionApproaches { id }';
const CREATE = `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, expectedRevision: $expectedRevision, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteChallenge(id: $id) }';
const GET = `query ($id: ID!) { challenge(id: $id) { ${FIELDS} } }`;

interface Challenge {
  id: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  createdBy: string;
  updatedBy: string;
  actionField: { key: string } | null;
  solutionApproaches: { id: string }[];
}

describe('challenge mutations', () => {
  let t: TestApp;
  let member: string;
  let steering: string;
  let admin: string;
  let anerkennung: string;
  let arbeitsmarkt: string;
  const tag = graphTag();

  async function create(input: Record<string, unknown>, token = member) {
    return t.gql<{ createChallenge: Challenge }>(CREATE, { input }, token);
  }

  async function created(
    title: string,
    token = member,
    extra: Record<string, unknown> = {},
  ): Promise<Challenge> {
    return ok(await create({ title, actionFieldId: anerkennung, ...extra }, token)).createChallenge;
  }

  beforeAll(async () => {
    t = await startTestApp();
    [member, steering, admin] = await Promise.all([
      t.tokenFor('member'),
      t.tokenFor('steering'),
      t.tokenFor('admin'),
    ]);
    anerkennung = await actionFieldId(t, 'anerkennung');
    arbeitsmarkt = await actionFieldId(t, 'arbeitsmarkt');
  });
  afterAll(() => t.close());

  describe('createChallenge', () => {
    it('creates an open, medium challenge for a member and records who did it', async () => {
      const challenge = await created(`Anerkennung dauert ${tag}`, member, {
        description: 'Verfahren sind langsam',
      });
      const memberId = await accountIdOf(t, member);
      expect(challenge).toMatchObject({
        title: `Anerkennung dauert ${tag}`,
        description: 'Verfahren sind langsam',
        status: 'open',
        priority: 'medium',
        createdBy: memberId,
        actionField: { key: 'anerkennung' },
        solutionApproaches: [],
      });
      const [change] = await history(t, member, challenge.id);
      expect(change).toMatchObject({ action: 'create', userId: memberId });
      expect(change.changes.title).toEqual({ from: null, to: `Anerkennung dauert ${tag}` });
      expect(change.changes.actionFieldId).toEqual({ from: null, to: anerkennung });
    });

    it('lets the steering group and admins set status and priority', async () => {
      for (const token of [steering, admin]) {
        const challenge = await created(`Gesteuert ${tag}`, token, {
          status: 'in_progress',
          priority: 'high',
        });
        expect(challenge).toMatchObject({ status: 'in_progress', priority: 'high' });
      }
    });

    it.each([
      ['status', { status: 'closed' }],
      ['priority', { priority: 'high' }],
    ])('refuses a member setting %s (FORBIDDEN) and creates nothing', async (_what, extra) => {
      const title = `Verboten ${graphTag()}`;
      const body = await create({ title, actionFieldId: anerkennung, ...extra });
      expect(failure(body).code).toBe('FORBIDDEN');
      expect(await countTitled(t, 'Challenge', title)).toBe(0);
    });

    it('refuses callers who are not signed in', async () => {
      const title = `Anonym ${graphTag()}`;
      expect(failure(await create({ title, actionFieldId: anerkennung }, '')).code).toBe('UNAUTHENTICATED');
      expect(await countTitled(t, 'Challenge', title)).toBe(0);
    });

    it.each([
      ['an empty title', { title: '   ' }, 'title', 'REQUIRED'],
      ['a title that is too long', { title: 'x'.repeat(LIMITS.title + 1) }, 'title', 'TOO_LONG'],
      [
        'a description that is too long',
        { description: 'x'.repeat(LIMITS.description + 1) },
        'description',
        'TOO_LONG',
      ],
      ['an empty action field id', { actionFieldId: '' }, 'actionFieldId', 'REQUIRED'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, override, field, reason) => {
      const body = await create({ title: `Fehler ${tag}`, actionFieldId: anerkennung, ...override });
      expect(failure(body)).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [field] });
    });

    it('refuses values of the wrong GraphQL type', async () => {
      expect(failure(await create({ title: 42, actionFieldId: anerkennung })).code).toBe('BAD_USER_INPUT');
      expect(
        failure(await create({ title: 'x', actionFieldId: anerkennung, status: 'done' }, steering)).code,
      ).toBe('BAD_USER_INPUT');
    });

    it('refuses an unknown action field as NOT_FOUND and an id of another kind as BAD_USER_INPUT', async () => {
      const title = `Falsches Feld ${graphTag()}`;
      const unknown = failure(await create({ title, actionFieldId: 'no-such-field' }));
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', fields: ['actionFieldId'] });
      const actor = await actorNode(t, `Akteur ${tag}`);
      const wrong = failure(await create({ title, actionFieldId: actor }));
      expect(wrong).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_TYPE',
        fields: ['actionFieldId'],
      });
      expect(await countTitled(t, 'Challenge', title)).toBe(0);
    });

    it('stores Cypher-looking and HTML text verbatim', async () => {
      const before = await countNodes(t);
      const challenge = await created(`${INJECTION} ${tag}`, member, { description: SCRIPT });
      expect(challenge.title).toBe(`${INJECTION} ${tag}`);
      expect(challenge.description).toBe(SCRIPT);
      const again = ok(await t.gql<{ challenge: Challenge }>(GET, { id: challenge.id }, member)).challenge;
      expect(again).toMatchObject({ title: `${INJECTION} ${tag}`, description: SCRIPT });
      // The challenge and its history entry, and nothing lost.
      expect(await countNodes(t)).toBe(before + 2);
    });
  });

  describe('updateChallenge', () => {
    it('changes title, description and field and records what changed', async () => {
      const challenge = await created(`Alt ${tag}`, member, { description: 'alt' });
      const body = await t.gql<{ updateChallenge: Challenge }>(
        UPDATE,
        {
          id: challenge.id,
          expectedRevision: await revisionOf(t, challenge.id),
          input: { title: `Neu ${tag}`, description: null, actionFieldId: arbeitsmarkt },
        },
        member,
      );
      expect(ok(body).updateChallenge).toMatchObject({
        title: `Neu ${tag}`,
        description: null,
        actionField: { key: 'arbeitsmarkt' },
        status: 'open',
      });
      const [change] = await history(t, member, challenge.id);
      expect(change.action).toBe('update');
      expect(change.changes).toEqual({
        title: { from: `Alt ${tag}`, to: `Neu ${tag}` },
        description: { from: 'alt', to: null },
        actionFieldId: { from: anerkennung, to: arbeitsmarkt },
      });
    });

    it('lets the steering group change status and priority, but not a member', async () => {
      const challenge = await created(`Status ${tag}`);
      const refused = await t.gql(
        UPDATE,
        {
          id: challenge.id,
          expectedRevision: await revisionOf(t, challenge.id),
          input: { status: 'closed' },
        },
        member,
      );
      expect(failure(refused).code).toBe('FORBIDDEN');
      const refusedPriority = await t.gql(
        UPDATE,
        {
          id: challenge.id,
          expectedRevision: await revisionOf(t, challenge.id),
          input: { title: 'x', priority: 'low' },
        },
        member,
      );
      expect(failure(refusedPriority).code).toBe('FORBIDDEN');
      const unchanged = ok(
        await t.gql<{ challenge: Challenge }>(GET, { id: challenge.id }, member),
      ).challenge;
      expect(unchanged).toMatchObject({ title: `Status ${tag}`, status: 'open', priority: 'medium' });

      const body = await t.gql<{ updateChallenge: Challenge }>(
        UPDATE,
        {
          id: challenge.id,
          expectedRevision: await revisionOf(t, challenge.id),
          input: { status: 'addressed', priority: 'low' },
        },
        steering,
      );
      expect(ok(body).updateChallenge).toMatchObject({ status: 'addressed', priority: 'low' });
      const [change] = await history(t, member, challenge.id);
      expect(change.changes).toEqual({
        status: { from: 'open', to: 'addressed' },
        priority: { from: 'medium', to: 'low' },
      });
    });

    it('records nothing when nothing changes', async () => {
      const challenge = await created(`Gleich ${tag}`);
      ok(
        await t.gql(
          UPDATE,
          {
            id: challenge.id,
            expectedRevision: await revisionOf(t, challenge.id),
            input: { title: `Gleich ${tag}` },
          },
          member,
        ),
      );
      expect((await history(t, member, challenge.id)).map((change) => change.action)).toEqual(['create']);
    });

    it('refuses bad input, unknown ids and anonymous callers, changing nothing', async () => {
      const challenge = await created(`Bleibt ${tag}`);
      const tooLong = failure(
        await t.gql(
          UPDATE,
          {
            id: challenge.id,
            expectedRevision: await revisionOf(t, challenge.id),
            input: { title: 'x'.repeat(LIMITS.title + 1) },
          },
          member,
        ),
      );
      expect(tooLong).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['title'] });
      const empty = failure(
        await t.gql(
          UPDATE,
          { id: challenge.id, expectedRevision: await revisionOf(t, challenge.id), input: { title: '' } },
          member,
        ),
      );
      expect(empty).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['title'] });
      const badField = failure(
        await t.gql(
          UPDATE,
          {
            id: challenge.id,
            expectedRevision: await revisionOf(t, challenge.id),
            input: { actionFieldId: 'nope' },
          },
          member,
        ),
      );
      expect(badField).toMatchObject({ code: 'NOT_FOUND', fields: ['actionFieldId'] });
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
            id: challenge.id,
            expectedRevision: await revisionOf(t, challenge.id),
            input: { title: 'x' },
          }),
        ).code,
      ).toBe('UNAUTHENTICATED');
      const after = ok(await t.gql<{ challenge: Challenge }>(GET, { id: challenge.id }, member)).challenge;
      expect(after).toMatchObject({ title: `Bleibt ${tag}`, actionField: { key: 'anerkennung' } });
      expect((await history(t, member, challenge.id)).length).toBe(1);
    });
  });

  describe('deleteChallenge', () => {
    it('deletes the challenge and its relationships, keeps the solution approach, records the delete', async () => {
      const challenge = await created(`Weg ${tag}`);
      const solution = await solutionNode(t, `Lösung bleibt ${tag}`);
      await relate(t, 'ADDRESSES', [[solution, challenge.id]]);
      expect(
        ok(await t.gql<{ deleteChallenge: string }>(DELETE, { id: challenge.id }, member)).deleteChallenge,
      ).toBe(challenge.id);
      expect(failure(await t.gql(GET, { id: challenge.id }, member)).code).toBe('NOT_FOUND');
      const left = ok(
        await t.gql<{ solutionApproach: { challenges: unknown[] } }>(
          'query ($id: ID!) { solutionApproach(id: $id) { challenges { id } } }',
          { id: solution },
          member,
        ),
      );
      expect(left.solutionApproach.challenges).toEqual([]);
      const [change] = await history(t, member, challenge.id);
      expect(change.action).toBe('delete');
      expect(change.changes.title).toEqual({ from: `Weg ${tag}`, to: null });
      expect(change.changes.solutionApproachIds).toEqual({ from: [solution], to: null });
    });

    it('refuses unknown ids and anonymous callers', async () => {
      const challenge = await created(`Nicht weg ${tag}`);
      expect(failure(await t.gql(DELETE, { id: 'no-such-challenge' }, member)).code).toBe('NOT_FOUND');
      expect(failure(await t.gql(DELETE, { id: challenge.id })).code).toBe('UNAUTHENTICATED');
      expect(ok(await t.gql<{ challenge: Challenge }>(GET, { id: challenge.id }, member)).challenge.id).toBe(
        challenge.id,
      );
    });
  });
});
