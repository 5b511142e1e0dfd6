import { germanSortKey, LIMITS } from '@netzwerkstatt/domain';
import { revisionOf } from '../support/factories-graph.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import {
  accountId,
  createActor,
  errorOf,
  historyOf,
  INJECTION,
  ok,
  SCRIPT,
  uniqueTag,
} from '../support/actors.js';

const PERSON_FIELDS =
  'id name function email phone createdAt updatedAt createdBy updatedBy actors { role actor { id name } }';
const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, expectedRevision: $expectedRevision, input: $input) { ${PERSON_FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deletePerson(id: $id) }';
const LINK = `mutation ($personId: ID!, $actorId: ID!, $role: String) {
  linkPersonToActor(personId: $personId, actorId: $actorId, role: $role) { ${PERSON_FIELDS} } }`;
const UNLINK = `mutation ($personId: ID!, $actorId: ID!) {
  unlinkPersonFromActor(personId: $personId, actorId: $actorId) { ${PERSON_FIELDS} } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const PERSONS = `query ($first: Int, $after: String, $filter: PersonFilterInput) {
  persons(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
  }
}`;
const CONTACTS = 'query ($id: ID!) { actor(id: $id) { persons { role person { id name } } } }';

interface PersonResult {
  id: string;
  name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  actors: { role: string | null; actor: { id: string; name: string } }[];
}

interface PersonPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; name: string } }[];
}

describe('persons', () => {
  let t: TestApp;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    userId = await accountId(t, token);
  });
  afterAll(() => t.close());

  async function createPerson(input: Record<string, unknown>): Promise<PersonResult> {
    return ok(await t.gql<{ createPerson: PersonResult }>(CREATE, { input }, token)).createPerson;
  }

  async function countNamed(name: string): Promise<number> {
    return t.neo4j.read(async (tx) => {
      const result = await tx.run('MATCH (p:Person) WHERE p.name CONTAINS $name RETURN count(p) AS n', {
        name,
      });
      return Number(result.records[0].get('n'));
    });
  }

  describe('createPerson', () => {
    it('creates a person working for an actor and records it on both', async () => {
      const actor = await createActor(t, token, { name: `Migrationsberatung ${uniqueTag()}` });
      const person = await createPerson({
        name: 'Dana Beispiel',
        function: 'Beraterin Anerkennung',
        email: 'beratung@mbe.example',
        phone: '+49 (0)391 123-45',
        actorId: actor.id,
        role: 'Ansprechperson',
      });
      expect(person).toMatchObject({
        name: 'Dana Beispiel',
        function: 'Beraterin Anerkennung',
        email: 'beratung@mbe.example',
        phone: '+49 (0)391 123-45',
        createdBy: userId,
        actors: [{ role: 'Ansprechperson', actor: { id: actor.id, name: actor.name } }],
      });
      const [created] = await historyOf(t, token, person.id);
      expect(created).toMatchObject({ action: 'create', userId });
      expect(created.changes).toMatchObject({
        name: { from: null, to: 'Dana Beispiel' },
        actorId: { from: null, to: actor.id },
      });
      const [onActor] = await historyOf(t, token, actor.id);
      expect(onActor).toMatchObject({
        action: 'link',
        related: { type: 'Person', id: person.id, label: 'Dana Beispiel', relation: 'WORKS_FOR' },
      });
      const contacts = ok(await t.gql<{ actor: { persons: unknown[] } }>(CONTACTS, { id: actor.id }, token));
      expect(contacts.actor.persons).toEqual([
        { role: 'Ansprechperson', person: { id: person.id, name: 'Dana Beispiel' } },
      ]);
    });

    it('stores script and Cypher-looking text verbatim', async () => {
      const person = await createPerson({ name: INJECTION, function: SCRIPT });
      const read = ok(await t.gql<{ person: PersonResult }>(PERSON, { id: person.id }, token)).person;
      expect(read).toMatchObject({ name: INJECTION, function: SCRIPT, actors: [] });
    });

    it('refuses bad input naming the field, and creates nothing', async () => {
      const tag = uniqueTag();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ name: '' }, 'name', 'REQUIRED'],
        [{ name: 'x'.repeat(LIMITS.name + 1) }, 'name', 'TOO_LONG'],
        [{ name: tag, function: 'f'.repeat(LIMITS.name + 1) }, 'function', 'TOO_LONG'],
        [{ name: tag, email: 'a@b' }, 'email', 'INVALID_EMAIL'],
        [{ name: tag, phone: 'call me' }, 'phone', 'INVALID_PHONE'],
        [{ name: tag, actorId: 'no-such-actor', role: 'Leitung' }, 'actorId', 'UNKNOWN_ID'],
        [{ name: tag, role: 'Leitung' }, 'role', 'ROLE_WITHOUT_ACTOR'],
      ];
      for (const [input, field, reason] of cases) {
        const error = errorOf(await t.gql(CREATE, { input }, token));
        expect({ field, code: error.code, reason: error.reason, fields: error.fields }).toEqual({
          field,
          code: 'BAD_USER_INPUT',
          reason,
          fields: [field],
        });
      }
      expect(errorOf(await t.gql(CREATE, { input: { name: 7 } }, token)).code).toBe('BAD_USER_INPUT');
      expect(await countNamed(tag)).toBe(0);
    });
  });

  describe('updatePerson', () => {
    it('changes only the given fields and records the difference', async () => {
      const person = await createPerson({ name: 'Kim Muster', email: 'kim@example.org', phone: '0345 1' });
      const updated = ok(
        await t.gql<{ updatePerson: PersonResult }>(
          UPDATE,
          {
            id: person.id,
            expectedRevision: await revisionOf(t, person.id),
            input: { function: 'Leitung', phone: null },
          },
          token,
        ),
      ).updatePerson;
      expect(updated).toMatchObject({
        name: 'Kim Muster',
        email: 'kim@example.org',
        function: 'Leitung',
        phone: null,
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(person.updatedAt));
      const [change] = await historyOf(t, token, person.id);
      expect(change).toMatchObject({
        action: 'update',
        changes: { function: { from: null, to: 'Leitung' }, phone: { from: '0345 1', to: null } },
      });
    });

    it('refuses bad input and unknown ids', async () => {
      const person = await createPerson({ name: 'Unverändert' });
      for (const input of [
        { name: null },
        { name: ' ' },
        { email: 'x' },
        { phone: '12345678901234567890123456789012345678901' },
      ]) {
        expect(
          errorOf(
            await t.gql(
              UPDATE,
              { id: person.id, expectedRevision: await revisionOf(t, person.id), input },
              token,
            ),
          ).code,
        ).toBe('BAD_USER_INPUT');
      }
      expect(
        errorOf(
          await t.gql(
            UPDATE,
            { id: 'nobody', expectedRevision: await revisionOf(t, 'nobody'), input: { name: 'x' } },
            token,
          ),
        ).code,
      ).toBe('NOT_FOUND');
      expect(
        ok(await t.gql<{ person: PersonResult }>(PERSON, { id: person.id }, token)).person.updatedAt,
      ).toBe(person.updatedAt);
    });
  });

  describe('deletePerson', () => {
    it('moves the person with their links to the Papierkorb; the actor stays without them', async () => {
      const actor = await createActor(t, token, { name: `Kammer ${uniqueTag()}` });
      const person = await createPerson({ name: 'Geht Bald', actorId: actor.id, role: 'Leitung' });
      expect(ok(await t.gql<{ deletePerson: string }>(DELETE, { id: person.id }, token)).deletePerson).toBe(
        person.id,
      );
      expect(errorOf(await t.gql(PERSON, { id: person.id }, token)).code).toBe('NOT_FOUND');
      expect(
        ok(await t.gql<{ actor: { persons: unknown[] } }>(CONTACTS, { id: actor.id }, token)).actor.persons,
      ).toEqual([]);
      const [deleted] = await historyOf(t, token, person.id);
      expect(deleted).toMatchObject({
        action: 'delete',
        changes: { name: { from: 'Geht Bald', to: null }, actorIds: { from: [actor.id], to: null } },
      });
      expect(errorOf(await t.gql(DELETE, { id: person.id }, token)).code).toBe('NOT_FOUND');
    });
  });

  describe('linkPersonToActor / unlinkPersonFromActor', () => {
    it('links with a role, changes the role, unlinks, and records each step on both ends', async () => {
      const actor = await createActor(t, token, { name: `Netzwerk ${uniqueTag()}` });
      const person = await createPerson({ name: 'Lea Link' });
      const linked = ok(
        await t.gql<{ linkPersonToActor: PersonResult }>(
          LINK,
          { personId: person.id, actorId: actor.id, role: 'Beratung' },
          token,
        ),
      );
      expect(linked.linkPersonToActor.actors).toEqual([
        { role: 'Beratung', actor: { id: actor.id, name: actor.name } },
      ]);
      ok(await t.gql(LINK, { personId: person.id, actorId: actor.id, role: 'Beratung' }, token));
      const changed = ok(
        await t.gql<{ linkPersonToActor: PersonResult }>(
          LINK,
          { personId: person.id, actorId: actor.id, role: 'Leitung' },
          token,
        ),
      );
      expect(changed.linkPersonToActor.actors).toEqual([
        { role: 'Leitung', actor: { id: actor.id, name: actor.name } },
      ]);
      const unlinked = ok(
        await t.gql<{ unlinkPersonFromActor: PersonResult }>(
          UNLINK,
          { personId: person.id, actorId: actor.id },
          token,
        ),
      );
      expect(unlinked.unlinkPersonFromActor.actors).toEqual([]);
      ok(await t.gql(UNLINK, { personId: person.id, actorId: actor.id }, token));

      const personHistory = await historyOf(t, token, person.id);
      expect(personHistory.map((change) => change.action)).toEqual(['unlink', 'link', 'link', 'create']);
      expect(personHistory[1].changes).toEqual({ role: { from: 'Beratung', to: 'Leitung' } });
      expect((await historyOf(t, token, actor.id)).map((change) => change.action)).toEqual([
        'unlink',
        'link',
        'link',
        'create',
      ]);
    });

    it('answers NOT_FOUND for unknown persons or actors and refuses an overlong role', async () => {
      const actor = await createActor(t, token, { name: `Fehlt ${uniqueTag()}` });
      const person = await createPerson({ name: 'Nora Nirgends' });
      for (const variables of [
        { personId: 'nobody', actorId: actor.id },
        { personId: person.id, actorId: 'nothing' },
        { personId: person.id, actorId: person.id },
      ]) {
        expect(errorOf(await t.gql(LINK, variables, token)).code).toBe('NOT_FOUND');
        expect(errorOf(await t.gql(UNLINK, variables, token)).code).toBe('NOT_FOUND');
      }
      const long = await t.gql(
        LINK,
        { personId: person.id, actorId: actor.id, role: 'r'.repeat(LIMITS.name + 1) },
        token,
      );
      expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['role'] });
      expect(await historyOf(t, token, person.id)).toHaveLength(1);
    });
  });

  describe('person and persons', () => {
    const tag = uniqueTag();
    const NAMES = ['Özlem Yılmaz', 'Anna Schmidt', 'Ärne Berg', 'zoe Klein', 'Bernd Ähm'];
    let actorId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      actorId = (await createActor(t, token, { name: `Arbeitgeber ${tag}` })).id;
      for (const [index, name] of NAMES.entries()) {
        ids[name] = (
          await createPerson({
            name: `${name} ${tag}`,
            ...(index % 2 === 0 ? { actorId, role: 'Team' } : {}),
          })
        ).id;
      }
    });

    async function listNames(filter: Record<string, unknown>, first = 100): Promise<string[]> {
      const page = ok(await t.gql<{ persons: PersonPage }>(PERSONS, { first, filter }, token)).persons;
      return page.edges.map((edge) => edge.node.name.replace(` ${tag}`, ''));
    }

    it('lists persons in German name order, filtered by text or by actor', async () => {
      const german = [...NAMES].sort((a, b) => (germanSortKey(a) < germanSortKey(b) ? -1 : 1));
      expect(await listNames({ text: tag })).toEqual(german);
      expect(await listNames({ actorId })).toEqual(german.filter((name) => NAMES.indexOf(name) % 2 === 0));
      expect(await listNames({ text: `ozlem ${tag}` })).toEqual(['Özlem Yılmaz']);
      expect(await listNames({ text: `${tag} Schm` })).toEqual(['Anna Schmidt']);
      expect(await listNames({ actorId: 'no-such-actor' })).toEqual([]);
    });

    it('pages through all of them exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: PersonPage = ok(
          await t.gql<{ persons: PersonPage }>(PERSONS, { first: 2, after, filter: { text: tag } }, token),
        ).persons;
        expect(page.totalCount).toBe(NAMES.length);
        seen.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect([...seen].sort()).toEqual(Object.values(ids).sort());
    });

    it('refuses a page size over the cap and a broken cursor', async () => {
      expect(errorOf(await t.gql(PERSONS, { first: 101 }, token)).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await t.gql(PERSONS, { after: '!!' }, token)).reason).toBe('INVALID_CURSOR');
    });
  });

  it('refuses every person query and mutation without a session', async () => {
    const person = await createPerson({ name: 'Privat' });
    const actor = await createActor(t, token, { name: `Anonym ${uniqueTag()}` });
    const attempts: [string, Record<string, unknown>][] = [
      [PERSON, { id: person.id }],
      [PERSONS, {}],
      [CREATE, { input: { name: 'Anonym' } }],
      [UPDATE, { id: person.id, expectedRevision: 1, input: { name: 'Anonym' } }],
      [DELETE, { id: person.id }],
      [LINK, { personId: person.id, actorId: actor.id }],
      [UNLINK, { personId: person.id, actorId: actor.id }],
    ];
    for (const [operation, variables] of attempts) {
      expect(errorOf(await t.gql(operation, variables)).code).toBe('UNAUTHENTICATED');
    }
    expect(ok(await t.gql<{ person: PersonResult }>(PERSON, { id: person.id }, token)).person).toMatchObject({
      name: 'Privat',
      actors: [],
    });
  });
});
