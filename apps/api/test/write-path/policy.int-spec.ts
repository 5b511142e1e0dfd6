import { randomUUID } from 'node:crypto';
import {
  ROLES,
  WRITE_OPERATIONS,
  mayWrite,
  type Ownership,
  type Role,
  type WriteOperation,
} from '@netzwerkstatt/domain';
import { referenceIds } from '../support/actors.js';
import { accountIdOf, countTitled, failure, graphTag, ok, revisionOf } from '../support/factories-graph.js';
import { type GraphQLResponse, TestApp, startTestApp } from '../support/test-app.js';
import {
  type Actor,
  type Challenge,
  CREATE_ACTOR_WRITE,
  CREATE_CHALLENGE,
  CREATE_PERSON,
  CREATE_SOLUTION,
  DELETE_ACTOR,
  DELETE_CHALLENGE,
  DELETE_PERSON,
  LINK_ACTOR,
  LINK_PERSON,
  LINK_SOLUTION,
  type Person,
  PURGE_FROM_TRASH,
  RESTORE_FROM_TRASH,
  type SolutionApproach,
  UPDATE_ACTOR,
  UPDATE_CHALLENGE,
  UPDATE_PERSON,
  dumpNode,
} from '../support/write-path.js';

const OWNERSHIPS: readonly Ownership[] = ['own', 'foreign'];

const CREATE_GUIDELINE = 'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }';
const UPDATE_GUIDELINE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateGuidelineInput!) {
  updateGuideline(id: $id, expectedRevision: $expectedRevision, input: $input) { id }
}`;
const DELETE_GUIDELINE = 'mutation ($id: ID!) { deleteGuideline(id: $id) }';
const CREATE_VIEW =
  'mutation ($input: CreateSavedGraphViewInput!) { createSavedGraphView(input: $input) { id } }';
const UPDATE_VIEW = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateSavedGraphViewInput!) {
  updateSavedGraphView(id: $id, expectedRevision: $expectedRevision, input: $input) { id }
}`;
const DELETE_VIEW = 'mutation ($id: ID!) { deleteSavedGraphView(id: $id) }';

/** The record an operation acts on (or, for a create, the title it will get). */
interface Target {
  id: string;
  title: string;
  /** The other end of a link. */
  otherId?: string;
}

/**
 * One write operation performed for real. `prepare` makes the record as `creator` (a create has no
 * record yet, so own and foreign are the same request); `observe` reads what the operation would
 * change straight from the database; `expectDone` checks that it did.
 */
interface Scenario {
  prepare(creator: string): Promise<Target>;
  act(target: Target, token: string): Promise<GraphQLResponse<unknown>>;
  observe(target: Target): Promise<unknown>;
  expectDone(target: Target, before: unknown, after: unknown): void;
}

type Observed = Awaited<ReturnType<typeof dumpNode>> & { changes: number };

/**
 * Every write operation × every role × own or foreign record, performed against the real API and
 * compared with WRITE_POLICY: allowed in the table ↔ the operation succeeds and takes effect; refused
 * ↔ FORBIDDEN and nothing changed. The expectation is read from the table, so the spec fails whenever
 * the table and the behaviour disagree.
 */
