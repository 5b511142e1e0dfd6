import {
  accountIdOf,
  everyPage,
  failure,
  graphTag,
  history,
  ok,
  type PageOf,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';
import { referenceIds } from '../support/actors.js';
import {
  type Actor,
  type Challenge,
  CREATE_ACTOR_WRITE,
  CREATE_CHALLENGE,
  CREATE_PERSON,
  type Person,
  CREATE_SOLUTION,
  DELETE_CHALLENGE,
  LINK_SOLUTION,
  type NodeDump,
  PURGE_FROM_TRASH,
  RESTORE_FROM_TRASH,
  type SolutionApproach,
  dumpNode,
  nodesWithId,
} from '../support/write-path.js';

const TRASH = `query ($first: Int, $after: String) {
  trash(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id entityType title deletedAt deletedBy purgeAfter } }
  }
}`;

interface TrashItem {
  id: string;
  entityType: string;
  title: string;
  deletedAt: string;
  deletedBy: string | null;
  purgeAfter: string;
}

/** What a restore may change: when and by whom the record was last touched. */
const AUDIT = ['updatedAt', 'updatedBy'];

function withoutAudit(dump: NodeDump | null): NodeDump | null {
  if (!dump) return null;
  const properties = Object.fromEntries(
    Object.entries(dump.properties).filter(([key]) => !AUDIT.includes(key)),
  );
  return { ...dump, properties };
}

/**
 * A small graph of its own, every record made through the API by one member:
 * A1 -CARRIES-> S, A2 -CARRIES-> S, S -ADDRESSES-> C -IN_FIELD-> F, G -EVIDENCES-> S,
 * P -WORKS_FOR {role}-> A1, and A1 in a category, a region and another action field F2.
 */
describe('the Papierkorb', () => {
  let t: TestApp;
  let member: string;
  let memberId: string;
  let steering: string;
  let F: string;
  let F2: string;
  let category: string;
  let C: string;
  let S: string;
  let G: string;
  let A1: string;
  let A2: string;
  let P: string;
  const tag = graphTag();

  async function trashItems(): Promise<TrashItem[]> {
    return everyPage((after) =>
      t
        .gql<{ trash: PageOf<TrashItem> }>(TRASH, { first: 100, after }, member)
        .then((body) => ok(body).trash),
    );
  }

  type Data = Record<string, unknown>;
  type FieldCounts = { actionField: { id: string }; challengeCount: number; solutionApproachCount: number }[];
  const FIELD_COUNTS = 'actionFieldCounts { actionField { id } challengeCount solutionApproachCount }';

  interface Kind {
    kind: 'Challenge' | 'SolutionApproach' | 'Actor' | 'Person';
    id: () => string;
    list: string;
    byId: string;
    remove: string;
    /** A linked record whose neighbourhood shows this one, and its field listing this one. */
    neighbour: () => string;
    linked: string;
    linkedIds: (linked: Data) => string[];
    /** A count the record adds to. */
    count?: { query: string; read: (counts: unknown) => number | undefined };
    /** Two nodes whose only connection within two hops runs through this one. */
    path?: () => [string, string];
  }

  const ids = (rows: unknown) => (rows as { id: string }[]).map((row) => row.id);

  const KINDS: Kind[] = [
    {
      kind: 'SolutionApproach',
      id: () => S,
      list: 'solutionApproaches',
      byId: 'solutionApproach',
      remove: 'deleteSolutionApproach',
      neighbour: () => C,
      linked: 'challenge(id: $neighbour) { solutionApproaches { id } }',
      linkedIds: (linked) => ids(linked.solutionApproaches),
      count: {
        query: FIELD_COUNTS,
        read: (counts) =>
          (counts as FieldCounts).find((row) => row.actionField.id === F)?.solutionApproachCount,
      },
      path: () => [A1, G],
    },
    {
      kind: 'Challenge',
      id: () => C,
      list: 'challenges',
      byId: 'challenge',
      remove: 'deleteChallenge',
      neighbour: () => S,
      linked: 'solutionApproach(id: $neighbour) { challenges { id } }',
      linkedIds: (linked) => ids(linked.challenges),
      count: {
        query: FIELD_COUNTS,
        read: (counts) => (counts as FieldCounts).find((row) => row.actionField.id === F)?.challengeCount,
      },
      path: () => [S, F],
    },
    {
      kind: 'Actor',
      id: () => A1,
      list: 'actors',
      byId: 'actor',
      remove: 'deleteActor',
      neighbour: () => S,
      linked: 'solutionApproach(id: $neighbour) { carriers { id } }',
      linkedIds: (linked) => ids(linked.carriers),
      count: {
        query: 'categoryFieldMatrix { cells { categoryId actionFieldId actorCount } }',
        read: (counts) =>
          (
            counts as { cells: { categoryId: string; actionFieldId: string; actorCount: number }[] }
          ).cells.find((cell) => cell.categoryId === category && cell.actionFieldId === F2)?.actorCount,
      },
      path: () => [P, S],
    },
    {
      kind: 'Person',
      id: () => P,
      list: 'persons',
      byId: 'person',
      remove: 'deletePerson',
      neighbour: () => A1,
      linked: 'actor(id: $neighbour) { persons { person { id } } }',
      linkedIds: (linked) =>
        (linked.persons as { person: { id: string } }[]).map((contact) => contact.person.id),
    },
  ];

  /** Where the record shows: list and its count, search, graph queries, counts, by id, at the linked record. */
  async function visibility(kind: Kind) {
    const id = kind.id();
    const [from, to] = kind.path?.() ?? [null, null];
    const body = await t.gql<Data>(
      `query ($text: String!, $neighbour: ID!${kind.path ? ', $from: ID!, $to: ID!' : ''}) {
        list: ${kind.list}(first: 100, filter: { text: $text }) { totalCount edges { node { id } } }
        search(text: $text, first: 50) { id }
        neighbourhood(id: $neighbour, depth: 1) { nodes { id } }
        ${kind.path ? 'path: shortestPath(fromId: $from, toId: $to, maxHops: 2) { length }' : ''}
        ${kind.count ? `counts: ${kind.count.query}` : ''}
        linked: ${kind.linked}
      }`,
      { text: tag, neighbour: kind.neighbour(), ...(kind.path ? { from, to } : {}) },
      member,
    );
    const data = ok(body) as {
      list: { totalCount: number; edges: { node: { id: string } }[] };
      search: { id: string }[];
      neighbourhood: { nodes: { id: string }[] };
      path?: { length: number } | null;
      counts?: unknown;
      linked: Data;
    };
    const byId = await t.gql(`query ($id: ID!) { ${kind.byId}(id: $id) { id } }`, { id }, member);
    return {
      inList: data.list.edges.some((edge) => edge.node.id === id),
      totalCount: data.list.totalCount,
      inSearch: data.search.some((hit) => hit.id === id),
      inNeighbourhood: data.neighbourhood.nodes.some((node) => node.id === id),
      pathLength: kind.path ? (data.path?.length ?? null) : undefined,
      count: kind.count?.read(data.counts),
      atLinkedRecord: kind.linkedIds(data.linked).includes(id),
      byId: byId.errors?.length ? failure(byId).code : 'found',
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    [member, steering] = await Promise.all([t.tokenFor('member'), t.tokenFor('steering')]);
    memberId = await accountIdOf(t, member);
    const ref = await referenceIds(t, member);
    F = ref.fields['zugang-wirtschaft'];
    F2 = ref.fields['anerkennung'];
    category = ref.categories['migrationsberatung'];
    const actor = async (input: Record<string, unknown>) =>
      ok(await t.gql<{ createActor: Actor }>(CREATE_ACTOR_WRITE, { input }, member)).createActor.id;
    A1 = await actor({
      name: `Migrationsberatung ${tag}`,
      categoryIds: [category],
      actionFieldIds: [F2],
      regionIds: [Object.values(ref.regions)[0]],
    });
    A2 = await actor({ name: `Volkshochschule ${tag}` });
    P = ok(
      await t.gql<{ createPerson: Person }>(
        CREATE_PERSON,
        { input: { name: `Greta ${tag}`, function: 'Beraterin', actorId: A1, role: 'Leitung' } },
        member,
      ),
    ).createPerson.id;
    C = ok(
      await t.gql<{ createChallenge: Challenge }>(
        CREATE_CHALLENGE,
        { input: { title: `Sprachkurse voll ${tag}`, description: 'Wartelisten', actionFieldId: F } },
        member,
      ),
    ).createChallenge.id;
    S = ok(
      await t.gql<{ createSolutionApproach: SolutionApproach }>(
        CREATE_SOLUTION,
        {
          input: {
            title: `Mehr Kursplätze ${tag}`,
            description: 'Abendkurse',
            challengeIds: [C],
            carrierIds: [A1, A2],
          },
        },
        member,
      ),
    ).createSolutionApproach.id;
    G = ok(
      await t.gql<{ createGoodPractice: { id: string } }>(
        'mutation ($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id } }',
        { input: { title: `Abendkurs Magdeburg ${tag}`, year: 2024, solutionApproachIds: [S] } },
        member,
      ),
    ).createGoodPractice.id;
  });
  afterAll(() => t.close());

  it('holds a solution approach linked to a challenge, two carriers and a good practice', async () => {
    const dump = await dumpNode(t, S);
    expect(dump?.labels).toEqual(['SolutionApproach']);
    expect(dump?.relationships.map(({ type, direction, otherId }) => ({ type, direction, otherId }))).toEqual(
      expect.arrayContaining([
        { type: 'ADDRESSES', direction: 'out', otherId: C },
        { type: 'CARRIES', direction: 'in', otherId: A1 },
        { type: 'CARRIES', direction: 'in', otherId: A2 },
        { type: 'EVIDENCES', direction: 'in', otherId: G },
      ]),
    );
    expect(dump?.relationships).toHaveLength(4);
  });

  it.each(KINDS.map((kind) => [kind.kind, kind] as const))(
    'a deleted %s leaves every list, search, count and graph query, and a restore brings back the same node, properties and relationships',
    async (_kind, kind) => {
      const id = kind.id();
      const before = await dumpNode(t, id);
      const shown = await visibility(kind);
      expect(shown).toMatchObject({
        inList: true,
        inSearch: true,
        inNeighbourhood: true,
        atLinkedRecord: true,
        byId: 'found',
      });
      if (kind.path) expect(shown.pathLength).toBe(2);
      if (kind.count) expect(shown.count).toBeGreaterThan(0);

      expect(
        ok(
          await t.gql<Record<string, string>>(
            `mutation ($id: ID!) { deleted: ${kind.remove}(id: $id) }`,
            { id },
            member,
          ),
        ).deleted,
      ).toBe(id);

      expect(await visibility(kind)).toEqual({
        inList: false,
        totalCount: shown.totalCount - 1,
        inSearch: false,
        inNeighbourhood: false,
        pathLength: kind.path ? null : undefined,
        count: kind.count ? (shown.count ?? 0) - 1 : undefined,
        atLinkedRecord: false,
        byId: 'NOT_FOUND',
      });
      // In the Papierkorb the node keeps its properties and relationships under the label :Trashed.
      const trashed = await dumpNode(t, id);
      expect(trashed?.labels).toEqual(['Trashed']);
      expect(trashed?.relationships).toEqual(before?.relationships);
      expect(trashed?.properties).toMatchObject({ ...before?.properties, trashedType: kind.kind });
      const item = (await trashItems()).find((candidate) => candidate.id === id);
      expect(item).toMatchObject({
        entityType: kind.kind,
        title: before?.properties.title ?? before?.properties.name,
        deletedBy: memberId,
      });
      expect(Date.parse(item?.purgeAfter ?? '') - Date.parse(item?.deletedAt ?? '')).toBe(30 * 86_400_000);

      const restored = ok(
        await t.gql<{ restoreFromTrash: { id: string; entityType: string } }>(
          RESTORE_FROM_TRASH,
          { id },
          member,
        ),
      ).restoreFromTrash;
      expect(restored).toMatchObject({ id, entityType: kind.kind });

      // The same node: labels, every property but the audit pair, every relationship with its other end.
      const after = await dumpNode(t, id);
      expect(withoutAudit(after)).toEqual(withoutAudit(before));
      expect(await visibility(kind)).toEqual(shown);
      expect((await trashItems()).some((candidate) => candidate.id === id)).toBe(false);
      expect((await history(t, member, id)).slice(0, 2).map((change) => change.action)).toEqual([
        'restore',
        'delete',
      ]);

      const again = failure(await t.gql(RESTORE_FROM_TRASH, { id }, member));
      expect(again).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_IN_TRASH' });
      expect(withoutAudit(await dumpNode(t, id))).toEqual(withoutAudit(before));
    },
  );

  it('purges for good by the steering group only', async () => {
    const challenge = ok(
      await t.gql<{ createChallenge: Challenge }>(
        CREATE_CHALLENGE,
        { input: { title: `Endgültig weg ${tag}`, actionFieldId: F } },
        member,
      ),
    ).createChallenge;
    ok(await t.gql(LINK_SOLUTION, { solutionId: S, challengeId: challenge.id }, member));
    ok(await t.gql(DELETE_CHALLENGE, { id: challenge.id }, member));
    const trashed = await dumpNode(t, challenge.id);

    const refused = failure(await t.gql(PURGE_FROM_TRASH, { id: challenge.id }, member));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'STEERING_ONLY' });
    expect(await dumpNode(t, challenge.id)).toEqual(trashed);

    expect(
      ok(await t.gql<{ purgeFromTrash: string }>(PURGE_FROM_TRASH, { id: challenge.id }, steering))
        .purgeFromTrash,
    ).toBe(challenge.id);
    expect(await nodesWithId(t, challenge.id)).toBe(0);
    expect((await dumpNode(t, S))?.relationships.some((r) => r.otherId === challenge.id)).toBe(false);
    expect((await trashItems()).some((item) => item.id === challenge.id)).toBe(false);
    expect((await history(t, member, challenge.id))[0]).toMatchObject({
      action: 'purge',
      userId: await accountIdOf(t, steering),
    });

    const gone = failure(await t.gql(RESTORE_FROM_TRASH, { id: challenge.id }, steering));
    expect(gone).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_IN_TRASH' });
    expect(failure(await t.gql(PURGE_FROM_TRASH, { id: challenge.id }, steering))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOT_IN_TRASH',
    });
  });
});
