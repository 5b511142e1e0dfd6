import { accountIdOf, actionFieldId, graphTag, history, ok, revisionOf } from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';
import { referenceIds } from '../support/actors.js';
import {
  type Actor,
  type Challenge,
  CREATE_ACTOR_WRITE,
  CREATE_CHALLENGE,
  CREATE_PERSON,
  GET_ACTOR,
  GET_PERSON,
  LINK_ACTOR,
  LINK_PERSON,
  type Person,
  UPDATE_ACTOR,
  UPDATE_PERSON,
  CREATE_SOLUTION,
  GET_CHALLENGE,
  GET_SOLUTION,
  LINK_SOLUTION,
  type SolutionApproach,
  UNLINK_SOLUTION,
  UPDATE_CHALLENGE,
  UPDATE_SOLUTION,
  extensionsOf,
  renameAccount,
} from '../support/write-path.js';

/** Two people edit the same record: nobody's text is silently overwritten. */
describe('concurrent edits', () => {
  let t: TestApp;
  let anna: string;
  let ben: string;
  let annaName: string;
  let field: string;
  const tag = graphTag();

  async function load(token: string, id: string): Promise<Challenge> {
    return ok(await t.gql<{ challenge: Challenge }>(GET_CHALLENGE, { id }, token)).challenge;
  }

  async function save(token: string, id: string, expectedRevision: number, input: Record<string, unknown>) {
    return t.gql<{ updateChallenge: Challenge }>(UPDATE_CHALLENGE, { id, expectedRevision, input }, token);
  }

  async function created(title: string, description: string | null): Promise<Challenge> {
    return ok(
      await t.gql<{ createChallenge: Challenge }>(
        CREATE_CHALLENGE,
        { input: { title, description, actionFieldId: field } },
        anna,
      ),
    ).createChallenge;
  }

  /** What the web form sends: every field of the form, as loaded or as typed. */
  const form = (challenge: Challenge) => ({
    title: challenge.title,
    description: challenge.description,
    actionFieldId: challenge.actionField?.id,
  });

  beforeAll(async () => {
    t = await startTestApp();
    [anna, ben] = await Promise.all([t.tokenFor('member'), t.tokenFor('member')]);
    const [annaId, benId] = await Promise.all([accountIdOf(t, anna), accountIdOf(t, ben)]);
    // Two calls give two accounts: the conflict is between two people.
    expect(annaId).not.toBe(benId);
    annaName = `Anna ${tag}`;
    await renameAccount(t, annaId, annaName);
    field = await actionFieldId(t, 'anerkennung');
  });
  afterAll(() => t.close());

  it('refuses a save based on a stale revision with the current values, and keeps both texts in the history once the second person saves again', async () => {
    const challenge = await created(`Wartezeiten ${tag}`, 'Ursprünglicher Text');
    const annaForm = await load(anna, challenge.id);
    const benForm = await load(ben, challenge.id);
    expect(benForm.revision).toBe(annaForm.revision);
    const loaded = annaForm.revision;

    const annaText = 'Annas Beschreibung: die Bescheide dauern Monate';
    const benText = 'Bens Beschreibung: die Unterlagen fehlen';
    const first = ok(await save(anna, challenge.id, loaded, { ...form(annaForm), description: annaText }));
    expect(first.updateChallenge).toMatchObject({ description: annaText, revision: loaded + 1 });

    const stale = await save(ben, challenge.id, loaded, { ...form(benForm), description: benText });
    const conflict = extensionsOf(stale);
    expect(conflict).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_REVISION',
      current: {
        revision: loaded + 1,
        updatedByName: annaName,
        values: {
          title: `Wartezeiten ${tag}`,
          description: annaText,
          status: 'open',
          priority: 'medium',
          actionFieldId: field,
        },
      },
    });
    const current = conflict.current as { updatedAt: string };
    expect(Number.isNaN(Date.parse(current.updatedAt))).toBe(false);
    // Nothing changed: Anna's text is stored, no revision and no history entry were added.
    expect(await load(ben, challenge.id)).toMatchObject({ description: annaText, revision: loaded + 1 });
    expect((await history(t, ben, challenge.id)).map((change) => change.action)).toEqual([
      'update',
      'create',
    ]);

    // Ben has seen Anna's text and saves his on the current revision.
    const second = ok(await save(ben, challenge.id, loaded + 1, { ...form(benForm), description: benText }));
    expect(second.updateChallenge).toMatchObject({ description: benText, revision: loaded + 2 });
    const [bens, annas] = await history(t, ben, challenge.id);
    expect(bens).toMatchObject({ action: 'update', userId: await accountIdOf(t, ben) });
    expect(bens.changes).toEqual({ description: { from: annaText, to: benText } });
    expect(annas).toMatchObject({ action: 'update', userId: await accountIdOf(t, anna) });
    expect(annas.changes).toEqual({ description: { from: 'Ursprünglicher Text', to: annaText } });
  });

  it('accepts an unchanged form with a stale revision as no change: no conflict, nothing recorded', async () => {
    const challenge = await created(`Unverändert ${tag}`, 'Bleibt so');
    const benForm = await load(ben, challenge.id);
    // Anna changes the description and then puts it back: the record is as Ben loaded it, two revisions on.
    const loaded = benForm.revision;
    ok(await save(anna, challenge.id, loaded, { description: 'Kurz anders' }));
    ok(await save(anna, challenge.id, loaded + 1, { description: 'Bleibt so' }));
    const before = await history(t, ben, challenge.id);

    const body = ok(await save(ben, challenge.id, loaded, form(benForm)));
    expect(body.updateChallenge).toMatchObject({ description: 'Bleibt so', revision: loaded + 2 });
    expect(await history(t, ben, challenge.id)).toEqual(before);

    // Also when the stale form holds exactly what is stored now.
    const annaForm = await load(anna, challenge.id);
    ok(await save(anna, challenge.id, annaForm.revision, { description: 'Neu von Anna' }));
    const same = ok(await save(ben, challenge.id, loaded, { ...form(benForm), description: 'Neu von Anna' }));
    expect(same.updateChallenge.revision).toBe(loaded + 3);
    expect((await history(t, ben, challenge.id)).length).toBe(before.length + 1);
  });

  it('does not count links as revisions: a form loaded before a link still saves', async () => {
    const challenge = await created(`Verknüpft ${tag}`, null);
    const solution = ok(
      await t.gql<{ createSolutionApproach: SolutionApproach }>(
        CREATE_SOLUTION,
        { input: { title: `Lotsendienst ${tag}` } },
        ben,
      ),
    ).createSolutionApproach;
    const challengeForm = await load(anna, challenge.id);
    const solutionForm = solution;

    ok(await t.gql(LINK_SOLUTION, { solutionId: solution.id, challengeId: challenge.id }, ben));
    const linked = await load(anna, challenge.id);
    expect(linked.solutionApproaches).toEqual([{ id: solution.id }]);
    expect(linked.revision).toBe(challengeForm.revision);
    const linkedSolution = ok(
      await t.gql<{ solutionApproach: SolutionApproach }>(GET_SOLUTION, { id: solution.id }, ben),
    ).solutionApproach;
    expect(linkedSolution.revision).toBe(solutionForm.revision);

    const savedChallenge = ok(
      await save(anna, challenge.id, challengeForm.revision, {
        ...form(challengeForm),
        description: 'Nach der Verknüpfung',
      }),
    ).updateChallenge;
    expect(savedChallenge).toMatchObject({
      description: 'Nach der Verknüpfung',
      revision: challengeForm.revision + 1,
      solutionApproaches: [{ id: solution.id }],
    });
    const savedSolution = ok(
      await t.gql<{ updateSolutionApproach: SolutionApproach }>(
        UPDATE_SOLUTION,
        {
          id: solution.id,
          expectedRevision: solutionForm.revision,
          input: { title: solutionForm.title, description: 'Auch nach der Verknüpfung' },
        },
        ben,
      ),
    ).updateSolutionApproach;
    expect(savedSolution).toMatchObject({
      description: 'Auch nach der Verknüpfung',
      revision: solutionForm.revision + 1,
      challenges: [{ id: challenge.id }],
    });

    // Unlinking does not count either.
    ok(await t.gql(UNLINK_SOLUTION, { solutionId: solution.id, challengeId: challenge.id }, ben));
    expect(await load(anna, challenge.id)).toMatchObject({
      revision: challengeForm.revision + 1,
      solutionApproaches: [],
    });
  });

  /** Actors and persons: a text field each, saved by two people from the same loaded revision. */
  const RECORDS = {
    Actor: {
      field: 'description',
      create: `mutation ($name: String!) { created: createActor(input: { name: $name, description: "Ursprünglich" }) { id } }`,
      update: UPDATE_ACTOR,
      get: GET_ACTOR,
    },
    Person: {
      field: 'function',
      create: `mutation ($name: String!) { created: createPerson(input: { name: $name, function: "Ursprünglich" }) { id } }`,
      update: UPDATE_PERSON,
      get: GET_PERSON,
    },
  } as const;

  it.each(Object.keys(RECORDS) as (keyof typeof RECORDS)[])(
    'refuses a stale update of an %s with the current values and keeps both texts in the history',
    async (kind) => {
      const record = RECORDS[kind];
      const name = `${kind} ${graphTag()} ${tag}`;
      const { created } = ok(await t.gql<{ created: { id: string } }>(record.create, { name }, anna));
      const loaded = await revisionOf(t, created.id);
      const update = (token: string, expectedRevision: number, text: string) =>
        t.gql(record.update, { id: created.id, expectedRevision, input: { [record.field]: text } }, token);

      ok(await update(anna, loaded, 'Annas Fassung'));
      const conflict = extensionsOf(await update(ben, loaded, 'Bens Fassung'));
      expect(conflict).toMatchObject({
        code: 'CONFLICT',
        reason: 'STALE_REVISION',
        current: {
          revision: loaded + 1,
          updatedByName: annaName,
          values: { name, [record.field]: 'Annas Fassung' },
        },
      });
      const stored = ok(
        await t.gql<Record<string, Record<string, unknown>>>(record.get, { id: created.id }, ben),
      );
      expect(Object.values(stored)[0]).toMatchObject({ [record.field]: 'Annas Fassung' });
      expect(await revisionOf(t, created.id)).toBe(loaded + 1);

      ok(await update(ben, loaded + 1, 'Bens Fassung'));
      const [bens, annas] = await history(t, ben, created.id);
      expect(bens.changes).toEqual({ [record.field]: { from: 'Annas Fassung', to: 'Bens Fassung' } });
      expect(annas.changes).toEqual({ [record.field]: { from: 'Ursprünglich', to: 'Annas Fassung' } });
    },
  );

  it('does not count a person’s link to an actor as a revision of the person', async () => {
    const person = ok(
      await t.gql<{ createPerson: Person }>(CREATE_PERSON, { input: { name: `Greta ${tag}` } }, anna),
    ).createPerson;
    const actor = ok(
      await t.gql<{ createActor: Actor }>(CREATE_ACTOR_WRITE, { input: { name: `Kammer ${tag}` } }, ben),
    ).createActor;
    const linked = ok(
      await t.gql<{ linkPersonToActor: Person }>(
        LINK_PERSON,
        { personId: person.id, actorId: actor.id, role: 'Beratung' },
        ben,
      ),
    ).linkPersonToActor;
    expect(linked).toMatchObject({
      revision: person.revision,
      actors: [{ actor: { id: actor.id }, role: 'Beratung' }],
    });
    const saved = ok(
      await t.gql<{ updatePerson: Person }>(
        UPDATE_PERSON,
        {
          id: person.id,
          expectedRevision: person.revision,
          input: { name: person.name, function: 'Lotsin' },
        },
        anna,
      ),
    ).updatePerson;
    expect(saved).toMatchObject({
      function: 'Lotsin',
      revision: person.revision + 1,
      actors: [{ actor: { id: actor.id }, role: 'Beratung' }],
    });
  });

  // linkActor changes the categories, which are part of the actor's form, so it counts a revision.
  it('does not lose a category linked to an actor while its form, which holds the categories, was open', async () => {
    const ref = await referenceIds(t, anna);
    const [first, second] = Object.values(ref.categories);
    const actor = ok(
      await t.gql<{ createActor: Actor }>(
        CREATE_ACTOR_WRITE,
        { input: { name: `Beratungsnetz ${tag}`, categoryIds: [first] } },
        anna,
      ),
    ).createActor;
    const annaForm = ok(await t.gql<{ actor: Actor }>(GET_ACTOR, { id: actor.id }, anna)).actor;
    const loaded = await revisionOf(t, actor.id);
    ok(await t.gql(LINK_ACTOR, { actorId: actor.id, targetId: second, relation: 'IN_CATEGORY' }, ben));

    // The web form sends every field it holds, the categories as loaded among them.
    const body = await t.gql<{ updateActor: Actor }>(
      UPDATE_ACTOR,
      {
        id: actor.id,
        expectedRevision: loaded,
        input: {
          name: annaForm.name,
          description: 'Neu beschrieben',
          categoryIds: annaForm.categories.map((category) => category.id),
          actionFieldIds: [],
          regionIds: [],
        },
      },
      anna,
    );
    const stored = ok(await t.gql<{ actor: Actor }>(GET_ACTOR, { id: actor.id }, anna)).actor;
    expect(stored.categories.map((category) => category.id).sort()).toEqual([first, second].sort());
    expect(extensionsOf(body)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION' });
  });

  it('returns an actor’s revision wherever the actor is read, as its form needs it', async () => {
    const ref = await referenceIds(t, anna);
    const actor = ok(
      await t.gql<{ createActor: { id: string; revision: number } }>(
        'mutation ($name: String!) { createActor(input: { name: $name }) { id revision } }',
        { name: `Revision lesbar ${tag}` },
        anna,
      ),
    ).createActor;
    const read = ok(
      await t.gql<{ actor: { revision: number }; actors: { edges: { node: { revision: number } }[] } }>(
        `query ($id: ID!, $text: String!) {
          actor(id: $id) { revision }
          actors(first: 1, filter: { text: $text }) { edges { node { revision } } }
        }`,
        { id: actor.id, text: `Revision lesbar ${tag}` },
        anna,
      ),
    );
    expect(read.actor.revision).toBe(actor.revision);
    expect(read.actors.edges[0].node.revision).toBe(actor.revision);
    const linked = ok(
      await t.gql<{ linkActor: { revision: number } }>(
        'mutation ($id: ID!, $target: ID!) { linkActor(actorId: $id, targetId: $target, relation: IN_CATEGORY) { revision } }',
        { id: actor.id, target: Object.values(ref.categories)[0] },
        anna,
      ),
    ).linkActor;
    expect(linked.revision).toBe(await revisionOf(t, actor.id));
  });
});
