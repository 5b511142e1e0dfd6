import * as encoding from 'lib0/encoding';
import { COLLAB_LIMITS } from '../../src/collab/limits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  bearer,
  editor,
  newGuideline,
  paragraph,
  rawClient,
  rawUrl,
  synced,
  until,
  type Editor,
  type RawClient,
} from './collab-clients.js';

/** A sync message (type 0) with sub-type and payload, as y-protocols writes it. */
function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('what the collab server survives', () => {
  let t: TestApp;
  let member: string;
  let guideline: string;
  const open: Editor[] = [];
  const raw: RawClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    guideline = await newGuideline(t, member);
  });
  afterEach(() => {
    open.splice(0).forEach((client) => client.destroy());
    raw.splice(0).forEach((client) => client.socket.terminate());
  });
  afterAll(() => t.close());

  async function connected(): Promise<RawClient> {
    const client = rawClient(rawUrl(t, guideline), bearer(member));
    raw.push(client);
    await client.opened;
    return client;
  }

  /** Two editors that still converge: the server and their document are fine. */
  async function stillServing(marker: string): Promise<void> {
    const [a, b] = [editor(t, guideline, member), editor(t, guideline, member)];
    open.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    paragraph(a.doc).insert(0, marker);
    await until(() => b.text().includes(marker), 5000, `"${marker}" at the second editor`);
  }

  it.each([
    ['random bytes', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x01])],
    ['an unknown message type', Uint8Array.from([9, 0, 0])],
    ['a truncated update', syncFrame(2, Uint8Array.from([1, 1, 100, 3, 4])).subarray(0, 4)],
    ['an update that is not Yjs', syncFrame(2, Uint8Array.from([1, 1, 100, 3, 4, 5, 6, 7, 8, 9]))],
    ['a truncated awareness update', Uint8Array.from([1, 20, 1, 2])],
  ])('closes only the socket that sent %s (4400) and keeps serving the others', async (_what, frame) => {
    const watcher = editor(t, guideline, member);
    open.push(watcher);
    await synced(watcher);
    const bad = await connected();
    bad.socket.send(frame);
    expect(await bad.closed).toEqual({ code: 4400, reason: 'BAD_REQUEST' });
    expect(watcher.provider.wsconnected).toBe(true);
    await stillServing(`nach ${_what}`);
  });

  it('closes a socket that sends text frames with 4400', async () => {
    const bad = await connected();
    bad.socket.send('hallo');
    expect(await bad.closed).toEqual({ code: 4400, reason: 'BAD_REQUEST' });
  });

  it('closes a socket that sends a frame over 4 MiB with 4413', async () => {
    const bad = await connected();
    bad.socket.send(syncFrame(2, new Uint8Array(5 * 1024 * 1024)));
    expect(await bad.closed).toEqual({ code: 4413, reason: 'TOO_LARGE' });
    await stillServing('nach dem großen Frame');
  });

  it('refuses the 201st client of a document with 4429', async () => {
    const crowd = await Promise.all(
      Array.from({ length: COLLAB_LIMITS.maxClientsPerDocument }, () => connected()),
    );
    await until(() => crowd.every((client) => client.messages.length > 0), 30_000, 'every client synced');
    const late = rawClient(rawUrl(t, guideline), bearer(member));
    raw.push(late);
    expect(await late.closed).toEqual({ code: 4429, reason: 'TOO_MANY_CLIENTS' });
    expect(late.messages).toHaveLength(0);
    crowd[0].socket.close();
    await crowd[0].closed;
    const next = rawClient(rawUrl(t, guideline), bearer(member));
    raw.push(next);
    await until(() => next.messages.length > 0, 5000, 'a place freed by a leaving client');
  });
});
