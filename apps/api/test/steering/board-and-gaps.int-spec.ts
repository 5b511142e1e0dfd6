import { createActor, referenceIds, type ReferenceIds } from '../support/actors.js';
import { failure, graphTag, history, ok, revisionOf } from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const SOLUTION = 'id title status progress revision carriers { id }';
const CREATE_SOLUTION = `mutation ($input: CreateSolutionApproachInput!) { createSolutionApproach(input: $input) { ${SOLUTION} } }`;
const UPDATE_SOLUTION = `mutation ($id: ID!, $rev: Int!, $input: UpdateSolutionApproachInput!) {
  updateSolutionApproach(id: $id, expectedRevision: $rev, input: $input) { ${SOLUTION} } }`;
const TIMELINE = `query ($id: ID!) { solutionApproach(id: $id) { progress statusTimeline { at from to userName } } }`;
const CREATE_CHALLENGE = `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id revision status } }`;
const UPDATE_CHALLENGE = `mutation ($id: ID!, $rev: Int!, $input: UpdateChallengeInput!) {
  updateChallenge(id: $id, expectedRevision: $rev, input: $input) { id status revision } }`;
const LINK = `mutation ($s: ID!, $c: ID!) { linkSolutionToChallenge(solutionId: $s, challengeId: $c) { id } }`;
const CARRY = `mutation ($a: ID!, $s: ID!) { linkActorToSolution(actorId: $a, solutionId: $s) { id } }`;
const BOARD = `query ($filter: ChallengeFilterInput) { challenges(first: 100, filter: $filter) {
  totalCount edges { node { id title status priority actionField { id position } actors { id name }
  solutionApproaches { id } } } } }`;
const UNCARRIED = `query ($text: String) { solutionApproaches(first: 100, filter: {withoutCarrier: true, text: $text}) {
  totalCount edges { node { id } } } }`;
const FIELD_GAPS = '{ actionFieldsWithoutChallenges { id key position } }';
const CATEGORY_GAPS = '{ categoryFieldGaps { category { id key } actionField { id key } } }';

interface BoardCard {
  id: string;
  title: string;
  status: string;
  actors: { id: string; name: string }[];
  solutionApproaches: { id: string }[];
}

