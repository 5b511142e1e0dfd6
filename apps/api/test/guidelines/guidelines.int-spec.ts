import { LIMITS } from '@netzwerkstatt/domain';
import {
  INJECTION,
  SCRIPT,
  actionFieldId,
  actorNode,
  countTitled,
  everyPage,
  failure,
  graphTag,
  history,
  ok,
  type PageOf,
  revisionOf,
} from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const FIELDS = 'id title status version actionField { key }';
const CREATE = `mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateGuidelineInput!) { updateGuideline(id: $id, expectedRevision: $expectedRevision, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteGuideline(id: $id) }';
const GET = `query ($id: ID!) { guideline(id: $id) { ${FIELDS} } }`;
const LIST = `query ($first: Int, $after: String, $filter: GuidelineFilterInput) {
  guidelines(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title status } }
  }
}`;

interface Guideline {
  id: string;
  title: string;
  status: string;
  version: string | null;
  actionField: { key: string } | null;
}

describe('guideline metadata', () => {
  let t: TestApp;
  let member: string;
  let steering: string;
  let field: string;
  const tag = graphTag();

  async function created(
    title: string,
    extra: Record<string, unknown> = {},
    token = member,
  ): Promise<Guideline> {
    return ok(await t.gql<{ createGuideline: Guideline }>(CREATE, { input: { title, ...extra } }, token))
      .createGuideline;
  }

  async function update(id: string, input: Record<string, unknown>, token = member) {
    return t.gql<{ updateGuideline: Guideline }>(
      UPDATE,
      { id, expectedRevision: await revisionOf(t, id), input },
      token,
    );
  }

  async function get(id: string): Promise<Guideline> {
    return ok(await t.gql<{ guideline: Guideline }>(GET, { id }, member)).guideline;
  }

  beforeAll(async () => {
    t = await startTestApp();
    [member, steering] = await Promise.all([t.tokenFor('member'), t.tokenFor('steering')]);
    field = await actionFieldId(t, 'aufenthalt-ankommen');
  });
  afterAll(() => t.close());

  it('creates a draft with version and action field and records it', async () => {
    const guideline = await created(`Leitfaden Aufenthalt ${tag}`, { version: '0.1', actionFieldId: field });
    expect(guideline).toMatchObject({
      status: 'draft',
      version: '0.1',
      actionField: { key: 'aufenthalt-ankommen' },
    });
    const [change] = await history(t, member, guideline.id);
    expect(change).toMatchObject({ action: 'create', changes: { status: { from: null, to: 'draft' } } });
  });

  it('lets only the steering group move the status, one step at a time', async () => {
    const guideline = await created(`Workflow ${tag}`);
    expect(failure(await update(guideline.id, { status: 'review' })).code).toBe('FORBIDDEN');
    expect((await get(guideline.id)).status).toBe('draft');
    expect(failure(await update(guideline.id, { status: 'published' }, steering))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_TRANSITION',
      fields: ['status'],
    });
    expect(ok(await update(guideline.id, { status: 'review' }, steering)).updateGuideline.status).toBe(
      'review',
    );
    // Publishing numbers the version: the label becomes its number, whatever was sent with it.
    expect(
      ok(await update(guideline.id, { status: 'published', version: '1.0' }, steering)).updateGuideline,
    ).toMatchObject({
      status: 'published',
      version: '1',
    });
    const [change] = await history(t, member, guideline.id);
    expect(change.changes).toEqual({
      status: { from: 'review', to: 'published' },
      version: { from: null, to: '1' },
    });
    expect(failure(await update(guideline.id, { status: 'draft' }, steering)).code).toBe('BAD_USER_INPUT');
    expect(ok(await update(guideline.id, { status: 'review' }, steering)).updateGuideline.status).toBe(
      'review',
    );
  });

  it('lets members edit metadata and clear version and field', async () => {
    const guideline = await created(`Metadaten ${tag}`, { version: '2', actionFieldId: field });
    const body = await update(guideline.id, {
      title: `Metadaten neu ${tag}`,
      version: null,
      actionFieldId: null,
    });
    expect(ok(body).updateGuideline).toMatchObject({
      title: `Metadaten neu ${tag}`,
      version: null,
      actionField: null,
    });
  });

  it.each([
    ['an empty title', { title: '' }, 'title', 'REQUIRED'],
    ['a title that is too long', { title: 'x'.repeat(LIMITS.title + 1) }, 'title', 'TOO_LONG'],
    ['a version that is too long', { version: 'v'.repeat(51) }, 'version', 'TOO_LONG'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, override, fieldName, reason) => {
    const body = await t.gql(CREATE, { input: { title: `Fehler ${tag}`, ...override } }, member);
    expect(failure(body)).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [fieldName] });
  });

  it('refuses unknown or wrongly typed fields, wrong types and anonymous callers, creating nothing', async () => {
    const title = `Nichts ${graphTag()}`;
    const actor = await actorNode(t, `Kein Feld ${tag}`);
    expect(failure(await t.gql(CREATE, { input: { title, actionFieldId: 'nope' } }, member))).toMatchObject({
      code: 'NOT_FOUND',
      fields: ['actionFieldId'],
    });
    expect(failure(await t.gql(CREATE, { input: { title, actionFieldId: actor } }, member))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_TYPE',
    });
    expect(failure(await t.gql(CREATE, { input: { title, status: 'published' } }, steering)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(failure(await t.gql(CREATE, { input: { title } })).code).toBe('UNAUTHENTICATED');
    expect(await countTitled(t, 'Guideline', title)).toBe(0);
    const guideline = await created(`Bleibt ${tag}`);
    expect(failure(await update(guideline.id, { title: 'x' }, '')).code).toBe('UNAUTHENTICATED');
    expect(failure(await update('nope', { title: 'x' })).code).toBe('NOT_FOUND');
    expect((await get(guideline.id)).title).toBe(`Bleibt ${tag}`);
  });

  it('stores Cypher-looking and HTML text verbatim', async () => {
    const guideline = await created(INJECTION, { version: SCRIPT });
    expect(await get(guideline.id)).toMatchObject({ title: INJECTION, version: SCRIPT });
  });

  it('lets members delete drafts, and only the steering group guidelines under review or published', async () => {
    const draft = await created(`Entwurf weg ${tag}`, { actionFieldId: field });
    expect(failure(await t.gql(DELETE, { id: draft.id })).code).toBe('UNAUTHENTICATED');
    expect(
      ok(await t.gql<{ deleteGuideline: string }>(DELETE, { id: draft.id }, member)).deleteGuideline,
    ).toBe(draft.id);
    expect(failure(await t.gql(GET, { id: draft.id }, member)).code).toBe('NOT_FOUND');
    expect((await history(t, member, draft.id))[0]).toMatchObject({ action: 'delete' });

    const reviewed = await created(`In Prüfung ${tag}`);
    ok(await update(reviewed.id, { status: 'review' }, steering));
    expect(failure(await t.gql(DELETE, { id: reviewed.id }, member)).code).toBe('FORBIDDEN');
    expect((await get(reviewed.id)).status).toBe('review');
    ok(await t.gql(DELETE, { id: reviewed.id }, steering));
    expect(failure(await t.gql(DELETE, { id: reviewed.id }, steering)).code).toBe('NOT_FOUND');
  });

  it('lists guidelines by status and field, each once across pages', async () => {
    const listTag = graphTag();
    const a = await created(`Ankommen ${listTag}`, { actionFieldId: field });
    const b = await created(`Behörden ${listTag}`);
    const c = await created(`Checkliste ${listTag}`, { actionFieldId: field });
    ok(await update(c.id, { status: 'review' }, steering));
    const seen = await everyPage(async (after) => {
      const body = await t.gql<{ guidelines: PageOf<{ id: string }> }>(
        LIST,
        { first: 2, after, filter: { text: listTag } },
        member,
      );
      return ok(body).guidelines;
    });
    expect(seen.map((node) => node.id)).toEqual([a.id, b.id, c.id]);
    const drafts = ok(
      await t.gql<{ guidelines: { edges: { node: { id: string } }[] } }>(
        LIST,
        { first: 10, filter: { text: listTag, status: ['draft'], actionFieldIds: [field] } },
        member,
      ),
    );
    expect(drafts.guidelines.edges.map((edge) => edge.node.id)).toEqual([a.id]);
    expect(failure(await t.gql(LIST, { first: 1 })).code).toBe('UNAUTHENTICATED');
  });
});
