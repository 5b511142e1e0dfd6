import { accountIdOf, actionFieldId, failure, graphTag, ok } from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';
import { type Challenge, CREATE_CHALLENGE, GET_CHALLENGE, UPDATE_CHALLENGE } from '../support/write-path.js';

const HISTORY = `query ($id: ID!) {
  history(entityId: $id, first: 100) { edges { node { id action userId changes } } }
}`;
const RESTORE = `mutation ($changeId: ID!, $field: String!, $side: ChangeSide!, $expectedRevision: Int!) {
  restoreFieldValue(changeId: $changeId, field: $field, side: $side, expectedRevision: $expectedRevision)
}`;

interface Change {
  id: string;
  action: string;
  userId: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** Any earlier value can be set back from the history, as a new change with its own revision check. */
describe('restoring an earlier value', () => {
  let t: TestApp;
  let member: string;
  let steering: string;
  let field: string;
  const tag = graphTag();

  async function changesOf(id: string): Promise<Change[]> {
    return ok(
      await t.gql<{ history: { edges: { node: Change }[] } }>(HISTORY, { id }, member),
    ).history.edges.map((edge) => edge.node);
  }

  async function load(id: string): Promise<Challenge> {
    return ok(await t.gql<{ challenge: Challenge }>(GET_CHALLENGE, { id }, member)).challenge;
  }

  function restore(changeId: string, fieldName: string, side: 'FROM' | 'TO', expectedRevision: number) {
    return t.gql<{ restoreFieldValue: string }>(
      RESTORE,
      { changeId, field: fieldName, side, expectedRevision },
      member,
    );
  }

  /** A challenge whose title went T0 → T1 → T2. */
  async function retitledTwice(): Promise<{ challenge: Challenge; titles: string[] }> {
    const titles = [`Erster Titel ${graphTag()}`, `Zweiter Titel ${tag}`, `Dritter Titel ${tag}`];
    const challenge = ok(
      await t.gql<{ createChallenge: Challenge }>(
        CREATE_CHALLENGE,
        { input: { title: titles[0], actionFieldId: field } },
        member,
      ),
    ).createChallenge;
    for (const title of titles.slice(1)) {
      const { revision } = await load(challenge.id);
      ok(
        await t.gql(
          UPDATE_CHALLENGE,
          { id: challenge.id, expectedRevision: revision, input: { title } },
          member,
        ),
      );
    }
    return { challenge: await load(challenge.id), titles };
  }

  beforeAll(async () => {
    t = await startTestApp();
    [member, steering] = await Promise.all([t.tokenFor('member'), t.tokenFor('steering')]);
    field = await actionFieldId(t, 'lebenslanges-lernen');
  });
  afterAll(() => t.close());

  it('sets the first title back from the first update and records it as a new update', async () => {
    const { challenge, titles } = await retitledTwice();
    expect(challenge).toMatchObject({ title: titles[2], revision: 3 });
    const [, firstUpdate] = await changesOf(challenge.id);
    expect(firstUpdate.changes.title).toEqual({ from: titles[0], to: titles[1] });

    const body = await restore(firstUpdate.id, 'title', 'FROM', challenge.revision);
    expect(ok(body).restoreFieldValue).toBe(challenge.id);
    expect(await load(challenge.id)).toMatchObject({ title: titles[0], revision: 4 });
    const changes = await changesOf(challenge.id);
    expect(changes.map((change) => change.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(changes[0]).toMatchObject({ action: 'update', userId: await accountIdOf(t, member) });
    expect(changes[0].changes).toEqual({ title: { from: titles[2], to: titles[0] } });

    // The value a change set (TO) can be restored as well.
    const again = await restore(changes[1].id, 'title', 'TO', 4);
    expect(ok(again).restoreFieldValue).toBe(challenge.id);
    expect(await load(challenge.id)).toMatchObject({ title: titles[2], revision: 5 });
  });

  it('refuses a stale revision as CONFLICT STALE_REVISION and changes nothing', async () => {
    const { challenge, titles } = await retitledTwice();
    const [, firstUpdate] = await changesOf(challenge.id);
    const body = await restore(firstUpdate.id, 'title', 'FROM', challenge.revision - 1);
    expect(failure(body)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION' });
    expect(await load(challenge.id)).toMatchObject({ title: titles[2], revision: challenge.revision });
    expect((await changesOf(challenge.id)).length).toBe(3);
  });

  it('refuses to empty the title (FROM of the create) as NOT_RESTORABLE', async () => {
    const { challenge, titles } = await retitledTwice();
    const created = (await changesOf(challenge.id)).find((change) => change.action === 'create');
    expect(created?.changes.title).toEqual({ from: null, to: titles[0] });
    const body = await restore(created?.id ?? '', 'title', 'FROM', challenge.revision);
    expect(failure(body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_RESTORABLE',
      fields: ['field'],
    });
    expect(await load(challenge.id)).toMatchObject({ title: titles[2], revision: challenge.revision });
    expect((await changesOf(challenge.id)).length).toBe(3);
  });

  it('refuses a field the change did not touch, and an unknown change', async () => {
    const { challenge } = await retitledTwice();
    const [latest] = await changesOf(challenge.id);
    expect(failure(await restore(latest.id, 'description', 'FROM', challenge.revision))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_RESTORABLE',
    });
    expect(failure(await restore('no-such-change', 'title', 'FROM', challenge.revision)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a guideline’s status, which follows its workflow, as NOT_RESTORABLE', async () => {
    const guideline = ok(
      await t.gql<{ createGuideline: { id: string } }>(
        'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
        { input: { title: `Leitfaden ${tag}` } },
        member,
      ),
    ).createGuideline;
    ok(
      await t.gql(
        'mutation ($id: ID!, $r: Int!) { updateGuideline(id: $id, expectedRevision: $r, input: { status: review }) { id } }',
        { id: guideline.id, r: 1 },
        steering,
      ),
    );
    const [review] = await changesOf(guideline.id);
    expect(review.changes.status).toEqual({ from: 'draft', to: 'review' });
    const body = await restore(review.id, 'status', 'FROM', 2);
    expect(failure(body)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_RESTORABLE' });
    const stored = ok(
      await t.gql<{ guideline: { status: string; revision: number } }>(
        'query ($id: ID!) { guideline(id: $id) { status revision } }',
        { id: guideline.id },
        member,
      ),
    ).guideline;
    expect(stored).toEqual({ status: 'review', revision: 2 });
  });
});