describe('steering board and gap lists', () => {
  let t: TestApp;
  let member: string;
  let steering: string;
  let ref: ReferenceIds;
  const tag = graphTag();

  const board = async (filter: Record<string, unknown>, token = member) =>
    ok(
      await t.gql<{ challenges: { totalCount: number; edges: { node: BoardCard }[] } }>(
        BOARD,
        { filter: { text: tag, ...filter } },
        token,
      ),
    ).challenges;
  const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id).sort();

  async function challenge(title: string, field: string): Promise<string> {
    const data = ok(
      await t.gql<{ createChallenge: { id: string } }>(
        CREATE_CHALLENGE,
        { input: { title: `${title} ${tag}`, actionFieldId: ref.fields[field] } },
        member,
      ),
    );
    return data.createChallenge.id;
  }

  async function solution(input: Record<string, unknown>, token = member) {
    return t.gql<{ createSolutionApproach: { id: string; progress: number; revision: number } }>(
      CREATE_SOLUTION,
      { input: { ...input, title: `${input.title as string} ${tag}` } },
      token,
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    steering = await t.tokenFor('steering');
    ref = await referenceIds(t, member);
  });
  afterAll(() => t.close());

  describe('progress of a solution approach', () => {
    it('starts at 0, takes whole percent 0–100, refuses anything else and records each change', async () => {
      const created = ok(await solution({ title: 'Fortschritt' })).createSolutionApproach;
      expect(created.progress).toBe(0);
      const set = ok(
        await t.gql(
          UPDATE_SOLUTION,
          { id: created.id, rev: created.revision, input: { progress: 40 } },
          member,
        ),
      );
      expect(set).toMatchObject({ updateSolutionApproach: { progress: 40, revision: 2 } });

      // 12.5 is refused by GraphQL's Int already; the range is the API's rule.
      const fraction = failure(
        await t.gql(UPDATE_SOLUTION, { id: created.id, rev: 2, input: { progress: 12.5 } }, member),
      );
      expect(fraction.code).toBe('BAD_USER_INPUT');
      for (const bad of [101, -1]) {
        const refused = failure(
          await t.gql(UPDATE_SOLUTION, { id: created.id, rev: 2, input: { progress: bad } }, member),
        );
        expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['progress'] });
        expect(refused.messages?.de).toBe('Der Fortschritt muss zwischen 0 und 100 liegen.');
      }
      expect(await revisionOf(t, created.id)).toBe(2);
      const changes = await history(t, member, created.id);
      expect(changes[0].changes).toEqual({ progress: { from: 0, to: 40 } });

      const tooMuch = failure(await solution({ title: 'Zu viel', progress: 150 }));
      expect(tooMuch).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['progress'] });
    });

    it('lists its status changes from the history, oldest first, with who set them', async () => {
      const created = ok(await solution({ title: 'Zeitleiste', progress: 10 })).createSolutionApproach;
      let revision = created.revision;
      for (const input of [
        { status: 'piloting' },
        { progress: 50 },
        { status: 'established', progress: 90 },
      ]) {
        const body = await t.gql<{ updateSolutionApproach: { revision: number } }>(
          UPDATE_SOLUTION,
          { id: created.id, rev: revision, input },
          steering,
        );
        revision = ok(body).updateSolutionApproach.revision;
      }
      const data = ok(
        await t.gql<{
          solutionApproach: {
            progress: number;
            statusTimeline: { at: string; from: string | null; to: string; userName: string | null }[];
          };
        }>(TIMELINE, { id: created.id }, member),
      ).solutionApproach;
      expect(data.progress).toBe(90);
      expect(data.statusTimeline.map(({ from, to }) => [from, to])).toEqual([
        [null, 'proposed'],
        ['proposed', 'piloting'],
        ['piloting', 'established'],
      ]);
      expect(data.statusTimeline[1].userName).toEqual(expect.any(String));
      const times = data.statusTimeline.map((entry) => Date.parse(entry.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });
  });

  describe('the board', () => {
    it('shows owners and approaches per card and filters by region, status, priority and without solution', async () => {
      const open = await challenge('Wohnungssuche', 'aufenthalt-ankommen');
      const carried = await challenge('Kita-Plätze', 'aufenthalt-ankommen');
      const elsewhere = await challenge('Pendelwege', 'arbeitsmarkt');
      const harz = await createActor(t, member, {
        name: `Träger Harz ${tag}`,
        regionIds: [ref.regions.harz],
      });
      const statewide = await createActor(t, member, { name: `Landesweit ${tag}`, statewide: true });
      const inHarz = ok(
        await solution({ title: 'Kita-Lotsen', challengeIds: [carried], carrierIds: [harz.id] }),
      ).createSolutionApproach;
      ok(await solution({ title: 'Pendlerbus', challengeIds: [elsewhere], carrierIds: [statewide.id] }));

      const all = await board({});
      expect(all.totalCount).toBe(3);
      const card = all.edges.find((edge) => edge.node.id === carried)!.node;
      expect(card.actors.map((actor) => actor.id)).toEqual([harz.id]);
      expect(card.solutionApproaches.map((s) => s.id)).toEqual([inHarz.id]);

      expect(ids(await board({ withoutSolution: true }))).toEqual([open]);
      // Harz: the challenge carried there and the one a statewide actor carries.
      expect(ids(await board({ regionIds: [ref.regions.harz] }))).toEqual([carried, elsewhere].sort());
      expect(ids(await board({ regionIds: [ref.regions.harz], withoutSolution: true }))).toEqual([]);
      expect(
        ids(await board({ actionFieldIds: [ref.fields['aufenthalt-ankommen']], withoutSolution: true })),
      ).toEqual([open]);

      const steered = ok(
        await t.gql<{ updateChallenge: { status: string } }>(
          UPDATE_CHALLENGE,
          { id: open, rev: 1, input: { status: 'in_progress', priority: 'high' } },
          steering,
        ),
      );
      expect(steered.updateChallenge.status).toBe('in_progress');
      expect(ids(await board({ status: ['in_progress'], priority: ['high'] }))).toEqual([open]);
      expect(ids(await board({ status: ['open'] }))).toEqual([carried, elsewhere].sort());
    });

    it('refuses a status change by a member (FORBIDDEN) and keeps the card as it was', async () => {
      const id = await challenge('Mitglied zieht', 'anerkennung');
      const refused = failure(
        await t.gql(UPDATE_CHALLENGE, { id, rev: 1, input: { status: 'closed' } }, member),
      );
      expect(refused.code).toBe('FORBIDDEN');
      const card = (await board({ actionFieldIds: [ref.fields.anerkennung] })).edges[0].node;
      expect(card).toMatchObject({ id, status: 'open' });
      expect(await revisionOf(t, id)).toBe(1);
    });

    it('answers a stale move with CONFLICT and the values stored meanwhile', async () => {
      const id = await challenge('Zwei Hände', 'ausbildungsmarkt');
      ok(await t.gql(UPDATE_CHALLENGE, { id, rev: 1, input: { status: 'in_progress' } }, steering));
      const stale = await t.gql(UPDATE_CHALLENGE, { id, rev: 1, input: { status: 'addressed' } }, steering);
      expect(failure(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION' });
      expect(stale.errors![0].extensions?.current).toMatchObject({
        revision: 2,
        values: { status: 'in_progress' },
      });
    });
  });

  describe('gap lists', () => {
    it('a challenge leaves the gap list the moment an approach is linked, an approach when an actor carries it', async () => {
      const id = await challenge('Lücke', 'willkommenskultur');
      expect(
        ids(await board({ withoutSolution: true, actionFieldIds: [ref.fields.willkommenskultur] })),
      ).toEqual([id]);
      const approach = ok(await solution({ title: 'Schließt die Lücke' })).createSolutionApproach;
      const uncarried = async () =>
        ids(
          ok(
            await t.gql<{ solutionApproaches: { edges: { node: { id: string } }[] } }>(
              UNCARRIED,
              { text: tag },
              member,
            ),
          ).solutionApproaches,
        );
      expect(await uncarried()).toContain(approach.id);

      ok(await t.gql(LINK, { s: approach.id, c: id }, member));
      expect(
        ids(await board({ withoutSolution: true, actionFieldIds: [ref.fields.willkommenskultur] })),
      ).toEqual([]);

      const actor = await createActor(t, member, { name: `Träger ${tag}` });
      ok(await t.gql(CARRY, { a: actor.id, s: approach.id }, member));
      expect(await uncarried()).not.toContain(approach.id);
    });

    it('lists the action fields without a challenge as Cypher counts them', async () => {
      const listed = ok(
        await t.gql<{ actionFieldsWithoutChallenges: { id: string; position: number }[] }>(
          FIELD_GAPS,
          {},
          member,
        ),
      ).actionFieldsWithoutChallenges;
      const result = await t.neo4j.read((tx) =>
        tx.run(
          'MATCH (f:ActionField) WHERE NOT (f)<-[:IN_FIELD]-(:Challenge) RETURN f.id AS id ORDER BY f.position',
        ),
      );
      expect(listed.map((field) => field.id)).toEqual(result.records.map((record) => record.get('id')));
      // This spec recorded challenges in these fields, so none of them is a gap.
      for (const key of ['aufenthalt-ankommen', 'arbeitsmarkt', 'willkommenskultur'])
        expect(listed.map((f) => f.id)).not.toContain(ref.fields[key]);
    });

    it("lists the annex's placements no actor fills and drops one once an actor of the category works there", async () => {
      const gaps = async () =>
        ok(
          await t.gql<{ categoryFieldGaps: { category: { id: string }; actionField: { id: string } }[] }>(
            CATEGORY_GAPS,
            {},
            member,
          ),
        ).categoryFieldGaps.map((gap) => `${gap.category.id}:${gap.actionField.id}`);
      const expected = await t.neo4j.read((tx) =>
        tx.run(
          `MATCH (c:ActorCategory)-[:PLACED_IN]->(f:ActionField)
           WHERE NOT EXISTS { MATCH (c)<-[:IN_CATEGORY]-(:Actor)-[:WORKS_IN]->(f) }
           RETURN c.id + ':' + f.id AS pair`,
        ),
      );
      const before = await gaps();
      expect([...before].sort()).toEqual(
        expected.records.map((record) => record.get('pair') as string).sort(),
      );
      expect(before.length).toBeGreaterThan(0);

      const [categoryId, fieldId] = before[0].split(':');
      await createActor(t, member, {
        name: `Füllt die Lücke ${tag}`,
        categoryIds: [categoryId],
        actionFieldIds: [fieldId],
      });
      const after = await gaps();
      expect(after).not.toContain(before[0]);
      expect(after.length).toBe(before.length - 1);
    });
  });
});
