import { DocumentRegistry } from '../../src/collab/document/document-registry.js';
import { SessionsService } from '../../src/sessions/sessions.service.js';
import { startTestApp } from '../support/test-app.js';
import { editor, newGuideline, paragraph, synced, until, type Editor } from './collab-clients.js';

describe('a stopping collab server', () => {
  const open: Editor[] = [];
  afterEach(() => open.splice(0).forEach((client) => client.destroy()));

  it('admits no socket and opens no document once it has begun to stop', async () => {
    const t = await startTestApp();
    const member = await t.tokenFor('member');
    const late = await t.tokenFor('member');
    const id = await newGuideline(t, member);
    const a = editor(t, id, member);
    open.push(a);
    await synced(a);
    paragraph(a.doc).insert(0, 'vor dem Herunterfahren');

    // The late client's session check is still running when the server begins to stop; it ends after the
    // open documents were closed and stored, while Neo4j is still reachable. A document opened for it now
    // would live on in the stopped server and write the log beside the next server's copy.
    const sessions = t.app.get(SessionsService);
    const authenticate = sessions.authenticate.bind(sessions);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    sessions.authenticate = async (token: string) => {
      if (token === late) {
        asked = true;
        await gate;
      }
      return authenticate(token);
    };
    const b = editor(t, id, late);
    open.push(b);
    let connected = false;
    let turnedAway = false;
    b.provider.on('status', ({ status }) => (connected ||= status === 'connected'));
    b.provider.on('connection-close', () => (turnedAway = true));
    const documents = t.app.get(DocumentRegistry);
    const closeAll = documents.closeAll.bind(documents);
    documents.closeAll = async () => {
      await closeAll();
      release();
      await until(() => connected || turnedAway, 10_000, 'the late client to be let in or turned away');
    };
    await until(() => asked, 5000, 'the late client’s session check');
    await t.close();

    expect(connected).toBe(false);
    expect(documents.openDocuments()).toEqual([]);
    expect(b.provider.synced).toBe(false);
    expect(b.doc.getXmlFragment('default').length).toBe(0);
  });
});