describe('WRITE_POLICY against the API', () => {
  let t: TestApp;
  /** One account per role that performs the operations. */
  const acting = {} as Record<Role, string>;
  /** Creates the foreign records. */
  let stranger: string;
  /** Takes records up (priority, review) and deletes them for the Papierkorb cases. */
  let steeringGroup: string;
  let field: string;
  let category: string;
  const tag = graphTag();

  async function observeRecord(target: Target): Promise<Observed | null> {
    const node = await dumpNode(t, target.id);
    const result = await t.neo4j.read((tx) =>
      tx.run('MATCH (c:Change {entityId: $id}) RETURN count(c) AS n', { id: target.id }),
    );
    return node ? { ...node, changes: Number(result.records[0].get('n')) } : null;
  }

  async function challengeBy(creator: string): Promise<Target> {
    const title = `Herausforderung ${graphTag()} ${tag}`;
    const challenge = ok(
      await t.gql<{ createChallenge: Challenge }>(
        CREATE_CHALLENGE,
        { input: { title, description: 'wie angelegt', actionFieldId: field } },
        creator,
      ),
    ).createChallenge;
    return { id: challenge.id, title };
  }

  /** The steering group takes the challenge up: from now on it is protected. */
  async function protect(target: Target): Promise<Target> {
    ok(
      await t.gql(
        UPDATE_CHALLENGE,
        { id: target.id, expectedRevision: await revisionOf(t, target.id), input: { priority: 'high' } },
        steeringGroup,
      ),
    );
    return target;
  }

  async function trashed(target: Target): Promise<Target> {
    ok(await t.gql(DELETE_CHALLENGE, { id: target.id }, steeringGroup));
    return target;
  }

  async function updateChallenge(target: Target, token: string, input: Record<string, unknown>) {
    return t.gql(
      UPDATE_CHALLENGE,
      { id: target.id, expectedRevision: await revisionOf(t, target.id), input },
      token,
    );
  }

  const propertiesOf = (observed: unknown) => (observed as Observed).properties;
  const labelsOf = (observed: unknown) => (observed as Observed | null)?.labels;

  const recordScenario = (scenario: Pick<Scenario, 'prepare' | 'act' | 'expectDone'>): Scenario => ({
    ...scenario,
    observe: observeRecord,
  });

  const SCENARIOS: Partial<Record<WriteOperation, Scenario>> = {
    create: {
      prepare: () => Promise.resolve({ id: '', title: `Neu ${graphTag()} ${tag}` }),
      act: (target, token) =>
        t.gql(CREATE_CHALLENGE, { input: { title: target.title, actionFieldId: field } }, token),
      observe: (target) => countTitled(t, 'Challenge', target.title),
      expectDone: (_target, before, after) => {
        expect(before).toBe(0);
        expect(after).toBe(1);
      },
    },
    update: recordScenario({
      prepare: challengeBy,
      act: (target, token) => updateChallenge(target, token, { description: 'geändert' }),
      expectDone: (_target, before, after) => {
        expect(propertiesOf(after)).toMatchObject({
          description: 'geändert',
          revision: (propertiesOf(before).revision as number) + 1,
        });
      },
    }),
    updateProtected: recordScenario({
      prepare: async (creator) => protect(await challengeBy(creator)),
      act: (target, token) => updateChallenge(target, token, { title: `${target.title} neu` }),
      expectDone: (target, _before, after) => {
        expect(propertiesOf(after).title).toBe(`${target.title} neu`);
      },
    }),
    steer: recordScenario({
      prepare: challengeBy,
      act: (target, token) => updateChallenge(target, token, { status: 'in_progress' }),
      expectDone: (_target, _before, after) => {
        expect(propertiesOf(after).status).toBe('in_progress');
      },
    }),
    link: recordScenario({
      prepare: async (creator) => {
        const target = await challengeBy(creator);
        const solution = ok(
          await t.gql<{ createSolutionApproach: SolutionApproach }>(
            CREATE_SOLUTION,
            { input: { title: `Ansatz ${graphTag()} ${tag}` } },
            creator,
          ),
        ).createSolutionApproach;
        return { ...target, otherId: solution.id };
      },
      act: (target, token) =>
        t.gql(LINK_SOLUTION, { solutionId: target.otherId, challengeId: target.id }, token),
      expectDone: (target, _before, after) => {
        expect((after as Observed).relationships).toContainEqual(
          expect.objectContaining({ type: 'ADDRESSES', direction: 'in', otherId: target.otherId }),
        );
      },
    }),
    delete: recordScenario({
      prepare: challengeBy,
      act: (target, token) => t.gql(DELETE_CHALLENGE, { id: target.id }, token),
      expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Trashed']),
    }),
    deleteProtected: recordScenario({
      prepare: async (creator) => protect(await challengeBy(creator)),
      act: (target, token) => t.gql(DELETE_CHALLENGE, { id: target.id }, token),
      expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Trashed']),
    }),
    restore: recordScenario({
      prepare: async (creator) => trashed(await challengeBy(creator)),
      act: (target, token) => t.gql(RESTORE_FROM_TRASH, { id: target.id }, token),
      expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Challenge']),
    }),
    purge: recordScenario({
      prepare: async (creator) => trashed(await challengeBy(creator)),
      act: (target, token) => t.gql(PURGE_FROM_TRASH, { id: target.id }, token),
      expectDone: (_target, before, after) => {
        expect(labelsOf(before)).toEqual(['Trashed']);
        expect(after).toBeNull();
      },
    }),
  };

  async function guidelineBy(creator: string): Promise<Target> {
    const title = `Leitfaden ${graphTag()} ${tag}`;
    const { createGuideline } = ok(
      await t.gql<{ createGuideline: { id: string } }>(CREATE_GUIDELINE, { input: { title } }, creator),
    );
    return { id: createGuideline.id, title };
  }

  /** The trash cases of a concept: delete as the acting account; restore and purge after the steering group deleted it. */
  function trashScenarios(
    make: (creator: string) => Promise<Target>,
    deletion: string,
    label: string,
  ): Partial<Record<WriteOperation, Scenario>> {
    const deleted = async (creator: string) => {
      const target = await make(creator);
      ok(await t.gql(deletion, { id: target.id }, steeringGroup));
      return target;
    };
    return {
      delete: recordScenario({
        prepare: make,
        act: (target, token) => t.gql(deletion, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Trashed']),
      }),
      restore: recordScenario({
        prepare: deleted,
        act: (target, token) => t.gql(RESTORE_FROM_TRASH, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual([label]),
      }),
      purge: recordScenario({
        prepare: deleted,
        act: (target, token) => t.gql(PURGE_FROM_TRASH, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(after).toBeNull(),
      }),
    };
  }

  async function actorBy(creator: string): Promise<Target> {
    const title = `Akteur ${graphTag()} ${tag}`;
    const { createActor } = ok(
      await t.gql<{ createActor: Actor }>(CREATE_ACTOR_WRITE, { input: { name: title } }, creator),
    );
    return { id: createActor.id, title };
  }

  async function personBy(creator: string): Promise<Target> {
    const title = `Person ${graphTag()} ${tag}`;
    const { createPerson } = ok(
      await t.gql<{ createPerson: Person }>(CREATE_PERSON, { input: { name: title } }, creator),
    );
    return { id: createPerson.id, title };
  }

  const createScenario = (
    label: string,
    mutation: string,
    input: (name: string) => Record<string, unknown>,
  ) => ({
    prepare: () => Promise.resolve({ id: '', title: `Neu ${graphTag()} ${tag}` }),
    act: (target: Target, token: string) => t.gql(mutation, { input: input(target.title) }, token),
    observe: (target: Target) => countTitled(t, label, target.title),
    expectDone: (_target: Target, before: unknown, after: unknown) => {
      expect(before).toBe(0);
      expect(after).toBe(1);
    },
  });

  /**
   * A shared view owned by `creator`, written straight into the database: a member may not save views
   * but may own one (saved before a role change), and shared, so the policy decides rather than visibility.
   */
  async function viewBy(creator: string): Promise<Target> {
    const title = `Ansicht ${graphTag()} ${tag}`;
    const id = randomUUID();
    const owner = await accountIdOf(t, creator);
    await t.neo4j.write((tx) =>
      tx.run(
        `CREATE (:SavedGraphView {id: $id, name: $title, sortKey: toLower($title), state: '{}', shared: true,
           revision: 1, createdAt: datetime(), updatedAt: datetime(), createdBy: $owner, updatedBy: $owner})`,
        { id, title, owner },
      ),
    );
    return { id, title };
  }

  /** Deleted by its own creator (only they, or an admin, may). */
  async function deletedViewBy(creator: string): Promise<Target> {
    const target = await viewBy(creator);
    ok(await t.gql(DELETE_VIEW, { id: target.id }, creator));
    return target;
  }

  /** The other concepts, for the operations that apply to them. */
  const VARIANTS: Record<string, Partial<Record<WriteOperation, Scenario>>> = {
    /** A guideline in review is protected: the steering group's to delete. */
    guideline: {
      delete: recordScenario({
        prepare: guidelineBy,
        act: (target, token) => t.gql(DELETE_GUIDELINE, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Trashed']),
      }),
      deleteProtected: recordScenario({
        prepare: async (creator) => {
          const target = await guidelineBy(creator);
          ok(
            await t.gql(
              UPDATE_GUIDELINE,
              { id: target.id, expectedRevision: 1, input: { status: 'review' } },
              steeringGroup,
            ),
          );
          return target;
        },
        act: (target, token) => t.gql(DELETE_GUIDELINE, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Trashed']),
      }),
    },
    actor: {
      create: createScenario('Actor', CREATE_ACTOR_WRITE, (name) => ({ name })),
      update: recordScenario({
        prepare: actorBy,
        act: async (target, token) =>
          t.gql(
            UPDATE_ACTOR,
            {
              id: target.id,
              expectedRevision: await revisionOf(t, target.id),
              input: { description: 'geändert' },
            },
            token,
          ),
        expectDone: (_target, before, after) =>
          expect(propertiesOf(after)).toMatchObject({
            description: 'geändert',
            revision: ((propertiesOf(before).revision as number | undefined) ?? 1) + 1,
          }),
      }),
      link: recordScenario({
        prepare: actorBy,
        act: (target, token) =>
          t.gql(LINK_ACTOR, { actorId: target.id, targetId: category, relation: 'IN_CATEGORY' }, token),
        expectDone: (_target, _before, after) =>
          expect((after as Observed).relationships).toContainEqual(
            expect.objectContaining({ type: 'IN_CATEGORY', direction: 'out', otherId: category }),
          ),
      }),
      ...trashScenarios(actorBy, DELETE_ACTOR, 'Actor'),
    },
    'saved graph view': {
      createPersonal: {
        prepare: () => Promise.resolve({ id: '', title: `Neue Ansicht ${graphTag()} ${tag}` }),
        act: (target, token) => t.gql(CREATE_VIEW, { input: { name: target.title, state: '{}' } }, token),
        observe: (target) => countTitled(t, 'SavedGraphView', target.title),
        expectDone: (_target, before, after) => {
          expect(before).toBe(0);
          expect(after).toBe(1);
        },
      },
      updatePersonal: recordScenario({
        prepare: viewBy,
        act: async (target, token) =>
          t.gql(
            UPDATE_VIEW,
            {
              id: target.id,
              expectedRevision: await revisionOf(t, target.id),
              input: { name: `${target.title} neu` },
            },
            token,
          ),
        expectDone: (target, _before, after) => expect(propertiesOf(after).name).toBe(`${target.title} neu`),
      }),
      deletePersonal: recordScenario({
        prepare: viewBy,
        act: (target, token) => t.gql(DELETE_VIEW, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['Trashed']),
      }),
      restore: recordScenario({
        prepare: deletedViewBy,
        act: (target, token) => t.gql(RESTORE_FROM_TRASH, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(labelsOf(after)).toEqual(['SavedGraphView']),
      }),
      purge: recordScenario({
        prepare: deletedViewBy,
        act: (target, token) => t.gql(PURGE_FROM_TRASH, { id: target.id }, token),
        expectDone: (_target, _before, after) => expect(after).toBeNull(),
      }),
    },
    'contact person': {
      create: createScenario('Person', CREATE_PERSON, (name) => ({ name })),
      update: recordScenario({
        prepare: personBy,
        act: async (target, token) =>
          t.gql(
            UPDATE_PERSON,
            {
              id: target.id,
              expectedRevision: await revisionOf(t, target.id),
              input: { function: 'geändert' },
            },
            token,
          ),
        expectDone: (_target, _before, after) => expect(propertiesOf(after).function).toBe('geändert'),
      }),
      link: recordScenario({
        prepare: async (creator) => ({
          ...(await personBy(creator)),
          otherId: (await actorBy(creator)).id,
        }),
        act: (target, token) =>
          t.gql(LINK_PERSON, { personId: target.id, actorId: target.otherId, role: 'Beratung' }, token),
        expectDone: (target, _before, after) =>
          expect((after as Observed).relationships).toContainEqual(
            expect.objectContaining({
              type: 'WORKS_FOR',
              direction: 'out',
              otherId: target.otherId,
              properties: { role: 'Beratung' },
            }),
          ),
      }),
      ...trashScenarios(personBy, DELETE_PERSON, 'Person'),
    },
  };

  async function check(scenario: Scenario, operation: WriteOperation, role: Role, ownership: Ownership) {
    const token = acting[role];
    const target = await scenario.prepare(ownership === 'own' ? token : stranger);
    const before = await scenario.observe(target);
    const body = await scenario.act(target, token);
    const after = await scenario.observe(target);
    if (mayWrite(operation, role, ownership)) {
      ok(body);
      scenario.expectDone(target, before, after);
    } else {
      expect(failure(body).code).toBe('FORBIDDEN');
      expect(after).toEqual(before);
    }
  }

  const cells = (operation: WriteOperation) =>
    ROLES.flatMap((role) =>
      OWNERSHIPS.map(
        (ownership) =>
          [role, ownership, mayWrite(operation, role, ownership) ? 'allowed' : 'refused'] as const,
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    const tokens = await Promise.all(ROLES.map((role) => t.tokenFor(role)));
    ROLES.forEach((role, index) => (acting[role] = tokens[index]));
    [stranger, steeringGroup] = await Promise.all([t.tokenFor('member'), t.tokenFor('steering')]);
    const ref = await referenceIds(t, stranger);
    field = ref.fields['ausbildungsmarkt'];
    category = ref.categories['migrationsberatung'];
  });
  afterAll(() => t.close());

  describe.each(WRITE_OPERATIONS.filter((operation) => SCENARIOS[operation]).map((operation) => [operation]))(
    '%s (challenge)',
    (operation) => {
      it.each(cells(operation))('as %s on a %s record: %s', async (role, ownership) => {
        await check(SCENARIOS[operation]!, operation, role, ownership);
      });
    },
  );

  it('has a scenario for every operation of the table', () => {
    const covered = new Set([
      ...Object.keys(SCENARIOS),
      ...Object.values(VARIANTS).flatMap((scenarios) => Object.keys(scenarios)),
    ]);
    expect(WRITE_OPERATIONS.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  describe.each(
    Object.entries(VARIANTS).flatMap(([concept, scenarios]) =>
      WRITE_OPERATIONS.filter((operation) => scenarios[operation]).map((operation) => [operation, concept]),
    ),
  )('%s (%s)', (operation, concept) => {
    it.each(cells(operation as WriteOperation))('as %s on a %s record: %s', async (role, ownership) => {
      const scenario = VARIANTS[concept][operation as WriteOperation];
      if (!scenario) throw new Error(`no ${concept} scenario for ${operation}`);
      await check(scenario, operation as WriteOperation, role, ownership);
    });
  });
});
