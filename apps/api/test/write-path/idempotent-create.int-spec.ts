import { randomUUID } from 'node:crypto';
import { actionFieldId, countTitled, failure, graphTag, history, ok } from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';
import {
  type Actor,
  type Challenge,
  CREATE_ACTOR_WRITE,
  CREATE_CHALLENGE,
  CREATE_PERSON,
  type Person,
  CREATE_SOLUTION,
  type SolutionApproach,
  nodesWithId,
} from '../support/write-path.js';

/** A create carries a client id, so sending it again (after a lost answer) does not create twice. */
describe('creates with a client id', () => {
  let t: TestApp;
  let member: string;
  let otherMember: string;
  let field: string;
  const tag = graphTag();

  function create(input: Record<string, unknown>, token = member) {
    return t.gql<{ createChallenge: Challenge }>(
      CREATE_CHALLENGE,
      { input: { actionFieldId: field, ...input } },
      token,
    );
  }

  async function createEntries(id: string): Promise<number> {
    return (await history(t, member, id)).filter((change) => change.action === 'create').length;
  }

  beforeAll(async () => {
    t = await startTestApp();
    [member, otherMember] = await Promise.all([t.tokenFor('member'), t.tokenFor('member')]);
    field = await actionFieldId(t, 'arbeitsmarkt');
  });
  afterAll(() => t.close());

  it('returns the first record when the same create is sent again', async () => {
    const id = randomUUID();
    const title = `Einmal ${tag}`;
    const first = ok(await create({ id, title, description: 'erste Sendung' })).createChallenge;
    const second = ok(await create({ id, title, description: 'erste Sendung' })).createChallenge;
    expect(first.id).toBe(id);
    expect(second).toEqual(first);
    expect(await nodesWithId(t, id)).toBe(1);
    expect(await countTitled(t, 'Challenge', title)).toBe(1);
    expect(await createEntries(id)).toBe(1);
    expect((await history(t, member, id)).length).toBe(1);
  });

  it('keeps what the person typed after a lost answer: a retry with changed values saves them on top', async () => {
    const id = randomUUID();
    const title = `Weitergetippt ${tag}`;
    ok(await create({ id, title, description: 'erste Sendung' }));
    const retried = ok(await create({ id, title, description: 'zweite Sendung' })).createChallenge;
    expect(retried).toMatchObject({ id, description: 'zweite Sendung' });
    expect(await nodesWithId(t, id)).toBe(1);
    expect((await history(t, member, id)).map((change) => change.action)).toEqual(['update', 'create']);
  });

  it.each([2, 5])('creates one record when the same create is sent %i times at once', async (times) => {
    const id = randomUUID();
    const title = `Gleichzeitig ${times} ${tag}`;
    const answers = await Promise.all(Array.from({ length: times }, () => create({ id, title })));
    for (const answer of answers) expect(ok(answer).createChallenge).toMatchObject({ id, title });
    expect(await nodesWithId(t, id)).toBe(1);
    expect(await countTitled(t, 'Challenge', title)).toBe(1);
    expect(await createEntries(id)).toBe(1);
  });

  it('refuses the id of another person’s record as CONFLICT ID_TAKEN and changes nothing', async () => {
    const id = randomUUID();
    const first = ok(await create({ id, title: `Annas ${tag}` })).createChallenge;
    const body = await create({ id, title: `Bens ${tag}` }, otherMember);
    expect(failure(body)).toMatchObject({ code: 'CONFLICT', reason: 'ID_TAKEN' });
    expect(await nodesWithId(t, id)).toBe(1);
    expect(await countTitled(t, 'Challenge', `Bens ${tag}`)).toBe(0);
    expect(ok(await create({ id, title: `Annas ${tag}` })).createChallenge).toEqual(first);
    expect(await createEntries(id)).toBe(1);
  });

  it('refuses a challenge’s id for a solution approach, also by the same person, as CONFLICT', async () => {
    const id = randomUUID();
    ok(await create({ id, title: `Herausforderung ${tag}` }));
    const body = await t.gql<{ createSolutionApproach: SolutionApproach }>(
      CREATE_SOLUTION,
      { input: { id, title: `Lösung mit fremder ID ${tag}` } },
      member,
    );
    expect(failure(body)).toMatchObject({ code: 'CONFLICT', reason: 'ID_TAKEN' });
    expect(await nodesWithId(t, id)).toBe(1);
    expect(await countTitled(t, 'SolutionApproach', `Lösung mit fremder ID ${tag}`)).toBe(0);
  });

  it('refuses an id that is not a UUID as BAD_USER_INPUT naming the field', async () => {
    const title = `Keine UUID ${tag}`;
    expect(failure(await create({ id: 'not-a-uuid', title }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['id'],
    });
    expect(await countTitled(t, 'Challenge', title)).toBe(0);
    expect(await nodesWithId(t, 'not-a-uuid')).toBe(0);
  });

  it.each([1, 3])('creates one actor when its create is sent %i more times at once', async (more) => {
    const id = randomUUID();
    const name = `Akteur ${more} ${tag}`;
    const send = () => t.gql<{ createActor: Actor }>(CREATE_ACTOR_WRITE, { input: { id, name } }, member);
    const first = ok(await send()).createActor;
    const answers = await Promise.all(Array.from({ length: more }, send));
    for (const answer of answers) expect(ok(answer).createActor).toEqual(first);
    expect(await nodesWithId(t, id)).toBe(1);
    expect(await createEntries(id)).toBe(1);
    expect(failure(await t.gql(CREATE_ACTOR_WRITE, { input: { id, name } }, otherMember))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ID_TAKEN',
    });
  });

  it('creates one person and one link to their actor when the create is sent again', async () => {
    const actor = ok(
      await t.gql<{ createActor: Actor }>(CREATE_ACTOR_WRITE, { input: { name: `Kammer ${tag}` } }, member),
    ).createActor;
    const id = randomUUID();
    const input = { id, name: `Greta ${tag}`, actorId: actor.id, role: 'Beratung' };
    const answers = await Promise.all(
      [1, 2].map(() => t.gql<{ createPerson: Person }>(CREATE_PERSON, { input }, member)),
    );
    const retry = ok(await t.gql<{ createPerson: Person }>(CREATE_PERSON, { input }, member)).createPerson;
    for (const answer of answers) expect(ok(answer).createPerson).toEqual(retry);
    expect(retry).toMatchObject({ id, actors: [{ actor: { id: actor.id }, role: 'Beratung' }] });
    expect(await nodesWithId(t, id)).toBe(1);
    expect(await createEntries(id)).toBe(1);
    // The link is recorded once on the actor's side as well.
    const actorLinks = (await history(t, member, actor.id)).filter((change) => change.action === 'link');
    expect(actorLinks).toHaveLength(1);
  });
});
