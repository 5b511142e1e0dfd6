import * as Y from 'yjs';
import type { CollabRepository, LoggedUpdate } from '../collab.repository.js';
import { readMessage } from '../protocol.js';
import { CollabDocument } from './collab-document.js';
import type { Peer } from './peer.js';

/** A log that commits when told to, so a spec can look between "received" and "stored". */
function holdingRepository() {
  const stored: LoggedUpdate[] = [];
  const gates: (() => void)[] = [];
  const repository = {
    append: (updates: LoggedUpdate[]) =>
      new Promise<void>((resolve) =>
        gates.push(() => {
          stored.push(...updates);
          resolve();
        }),
      ),
    compact: async () => undefined,
  } as unknown as CollabRepository;
  const commit = async () => {
    while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    gates.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 1));
  };
  return { repository, stored, commit };
}

function peer(writable = true): Peer & { sent: Uint8Array[]; closedWith: string[] } {
  const sent: Uint8Array[] = [];
  const closedWith: string[] = [];
  return {
    userId: 'u1',
    writable,
    readOnlyStrikes: 0,
    awarenessClients: new Set(),
    sent,
    closedWith,
    send: (message) => sent.push(message),
    close: (reason) => closedWith.push(reason),
  };
}

function typed(text: string, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getXmlFragment('default').insert(0, [new Y.XmlText(text)]);
  return Y.encodeStateAsUpdate(doc, before);
}

function emptyDocument(repository: CollabRepository) {
  return new CollabDocument(
    'g1',
    repository,
    { state: Y.encodeStateAsUpdate(new Y.Doc()), updates: [], lastSeq: 0 },
    'draft',
  );
}

describe('CollabDocument', () => {
  it('applies and relays an update only after it is stored', async () => {
    const { repository, stored, commit } = holdingRepository();
    const document = emptyDocument(repository);
    const [writer, other] = [peer(), peer()];
    document.join(writer);
    document.join(other);
    const relayedBefore = other.sent.length;
    const done = document.receive(writer, typed('Grüße'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(document.doc.getXmlFragment('default').length).toBe(0);
    expect(other.sent.length).toBe(relayedBefore);
    await commit();
    await done;
    expect(stored.map((entry) => entry.seq)).toEqual([1]);
    expect(document.doc.getXmlFragment('default').toString()).toContain('Grüße');
    expect(other.sent.length).toBe(relayedBefore + 1);
    document.destroy();
  });

  it('stores what arrives together as one log entry per socket, its updates merged', async () => {
    const { repository, stored, commit } = holdingRepository();
    const document = emptyDocument(repository);
    const [anna, ben, reader] = [peer(), { ...peer(), userId: 'u2' }, peer()];
    [anna, ben, reader].forEach((each) => document.join(each));
    const relayedBefore = reader.sent.length;
    const annaDoc = new Y.Doc();
    const keystrokes: Uint8Array[] = [];
    annaDoc.on('update', (update: Uint8Array) => keystrokes.push(update));
    const text = new Y.XmlText();
    annaDoc.getXmlFragment('default').insert(0, [text]);
    for (const letter of 'Grüße') text.insert(text.length, letter);
    const done = [...keystrokes, typed('Ben')].map((update, n) =>
      document.receive(n < keystrokes.length ? anna : ben, update),
    );
    await commit();
    await Promise.all(done);
    expect(stored.map(({ seq, userId }) => ({ seq, userId }))).toEqual([
      { seq: 1, userId: 'u1' },
      { seq: 2, userId: 'u2' },
    ]);
    // Loading the log gives the same document; the reader got one message per socket, what it stored.
    const loaded = new Y.Doc();
    for (const entry of stored) Y.applyUpdate(loaded, entry.update);
    expect(loaded.getXmlFragment('default').toString()).toBe(
      document.doc.getXmlFragment('default').toString(),
    );
    expect(document.doc.getXmlFragment('default').toString()).toContain('Grüße');
    expect(reader.sent.length).toBe(relayedBefore + 2);
    const relayed = new Y.Doc();
    for (const frame of reader.sent.slice(relayedBefore)) {
      const message = readMessage(frame);
      if (message.kind !== 'update') throw new Error(`relayed a ${message.kind}`);
      Y.applyUpdate(relayed, message.update);
    }
    expect(relayed.getXmlFragment('default').toString()).toBe(
      document.doc.getXmlFragment('default').toString(),
    );
    expect(document.appliedSeq).toBe(2);
    document.destroy();
  });

  it('drops a read-only socket’s updates and closes it after more than ten', async () => {
    const { repository, stored } = holdingRepository();
    const document = emptyDocument(repository);
    const reader = peer(false);
    document.join(reader);
    for (let n = 0; n < 11; n += 1) await document.receive(reader, typed(`x${n}`));
    expect(reader.closedWith).toEqual(['READ_ONLY']);
    expect(stored).toHaveLength(0);
    expect(document.doc.getXmlFragment('default').length).toBe(0);
    document.destroy();
  });

  it('does not log again what the document already has', async () => {
    const { repository, stored, commit } = holdingRepository();
    const document = emptyDocument(repository);
    const writer = peer();
    document.join(writer);
    const update = typed('einmal');
    const first = document.receive(writer, update);
    await commit();
    await first;
    await document.receive(writer, update);
    expect(stored).toHaveLength(1);
    document.destroy();
  });

  it('refuses updates that add content to a document over its limit, and lets deletions through', async () => {
    const { repository, stored, commit } = holdingRepository();
    const document = emptyDocument(repository);
    const writer = peer();
    document.join(writer);
    const first = document.receive(writer, typed('Text'));
    await commit();
    await first;
    document.tooLarge = true;
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(document.doc));
    const before = Y.encodeStateVector(client);
    client.getXmlFragment('default').delete(0, 1);
    const deletion = document.receive(writer, Y.encodeStateAsUpdate(client, before));
    await commit();
    await deletion;
    expect(document.doc.getXmlFragment('default').length).toBe(0);
    await document.receive(writer, typed('mehr', document.doc));
    expect(writer.closedWith).toEqual(['TOO_LARGE']);
    expect(stored).toHaveLength(2);
    document.destroy();
  });
});
