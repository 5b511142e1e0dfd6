import { randomUUID } from 'node:crypto';
import { failure, graphTag, ok } from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const VIEW = 'id name state shared ownerName editable stateSize revision createdBy';
const CREATE = `mutation ($input: CreateSavedGraphViewInput!) { createSavedGraphView(input: $input) { ${VIEW} } }`;
const UPDATE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateSavedGraphViewInput!) {
  updateSavedGraphView(id: $id, expectedRevision: $expectedRevision, input: $input) { ${VIEW} }
}`;
const DELETE = 'mutation ($id: ID!) { deleteSavedGraphView(id: $id) }';
const ONE = `query ($id: ID!) { savedGraphView(id: $id) { ${VIEW} } }`;
const LIST = `query ($mine: Boolean, $first: Int) {
  savedGraphViews(mine: $mine, first: $first) { totalCount edges { node { id name shared ownerName editable stateSize } } }
}`;
const TRASH = '{ trash(first: 100) { edges { node { id entityType title } } } }';
const HISTORY = 'query ($id: ID!) { history(entityId: $id, first: 20) { edges { node { action } } } }';

interface View {
  id: string;
  name: string;
  state: string;
  shared: boolean;
  ownerName: string | null;
  editable: boolean;
  stateSize: number;
  revision: number;
  createdBy: string;
}

/** What the web keeps of a view: filters, styling, positions, selection, layout, camera. */
const STATE = JSON.stringify({
  version: 1,
  filters: { types: ['Actor'], fieldKeys: ['anerkennung'], regionKeys: ['harz'] },
  styling: { colourBy: 'category' },
  positions: { a: { x: 1.25, y: -3.5 }, b: { x: 100, y: 200.125 } },
  selection: ['a'],
  layout: 'forceatlas2',
  camera: { x: 0.5, y: 0.5, ratio: 1.2, angle: 0 },
  name: 'Umlaute: Börde, Straße',
});

describe('saved graph views', () => {
  let t: TestApp;
  let analyst: string, otherAnalyst: string, member: string, steering: string, admin: string;
  const tag = graphTag();

  beforeAll(async () => {
    t = await startTestApp();
    [analyst, otherAnalyst, member, steering, admin] = await Promise.all([
      t.tokenFor('analyst'),
      t.tokenFor('analyst'),
      t.tokenFor('member'),
      t.tokenFor('steering'),
      t.tokenFor('admin'),
    ]);
  });
  afterAll(() => t.close());

  async function create(token: string, input: Record<string, unknown>): Promise<View> {
    return ok(await t.gql<{ createSavedGraphView: View }>(CREATE, { input }, token)).createSavedGraphView;
  }
  const open = (token: string, id: string) => t.gql<{ savedGraphView: View }>(ONE, { id }, token);
  async function listed(token: string, mine = false): Promise<string[]> {
    const body = await t.gql<{ savedGraphViews: { edges: { node: { id: string } }[] } }>(
      LIST,
      { mine, first: 100 },
      token,
    );
    return ok(body).savedGraphViews.edges.map((edge) => edge.node.id);
  }

  it('saves a view and reopens it exactly as saved; a retry with the same client id saves nothing twice', async () => {
    const id = randomUUID();
    const input = { id, name: `Anerkennung im Harz ${tag}`, state: STATE };
    const first = await create(analyst, input);
    expect(first).toMatchObject({
      id,
      name: input.name,
      state: STATE,
      shared: false,
      editable: true,
      revision: 1,
    });
    expect(first.stateSize).toBe(STATE.length);
    expect(first.ownerName).toBe('Test analyst');
    expect(await create(analyst, input)).toMatchObject({ id, revision: 1 });
    const count = await t.neo4j.read((tx) =>
      tx.run('MATCH (v:SavedGraphView {id: $id}) RETURN count(v) AS n', { id }),
    );
    expect(Number(count.records[0].get('n'))).toBe(1);
    expect(ok(await open(analyst, id)).savedGraphView.state).toBe(STATE);
  });

  it('lets analysts, the steering group and admins save views, not members', async () => {
    const refused = failure(await t.gql(CREATE, { input: { name: `Mitglied ${tag}`, state: '{}' } }, member));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'ANALYSTS_ONLY' });
    expect(refused.messages?.de).toContain('Analystinnen');
    for (const token of [steering, admin])
      expect((await create(token, { name: `Von ${tag}`, state: '{}' })).id).toBeTruthy();
  });

  it('shows a private view to its owner and admins only, a shared one to every signed-in account', async () => {
    const view = await create(analyst, { name: `Privat ${tag}`, state: STATE });
    for (const token of [otherAnalyst, member, steering]) {
      expect(failure(await open(token, view.id)).code).toBe('NOT_FOUND');
      expect(await listed(token)).not.toContain(view.id);
    }
    expect(ok(await open(admin, view.id)).savedGraphView).toMatchObject({ state: STATE, editable: true });
    expect(await listed(admin)).toContain(view.id);
    expect(await listed(analyst, true)).toContain(view.id);
    expect(await listed(admin, true)).not.toContain(view.id);

    const shared = ok(
      await t.gql<{ updateSavedGraphView: View }>(
        UPDATE,
        { id: view.id, expectedRevision: 1, input: { shared: true } },
        analyst,
      ),
    ).updateSavedGraphView;
    expect(shared).toMatchObject({ shared: true, revision: 2 });
    for (const token of [otherAnalyst, member, steering]) {
      expect(ok(await open(token, view.id)).savedGraphView).toMatchObject({ state: STATE, editable: false });
      expect(await listed(token)).toContain(view.id);
      expect(await listed(token, true)).not.toContain(view.id);
    }
  });

  it('renames and replaces the state with expectedRevision; a stale revision is a conflict, nothing lost', async () => {
    const view = await create(analyst, { name: `Alt ${tag}`, state: '{"a":1}' });
    const renamed = ok(
      await t.gql<{ updateSavedGraphView: View }>(
        UPDATE,
        { id: view.id, expectedRevision: 1, input: { name: `Neu ${tag}`, state: STATE } },
        analyst,
      ),
    ).updateSavedGraphView;
    expect(renamed).toMatchObject({ name: `Neu ${tag}`, state: STATE, revision: 2 });
    const stale = failure(
      await t.gql(UPDATE, { id: view.id, expectedRevision: 1, input: { name: `Zu spät ${tag}` } }, analyst),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION' });
    expect(ok(await open(analyst, view.id)).savedGraphView).toMatchObject({
      name: `Neu ${tag}`,
      state: STATE,
    });
  });

  it('refuses changes and deletion by anyone but the owner or an admin', async () => {
    const view = await create(analyst, { name: `Geteilt ${tag}`, state: STATE, shared: true });
    for (const token of [otherAnalyst, member, steering]) {
      expect(
        failure(await t.gql(UPDATE, { id: view.id, expectedRevision: 1, input: { name: 'Fremd' } }, token)),
      ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
      expect(failure(await t.gql(DELETE, { id: view.id }, token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_OWNER',
      });
    }
    expect(ok(await open(analyst, view.id)).savedGraphView).toMatchObject({
      name: `Geteilt ${tag}`,
      revision: 1,
    });
    const byAdmin = ok(
      await t.gql<{ updateSavedGraphView: View }>(
        UPDATE,
        { id: view.id, expectedRevision: 1, input: { name: `Vom Admin ${tag}` } },
        admin,
      ),
    ).updateSavedGraphView;
    expect(byAdmin.name).toBe(`Vom Admin ${tag}`);
  });

  it('moves a deleted view to the Papierkorb, listed there and in the history for its owner only', async () => {
    const view = await create(analyst, { name: `Weg ${tag}`, state: STATE });
    ok(await t.gql(DELETE, { id: view.id }, analyst));
    expect(failure(await open(analyst, view.id)).code).toBe('NOT_FOUND');
    expect(await listed(analyst)).not.toContain(view.id);
    const trashOf = async (token: string) =>
      ok(await t.gql<{ trash: { edges: { node: { id: string } }[] } }>(TRASH, {}, token)).trash.edges.map(
        (edge) => edge.node.id,
      );
    expect(await trashOf(analyst)).toContain(view.id);
    expect(await trashOf(admin)).toContain(view.id);
    expect(await trashOf(otherAnalyst)).not.toContain(view.id);
    const historyOf = async (token: string) =>
      ok(
        await t.gql<{ history: { edges: { node: { action: string } }[] } }>(HISTORY, { id: view.id }, token),
      ).history.edges.map((edge) => edge.node.action);
    expect(await historyOf(analyst)).toEqual(['delete', 'create']);
    expect(await historyOf(otherAnalyst)).toEqual([]);
  });

  it('refuses a state that is not a JSON object, too long, and a blank name, saying why', async () => {
    for (const state of ['kein json', '[1,2]', 'null', '"text"']) {
      const refused = failure(await t.gql(CREATE, { input: { name: `X ${tag}`, state } }, analyst));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['state'] });
      expect(refused.messages?.de).toBe('Der Zustand der Ansicht muss ein JSON-Objekt sein.');
    }
    const long = JSON.stringify({ padding: 'x'.repeat(2_000_000) });
    expect(failure(await t.gql(CREATE, { input: { name: `X ${tag}`, state: long } }, analyst))).toMatchObject(
      {
        reason: 'TOO_LONG',
        fields: ['state'],
      },
    );
    expect(failure(await t.gql(CREATE, { input: { name: '  ', state: '{}' } }, analyst)).fields).toEqual([
      'name',
    ]);
    expect(failure(await t.gql(LIST, {})).code).toBe('UNAUTHENTICATED');
  });
});
