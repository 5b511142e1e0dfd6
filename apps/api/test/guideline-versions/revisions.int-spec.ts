import * as Y from 'yjs';
import { CollabRepository } from '../../src/collab/collab.repository.js';
import { failure, ok } from '../support/factories-graph.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { editor, newGuideline, paragraph, until, type Editor } from '../collab/collab-clients.js';
import { liveText, synced, PATIENCE } from './versions-clients.js';

const REVISIONS = `query ($guidelineId: ID!, $first: Int, $after: String) {
  guidelineRevisions(guidelineId: $guidelineId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at name authorNames createdByName } }
  }
}`;
const REVISION = `query ($id: ID!) { guidelineRevision(id: $id) { id name text html } }`;
const NAME = `mutation ($guidelineId: ID!, $name: String!) {
  nameGuidelineRevision(guidelineId: $guidelineId, name: $name) { id name createdByName authorNames }
}`;
const RESTORE = `mutation ($id: ID!) { restoreGuidelineRevision(id: $id) { id } }`;

interface Revision {
  id: string;
  at: string;
  name: string | null;
  authorNames: string[];
  createdByName: string | null;
}

describe('revisions of a guideline’s text', () => {
  let t: TestApp;
  let member: string;
  let other: string;
  const open: Editor[] = [];
  const connect = (id: string, token = member) => {
    const client = editor(t, id, token);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [member, other] = await Promise.all([t.tokenFor('member'), t.tokenFor('analyst')]);
  }, 120_000);
  afterEach(() => open.splice(0).forEach((client) => client.destroy()));
  afterAll(() => t.close());

  async function revisions(guidelineId: string, first = 20, after: string | null = null) {
    return ok(
      await t.gql<{
        guidelineRevisions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: Revision }[];
        };
      }>(REVISIONS, { guidelineId, first, after }, member),
    ).guidelineRevisions;
  }

  /** The revisions once there are `count` of them (they are taken when the last person has left). */
  async function revisionsWhen(guidelineId: string, count: number) {
    let edges: { node: Revision }[] = [];
    await until(
      async () => (edges = (await revisions(guidelineId)).edges).length === count,
      PATIENCE,
      `${count} revision(s)`,
    );
    return edges;
  }

  /** Writes `text` as the only paragraph, then everyone leaves. */
  async function session(id: string, write: (text: Y.XmlText) => void, token = member) {
    const client = connect(id, token);
    await synced(client);
    write(paragraph(client.doc));
    const expected = client.text();
    await until(async () => (await liveText(t, id, member)) === expected, PATIENCE, 'the edit stored');
    open.splice(open.indexOf(client), 1);
    client.destroy();
    return expected;
  }

  it('takes a revision when the last person leaves, with who wrote it', async () => {
    const id = await newGuideline(t, member, 'Verlauf');
    await session(id, (text) => text.insert(0, 'Erster Stand'));
    const first = await revisionsWhen(id, 1);
    expect(first).toHaveLength(1);
    expect(first[0].node).toMatchObject({ name: null, authorNames: ['Test member'], createdByName: null });
    const text = ok(
      await t.gql<{ guidelineRevision: { text: string; html: string } }>(
        REVISION,
        { id: first[0].node.id },
        member,
      ),
    ).guidelineRevision;
    expect(text).toMatchObject({ text: 'Erster Stand', html: '<p>Erster Stand</p>' });

    // Someone else writes and leaves: a second revision, theirs alone, newest first.
    await session(id, (text) => text.insert(12, ' und mehr'), other);
    const both = await revisionsWhen(id, 2);
    expect(both.map((edge) => edge.node.authorNames)).toEqual([['Test analyst'], ['Test member']]);
    // Opening and leaving without writing takes none.
    const idle = connect(id);
    await synced(idle);
    open.splice(0).forEach((client) => client.destroy());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await revisions(id)).totalCount).toBe(2);
  });

  it('keeps a named revision of the current text and pages newest first', async () => {
    const id = await newGuideline(t, member, 'Benannt');
    const writer = connect(id);
    await synced(writer);
    paragraph(writer.doc).insert(0, 'Vor der Sitzung');
    await until(async () => (await liveText(t, id, member)) === 'Vor der Sitzung', PATIENCE);
    const named = ok(
      await t.gql<{ nameGuidelineRevision: Revision }>(
        NAME,
        { guidelineId: id, name: 'Vor dem Netzwerktreffen' },
        member,
      ),
    ).nameGuidelineRevision;
    expect(named).toMatchObject({
      name: 'Vor dem Netzwerktreffen',
      createdByName: 'Test member',
      authorNames: ['Test member'],
    });
    paragraph(writer.doc).insert(0, 'Nach: ');
    await until(async () => (await liveText(t, id, member)) === 'Nach: Vor der Sitzung', PATIENCE);
    ok(await t.gql(NAME, { guidelineId: id, name: 'Nach dem Treffen' }, member));

    const page1 = await revisions(id, 1);
    expect(page1.totalCount).toBe(2);
    expect(page1.edges.map((edge) => edge.node.name)).toEqual(['Nach dem Treffen']);
    const page2 = await revisions(id, 1, page1.pageInfo.endCursor);
    expect(page2.edges.map((edge) => edge.node.name)).toEqual(['Vor dem Netzwerktreffen']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect(failure(await t.gql(NAME, { guidelineId: id, name: '' }, member))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['name'],
    });
  });

  it('a restore reaches a connected client live and is stored; the text before is kept', async () => {
    const id = await newGuideline(t, member, 'Wiederherstellen');
    const writer = connect(id);
    await synced(writer);
    paragraph(writer.doc).insert(0, 'Guter Text');
    await until(async () => (await liveText(t, id, member)) === 'Guter Text', PATIENCE);
    const good = ok(
      await t.gql<{ nameGuidelineRevision: Revision }>(NAME, { guidelineId: id, name: 'Gut' }, member),
    ).nameGuidelineRevision;
    paragraph(writer.doc).delete(0, 10);
    paragraph(writer.doc).insert(0, 'Versehentlich überschrieben');
    const watcher = connect(id, other);
    await synced(watcher);
    await until(() => watcher.text() === 'Versehentlich überschrieben', PATIENCE);

    ok(await t.gql(RESTORE, { id: good.id }, other));
    // Both open editors see it without reconnecting.
    await until(() => watcher.text() === 'Guter Text', PATIENCE, 'the restore at the watcher');
    await until(() => writer.text() === 'Guter Text', PATIENCE, 'the restore at the writer');
    expect(Y.encodeStateVector(writer.doc)).toEqual(Y.encodeStateVector(watcher.doc));

    // Stored: as a restarted server would load it (state plus log).
    const stored = (await new CollabRepository(t.neo4j).load(id))!;
    const restored = new Y.Doc();
    Y.applyUpdate(restored, stored.state!);
    for (const update of stored.updates) Y.applyUpdate(restored, update);
    expect(restored.getXmlFragment('default').toString()).toContain('Guter Text');
    expect(restored.getXmlFragment('default').toString()).not.toContain('Versehentlich');

    // The text before the restore is a revision of its own.
    const texts = await Promise.all(
      (await revisions(id)).edges.map(
        async (edge) =>
          ok(await t.gql<{ guidelineRevision: { text: string } }>(REVISION, { id: edge.node.id }, member))
            .guidelineRevision.text,
      ),
    );
    expect(texts).toContain('Versehentlich überschrieben');

    // And the two editors go on writing together.
    paragraph(watcher.doc).insert(10, '!');
    await until(() => writer.text() === 'Guter Text!', PATIENCE, 'an edit after the restore');
  });

  it('restores into a guideline nobody has open, and it is there when someone opens it', async () => {
    const id = await newGuideline(t, member, 'Geschlossen');
    await session(id, (text) => text.insert(0, 'Alt'));
    const [{ node: old }] = await revisionsWhen(id, 1);
    await session(id, (text) => {
      text.delete(0, 3);
      text.insert(0, 'Neu');
    });
    ok(await t.gql(RESTORE, { id: old.id }, member));
    await until(async () => (await liveText(t, id, member)) === 'Alt', PATIENCE, 'the restored text');
  });

  it('an unknown revision is NOT_FOUND', async () => {
    const body = await t.gql(RESTORE, { id: '00000000-0000-4000-8000-000000000000' }, member);
    expect(failure(body).code).toBe('NOT_FOUND');
  });
});
