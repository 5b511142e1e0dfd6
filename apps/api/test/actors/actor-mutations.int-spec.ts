import { LIMITS } from '@netzwerkstatt/domain';
import { revisionOf } from '../support/factories-graph.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import {
  accountId,
  ACTOR_FIELDS,
  ActorResult,
  CREATE_ACTOR,
  createActor,
  errorOf,
  historyOf,
  INJECTION,
  ok,
  referenceIds,
  ReferenceIds,
  SCRIPT,
  uniqueTag,
} from '../support/actors.js';

const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateActorInput!) { updateActor(id: $id, expectedRevision: $expectedRevision, input: $input) { ${ACTOR_FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteActor(id: $id) }';
const LINK = `mutation ($actorId: ID!, $targetId: ID!, $relation: ActorRelation!) {
  linkActor(actorId: $actorId, targetId: $targetId, relation: $relation) { ${ACTOR_FIELDS} } }`;
const UNLINK = `mutation ($actorId: ID!, $targetId: ID!, $relation: ActorRelation!) {
  unlinkActor(actorId: $actorId, targetId: $targetId, relation: $relation) { ${ACTOR_FIELDS} } }`;
const ACTOR = `query ($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS} persons { role person { id } } } }`;

describe('actor mutations', () => {
  let t: TestApp;
  let token: string;
  let userId: string;
  let ref: ReferenceIds;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    userId = await accountId(t, token);
    ref = await referenceIds(t, token);
  });
  afterAll(() => t.close());

  /** How many actors carry this tag in their name: proves what a failed mutation left behind. */
  async function countTagged(tag: string): Promise<number> {
    return t.neo4j.read(async (tx) => {
      const result = await tx.run('MATCH (a:Actor) WHERE a.name CONTAINS $tag RETURN count(a) AS n', { tag });
      return Number(result.records[0].get('n'));
    });
  }

  describe('createActor', () => {
    it('creates an actor with its links, stamps it and records the creation', async () => {
      const tag = uniqueTag();
      const actor = await createActor(t, token, {
        name: `  WelcomeCenter ${tag} `,
        description: 'Erstberatung für Zugewanderte',
        website: 'https://welcome.example/de',
        email: 'info@welcome.example',
        statewide: true,
        categoryIds: [ref.categories['welcomecenter-fif']],
        actionFieldIds: [ref.fields.willkommenskultur, ref.fields['aufenthalt-ankommen']],
      });
      expect(actor).toMatchObject({
        name: `WelcomeCenter ${tag}`,
        description: 'Erstberatung für Zugewanderte',
        website: 'https://welcome.example/de',
        email: 'info@welcome.example',
        statewide: true,
        createdBy: userId,
        updatedBy: userId,
        categories: [{ key: 'welcomecenter-fif' }],
        regions: [],
      });
      expect(actor.actionFields.map((field) => field.key).sort()).toEqual([
        'aufenthalt-ankommen',
        'willkommenskultur',
      ]);
      expect(actor.createdAt).toBe(actor.updatedAt);
      expect(Date.now() - Date.parse(actor.createdAt)).toBeLessThan(60_000);

      const [created] = await historyOf(t, token, actor.id);
      expect(created).toMatchObject({ action: 'create', userId });
      expect(created.changes.name).toEqual({ from: null, to: `WelcomeCenter ${tag}` });
      expect(created.changes.categoryIds).toEqual({ from: null, to: [ref.categories['welcomecenter-fif']] });
    });

    it('stores script and Cypher-looking text verbatim and harmlessly', async () => {
      const tag = uniqueTag();
      const before = await countTagged('');
      const actor = await createActor(t, token, { name: `${INJECTION} ${tag}`, description: SCRIPT });
      expect(actor.name).toBe(`${INJECTION} ${tag}`);
      expect(actor.description).toBe(SCRIPT);
      const read = ok(await t.gql<{ actor: ActorResult }>(ACTOR, { id: actor.id }, token)).actor;
      expect(read).toMatchObject({ name: `${INJECTION} ${tag}`, description: SCRIPT });
      expect(await countTagged('')).toBe(before + 1);
    });

    it('refuses a missing, empty, too long or wrongly typed name, and bad website, e-mail and description', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ name: '' }, 'name', 'REQUIRED'],
        [{ name: '   ' }, 'name', 'REQUIRED'],
        [{ name: 'x'.repeat(LIMITS.name + 1) }, 'name', 'TOO_LONG'],
        [{ name: 'Ok', description: 'x'.repeat(LIMITS.description + 1) }, 'description', 'TOO_LONG'],
        [{ name: 'Ok', website: 'javascript:alert(1)' }, 'website', 'INVALID_URL'],
        [{ name: 'Ok', website: 'www.example.org' }, 'website', 'INVALID_URL'],
        [{ name: 'Ok', email: 'no-at-sign' }, 'email', 'INVALID_EMAIL'],
        [{ name: 'Ok', categoryIds: [''] }, 'categoryIds', 'INVALID_ID'],
      ];
      for (const [input, field, reason] of cases) {
        const error = errorOf(await t.gql(CREATE_ACTOR, { input }, token));
        expect({
          input: Object.keys(input),
          code: error.code,
          reason: error.reason,
          fields: error.fields,
        }).toEqual({
          input: Object.keys(input),
          code: 'BAD_USER_INPUT',
          reason,
          fields: [field],
        });
        expect(error.messages?.de).toBeTruthy();
        expect(error.messages?.en).toBeTruthy();
      }
      for (const input of [
        {},
        { name: 42 },
        { name: 'Ok', statewide: 'ja' },
        { name: 'Ok', categoryIds: 'x' },
      ]) {
        expect(errorOf(await t.gql(CREATE_ACTOR, { input }, token)).code).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses unknown ids and ids of the wrong kind, naming the field, and creates nothing', async () => {
      const tag = uniqueTag();
      const input = {
        name: `Halbfertig ${tag}`,
        categoryIds: [ref.categories['welcomecenter-fif'], 'no-such-category'],
        actionFieldIds: [ref.fields.anerkennung],
        regionIds: [ref.fields.arbeitsmarkt],
      };
      const error = errorOf(await t.gql(CREATE_ACTOR, { input }, token));
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNKNOWN_ID',
        fields: ['categoryIds', 'regionIds'],
      });
      expect(error.messages?.de).toContain('no-such-category');
      expect(await countTagged(tag)).toBe(0);
    });

    it('refuses a second actor with the same name up to case and umlaut spelling', async () => {
      const tag = uniqueTag();
      await createActor(t, token, { name: `Ärztekammer ${tag}` });
      for (const name of [`Ärztekammer ${tag}`, `ärztekammer  ${tag.toUpperCase()}`, `Arztekammer ${tag}`]) {
        expect(errorOf(await t.gql(CREATE_ACTOR, { input: { name } }, token))).toMatchObject({
          code: 'CONFLICT',
          reason: 'DUPLICATE_NAME',
        });
      }
      expect(await countTagged(tag)).toBe(1);
    });
  });

  describe('updateActor', () => {
    it('changes only the given fields, replaces given link lists and records the difference', async () => {
      const tag = uniqueTag();
      const actor = await createActor(t, token, {
        name: `Jobcenter ${tag}`,
        description: 'alt',
        website: 'https://jobcenter.example',
        categoryIds: [ref.categories.bundesagentur],
        actionFieldIds: [ref.fields.arbeitsmarkt],
        regionIds: [ref.regions.harz],
      });
      const other = await t.tokenFor('member');
      const otherId = await accountId(t, other);
      const updated = ok(
        await t.gql<{ updateActor: ActorResult }>(
          UPDATE,
          {
            id: actor.id,
            expectedRevision: await revisionOf(t, actor.id),
            input: { description: 'neu', website: null, regionIds: [ref.regions.stendal, ref.regions.harz] },
          },
          other,
        ),
      ).updateActor;
      expect(updated).toMatchObject({
        name: `Jobcenter ${tag}`,
        description: 'neu',
        website: null,
        categories: [{ key: 'bundesagentur' }],
        actionFields: [{ key: 'arbeitsmarkt' }],
        createdBy: userId,
        updatedBy: otherId,
        createdAt: actor.createdAt,
      });
      expect(updated.regions.map((region) => region.key)).toEqual(['harz', 'stendal']);
      expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(actor.updatedAt));

      const [change] = await historyOf(t, token, actor.id);
      expect(change).toMatchObject({ action: 'update', userId: otherId });
      expect(change.changes).toEqual({
        description: { from: 'alt', to: 'neu' },
        website: { from: 'https://jobcenter.example', to: null },
        regionIds: { from: [ref.regions.harz], to: [ref.regions.harz, ref.regions.stendal].sort() },
      });
    });

    it('clears a link list with [] and records nothing when nothing changes', async () => {
      const actor = await createActor(t, token, {
        name: `Leer ${uniqueTag()}`,
        actionFieldIds: [ref.fields.arbeitsmarkt],
      });
      const cleared = ok(
        await t.gql<{ updateActor: ActorResult }>(
          UPDATE,
          { id: actor.id, expectedRevision: await revisionOf(t, actor.id), input: { actionFieldIds: [] } },
          token,
        ),
      );
      expect(cleared.updateActor.actionFields).toEqual([]);
      const same = ok(
        await t.gql<{ updateActor: ActorResult }>(
          UPDATE,
          { id: actor.id, expectedRevision: await revisionOf(t, actor.id), input: { name: actor.name } },
          token,
        ),
      );
      expect(same.updateActor.updatedAt).toBe(cleared.updateActor.updatedAt);
      expect((await historyOf(t, token, actor.id)).map((change) => change.action)).toEqual([
        'update',
        'create',
      ]);
    });

    it('renames, but not to the name of another actor', async () => {
      const tag = uniqueTag();
      await createActor(t, token, { name: `Erster ${tag}` });
      const second = await createActor(t, token, { name: `Zweiter ${tag}` });
      expect(
        errorOf(
          await t.gql(
            UPDATE,
            {
              id: second.id,
              expectedRevision: await revisionOf(t, second.id),
              input: { name: `erster ${tag}` },
            },
            token,
          ),
        ).code,
      ).toBe('CONFLICT');
      const renamed = ok(
        await t.gql<{ updateActor: ActorResult }>(
          UPDATE,
          {
            id: second.id,
            expectedRevision: await revisionOf(t, second.id),
            input: { name: `ZWEITER ${tag}` },
          },
          token,
        ),
      );
      expect(renamed.updateActor.name).toBe(`ZWEITER ${tag}`);
    });

    it('refuses bad input and unknown ids without changing anything', async () => {
      const actor = await createActor(t, token, { name: `Stabil ${uniqueTag()}`, description: 'bleibt' });
      const bad: [Record<string, unknown>, string][] = [
        [{ name: null }, 'REQUIRED'],
        [{ name: '' }, 'REQUIRED'],
        [{ statewide: null }, 'NOT_BOOLEAN'],
        [{ email: 'kaputt@' }, 'INVALID_EMAIL'],
        [{ description: 'y'.repeat(LIMITS.description + 1) }, 'TOO_LONG'],
        [{ description: 'neu', actionFieldIds: ['nope'] }, 'UNKNOWN_ID'],
      ];
      for (const [input, reason] of bad) {
        expect(
          errorOf(
            await t.gql(
              UPDATE,
              { id: actor.id, expectedRevision: await revisionOf(t, actor.id), input },
              token,
            ),
          ),
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason,
        });
      }
      const read = ok(await t.gql<{ actor: ActorResult }>(ACTOR, { id: actor.id }, token)).actor;
      expect(read.description).toBe('bleibt');
      expect(read.updatedAt).toBe(actor.updatedAt);
      expect(
        errorOf(
          await t.gql(
            UPDATE,
            { id: 'no-such-actor', expectedRevision: 1, input: { description: 'x' } },
            token,
          ),
        ).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('deleteActor', () => {
    it('moves the actor with its relationships to the Papierkorb; its persons stay without it; history is kept', async () => {
      const actor = await createActor(t, token, {
        name: `Vergänglich ${uniqueTag()}`,
        categoryIds: [ref.categories['welcomecenter-fif']],
        regionIds: [ref.regions.harz],
      });
      const person = ok(
        await t.gql<{ createPerson: { id: string } }>(
          'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
          { input: { name: 'Bleibt Hier', actorId: actor.id, role: 'Leitung' } },
          token,
        ),
      ).createPerson;

      expect(ok(await t.gql<{ deleteActor: string }>(DELETE, { id: actor.id }, token)).deleteActor).toBe(
        actor.id,
      );
      expect(errorOf(await t.gql(ACTOR, { id: actor.id }, token)).code).toBe('NOT_FOUND');
      const left = await t.neo4j.read(async (tx) => {
        const result = await tx.run(
          `OPTIONAL MATCH (p:Person {id: $personId})
           RETURN p IS NOT NULL AS personStays, COUNT { (p)-[:WORKS_FOR]->(:Actor) } AS worksFor,
                  COUNT { (:Actor {id: $actorId}) } AS actors, COUNT { (p)-[:WORKS_FOR]->(:Trashed) } AS inTrash`,
          { personId: person.id, actorId: actor.id },
        );
        return result.records[0].toObject();
      });
      expect(left).toEqual({ personStays: true, worksFor: 0, actors: 0, inTrash: 1 });

      const [deleted] = await historyOf(t, token, actor.id);
      expect(deleted).toMatchObject({ action: 'delete', userId });
      expect(deleted.changes.name).toEqual({ from: actor.name, to: null });
      expect(deleted.changes.personIds).toEqual({ from: [person.id], to: null });
    });

    it('answers NOT_FOUND for an unknown or already deleted actor', async () => {
      const actor = await createActor(t, token, { name: `Einmal ${uniqueTag()}` });
      ok(await t.gql(DELETE, { id: actor.id }, token));
      expect(errorOf(await t.gql(DELETE, { id: actor.id }, token)).code).toBe('NOT_FOUND');
    });
  });

  describe('linkActor / unlinkActor', () => {
    it('links and unlinks each kind, records both, and repeats harmlessly', async () => {
      const actor = await createActor(t, token, { name: `Verknüpft ${uniqueTag()}` });
      const targets = [
        ['IN_CATEGORY', ref.categories['migrantenorganisationen'], 'categories'],
        ['WORKS_IN', ref.fields.willkommenskultur, 'actionFields'],
        ['ACTIVE_IN', ref.regions['halle-saale'], 'regions'],
      ] as const;
      for (const [relation, targetId, list] of targets) {
        const linked = ok(
          await t.gql<{ linkActor: ActorResult }>(LINK, { actorId: actor.id, targetId, relation }, token),
        ).linkActor;
        expect(linked[list].map((node) => node.id)).toEqual([targetId]);
        const again = ok(
          await t.gql<{ linkActor: ActorResult }>(LINK, { actorId: actor.id, targetId, relation }, token),
        ).linkActor;
        expect(again[list]).toHaveLength(1);
      }
      const [relation, targetId, list] = targets[2];
      const unlinked = ok(
        await t.gql<{ unlinkActor: ActorResult }>(UNLINK, { actorId: actor.id, targetId, relation }, token),
      );
      expect(unlinked.unlinkActor[list]).toEqual([]);
      ok(await t.gql(UNLINK, { actorId: actor.id, targetId, relation }, token));

      const history = await historyOf(t, token, actor.id);
      expect(history.map((change) => change.action)).toEqual(['unlink', 'link', 'link', 'link', 'create']);
      expect(history[0].related).toEqual({
        type: 'Region',
        id: targetId,
        label: 'Halle (Saale)',
        relation: 'ACTIVE_IN',
      });
    });

    it('answers NOT_FOUND for an unknown actor, an unknown target or a target of the wrong kind', async () => {
      const actor = await createActor(t, token, { name: `Ziel ${uniqueTag()}` });
      const cases = [
        { actorId: 'no-such-actor', targetId: ref.regions.harz, relation: 'ACTIVE_IN' },
        { actorId: actor.id, targetId: 'no-such-region', relation: 'ACTIVE_IN' },
        { actorId: actor.id, targetId: ref.fields.anerkennung, relation: 'ACTIVE_IN' },
        { actorId: actor.id, targetId: ref.regions.harz, relation: 'IN_CATEGORY' },
      ];
      for (const variables of cases) {
        expect(errorOf(await t.gql(LINK, variables, token)).code).toBe('NOT_FOUND');
        expect(errorOf(await t.gql(UNLINK, variables, token)).code).toBe('NOT_FOUND');
      }
      expect(
        errorOf(await t.gql(LINK, { actorId: actor.id, targetId: ref.regions.harz, relation: 'OWNS' }, token))
          .code,
      ).toBe('BAD_USER_INPUT');
      expect(await historyOf(t, token, actor.id)).toHaveLength(1);
    });
  });

  it('refuses every actor mutation without a session', async () => {
    const actor = await createActor(t, token, { name: `Geschützt ${uniqueTag()}` });
    const link = { actorId: actor.id, targetId: ref.regions.harz, relation: 'ACTIVE_IN' };
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_ACTOR, { input: { name: `Anonym ${uniqueTag()}` } }],
      [UPDATE, { id: actor.id, expectedRevision: 1, input: { description: 'anonym' } }],
      [DELETE, { id: actor.id }],
      [LINK, link],
      [UNLINK, link],
    ];
    for (const [mutation, variables] of attempts) {
      expect(errorOf(await t.gql(mutation, variables)).code).toBe('UNAUTHENTICATED');
    }
    const read = ok(await t.gql<{ actor: ActorResult }>(ACTOR, { id: actor.id }, token)).actor;
    expect(read.description).toBeNull();
    expect(read.regions).toEqual([]);
  });
});
