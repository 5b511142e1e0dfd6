import * as Y from 'yjs';
import { SavedCheck } from './savedCheck';

/** A client and the server's copy, connected by hand: nothing reaches the server unless a test says so. */
function setup() {
  const server = new Y.Doc();
  server.getText('t').insert(0, 'Willkommen in Sachsen-Anhalt');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const check = new SavedCheck(client);
  const local: Uint8Array[] = [];
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server') return;
    local.push(update);
    check.noteLocalUpdate(update);
  });
  const deliver = () => {
    for (const update of local.splice(0)) Y.applyUpdate(server, update, 'client');
  };
  // What the server answers to the client's confirmation request (sync step 2).
  const answer = () => Y.encodeStateAsUpdate(server, check.requestVector());
  return { server, client, check, deliver, answer };
}

describe('SavedCheck', () => {
  it('holds an edit as unsaved until an answer of the server contains it', () => {
    const { client, check, deliver, answer } = setup();
    expect(check.unsaved).toBe(false);
    client.getText('t').insert(0, 'Herzlich: ');
    expect(check.unsaved).toBe(true);

    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(true);

    deliver();
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(false);
  });

  it('asks only for what is pending, so the answer stays small', () => {
    const { client, deliver, answer } = setup();
    client.getText('t').insert(0, 'x');
    deliver();
    const reply = Y.decodeUpdate(answer());
    expect(reply.structs).toHaveLength(1);
    expect(reply.structs[0].id.client).toBe(client.clientID);
  });

  it('confirms part of a burst when only part of it arrived', () => {
    const { client, check, deliver, answer } = setup();
    client.getText('t').insert(0, 'A');
    deliver();
    client.getText('t').insert(0, 'B');
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(true);
    deliver();
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(false);
  });

  it('holds a deletion as unsaved until the server’s delete set covers it', () => {
    const { client, check, deliver, answer } = setup();
    client.getText('t').delete(0, 11);
    expect(check.unsaved).toBe(true);
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(true);
    deliver();
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(false);
  });

  it('takes the server’s state vector on joining as proof for content it already has', () => {
    const { server, client, check, deliver } = setup();
    client.getText('t').insert(0, 'offline geschrieben ');
    check.noteServerStateVector(Y.encodeStateVector(server));
    expect(check.unsaved).toBe(true);
    deliver();
    check.noteServerStateVector(Y.encodeStateVector(server));
    expect(check.unsaved).toBe(false);
  });

  it('treats content restored from the offline copy like a local edit', () => {
    const { server, check, answer } = setup();
    const earlierVisit = new Y.Doc();
    Y.applyUpdate(earlierVisit, Y.encodeStateAsUpdate(server));
    earlierVisit.getText('t').insert(0, 'vom letzten Mal ');
    check.noteLocalUpdate(Y.encodeStateAsUpdate(earlierVisit));
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(true);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(earlierVisit));
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(false);
  });

  it('is not fooled by other people’s content in an answer', () => {
    const { server, client, check, answer } = setup();
    client.getText('t').insert(0, 'meins ');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    other.getText('t').insert(0, 'fremd ');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    check.noteServerAnswer(answer());
    expect(check.unsaved).toBe(true);
  });
});
