import * as Y from 'yjs';
import { CollabRepository } from '../../src/collab/collab.repository.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { editor, newGuideline, paragraph, synced, until, type Editor } from './collab-clients.js';

describe('co-editing a guideline over y-websocket', () => {
  let t: TestApp;
  let member: string;
  const open: Editor[] = [];
  const connect = (id: string, token = member) => {
    const client = editor(t, id, token);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
  });
  afterEach(() => open.splice(0).forEach((client) => client.destroy()));
  afterAll(() => t.close());

  it('two clients editing the same paragraph at once converge on both edits', async () => {
    const id = await newGuideline(t, member);
    const [a, b] = [connect(id), connect(id)];
    await Promise.all([synced(a), synced(b)]);
    paragraph(a.doc).insert(0, 'Willkommen in Sachsen-Anhalt');
    await until(() => b.text() === 'Willkommen in Sachsen-Anhalt', 5000, 'first edit at b');
    // Concurrent: both type into the same paragraph before either has seen the other.
    paragraph(a.doc).insert(0, 'Grüße: ');
    paragraph(b.doc).insert(paragraph(b.doc).length, ' – für Fachkräfte');
    await until(() => a.text() === b.text() && a.text().includes('für') && a.text().includes('Grüße'));
    expect(a.text()).toBe('Grüße: Willkommen in Sachsen-Anhalt – für Fachkräfte');
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('an edit another client has seen is already in the database', async () => {
    const id = await newGuideline(t, member);
    const [a, b] = [connect(id), connect(id)];
    await Promise.all([synced(a), synced(b)]);
    paragraph(a.doc).insert(0, 'Übersetzung prüfen');
    await until(() => b.text() === 'Übersetzung prüfen');
    // Read straight from the store, as a restarted server would: stored state plus log.
    const stored = (await new CollabRepository(t.neo4j).load(id))!;
    const restored = new Y.Doc();
    Y.applyUpdate(restored, stored.state!);
    for (const update of stored.updates) Y.applyUpdate(restored, update);
    expect(restored.getXmlFragment('default').toString()).toContain('Übersetzung prüfen');
  });

  it('a new guideline starts empty, seeded once by the server', async () => {
    const id = await newGuideline(t, member);
    const [a, b] = [connect(id), connect(id)];
    await Promise.all([synced(a), synced(b)]);
    expect(a.doc.getXmlFragment('default').length).toBe(0);
    const result = await t.neo4j.read((tx) =>
      tx.run('MATCH (:Guideline {id: $id})-[:HAS_CONTENT]->(c:GuidelineContent) RETURN count(c) AS n', {
        id,
      }),
    );
    expect(Number(result.records[0].get('n'))).toBe(1);
  });

  it('keeps the text across a restart of the server', async () => {
    const id = await newGuideline(t, member);
    const a = connect(id);
    await synced(a);
    paragraph(a.doc).insert(0, 'Straße der Einheit');
    const b = connect(id);
    await until(() => b.text() === 'Straße der Einheit');
    open.splice(0).forEach((client) => client.destroy());
    await t.close();

    t = await startTestApp();
    const c = connect(id);
    await synced(c);
    await until(() => c.text() === 'Straße der Einheit', 5000, 'text after restart');
    paragraph(c.doc).insert(c.text().length, ' 1');
    const d = connect(id);
    await until(() => d.text() === 'Straße der Einheit 1');
  });

  it('unloads a document after the last client leaves and loads it fresh for the next', async () => {
    const id = await newGuideline(t, member);
    const a = connect(id);
    await synced(a);
    paragraph(a.doc).insert(0, 'erste Fassung');
    await until(async () => (await updatesOf(id)) > 0, 5000, 'the logged update');
    a.destroy();
    // Reconnect at once, while the document is being stored: nothing may be missing.
    const b = connect(id);
    await synced(b);
    await until(() => b.text() === 'erste Fassung', 5000, 'text after a fast reconnect');
    b.destroy();
    await until(async () => (await updatesOf(id)) === 0, 5000, 'the log folded into the stored state');
    const c = connect(id);
    await synced(c);
    expect(c.text()).toBe('erste Fassung');
  });

  async function updatesOf(id: string): Promise<number> {
    const result = await t.neo4j.read((tx) =>
      tx.run('MATCH (u:GuidelineUpdate {guidelineId: $id}) RETURN count(u) AS n', { id }),
    );
    return Number(result.records[0].get('n'));
  }
});
