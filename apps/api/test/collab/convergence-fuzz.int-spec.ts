import { EDITOR_SCHEMA_VERSION, jsonToText, yDocToJSON } from '@netzwerkstatt/editor';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabRepository } from '../../src/collab/collab.repository.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer, collabUrl, newGuideline, socketClass, until } from './collab-clients.js';

/**
 * Convergence fuzz through the real server: a few y-websocket clients make random edits in one
 * guideline's body (paragraphs and headings with text, bold and italic, as the editor schema has them),
 * drop and resume their connections at random, and keep editing while the server is restarted (closed
 * and started again on the same port and the same Neo4j). At the end every client, a fresh client and
 * the document as stored in Neo4j must be equal. Seeded: COLLAB_FUZZ_SEED=<n> repeats a run's edits and
 * connection changes (the timing of the network is not repeated).
 */
const SEED = process.env.COLLAB_FUZZ_SEED ? Number(process.env.COLLAB_FUZZ_SEED) : Date.now() % 2 ** 31;
const ROUNDS = 240;
const CLIENTS = 4;
/** Rounds at which the server is closed; it comes back `DOWN_ROUNDS` rounds later (clients edit offline). */
const RESTARTS = [80, 170];
const DOWN_ROUNDS = 8;

/** mulberry32: small, seeded, good enough to pick edits. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
type Random = ReturnType<typeof prng>;

const WORDS = ['Fachkräfte', 'Willkommen', 'Straße', 'Übergang', 'Beratung', 'Netzwerk', 'ä', 'ß', ' ', 'x'];

interface Client {
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** A block (paragraph or heading) always holds exactly one Y.XmlText, made with it in one transaction. */
function newBlock(random: Random): Y.XmlElement {
  const heading = random.chance(0.15);
  const block = new Y.XmlElement(heading ? 'heading' : 'paragraph');
  if (heading) block.setAttribute('level', 2 as never);
  const text = new Y.XmlText();
  text.insert(0, random.pick(WORDS));
  block.insert(0, [text]);
  return block;
}

function textOf(block: Y.XmlElement): Y.XmlText | null {
  const first = block.length > 0 ? block.get(0) : null;
  return first instanceof Y.XmlText ? first : null;
}

/** One to three random edits in one transaction (one update), as a person's keystrokes would make. */
function edit(client: Client, random: Random): void {
  const fragment = client.doc.getXmlFragment('default');
  client.doc.transact(() => {
    for (let n = 1 + random.int(3); n > 0; n -= 1) {
      const blocks = fragment.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
      const roll = random.next();
      if (blocks.length === 0 || roll < 0.1) {
        fragment.insert(random.int(fragment.length + 1), [newBlock(random)]);
        continue;
      }
      const block = random.pick(blocks);
      const text = textOf(block);
      if (roll < 0.14 && blocks.length > 1) {
        fragment.delete(fragment.toArray().indexOf(block), 1);
      } else if (!text) {
        continue;
      } else if (roll < 0.6 || text.length === 0) {
        const marks = random.chance(0.2) ? { [random.pick(['bold', 'italic'])]: {} } : undefined;
        text.insert(random.int(text.length + 1), random.pick(WORDS), marks);
      } else if (roll < 0.9) {
        const at = random.int(text.length);
        text.delete(at, 1 + random.int(Math.min(6, text.length - at)));
      } else {
        const at = random.int(text.length);
        text.format(at, 1 + random.int(text.length - at), { [random.pick(['bold', 'italic'])]: {} });
      }
    }
  });
}

/** What must be equal: the body as XML (text, marks, attributes) and what each client has seen. */
function fingerprint(doc: Y.Doc) {
  return {
    body: doc.getXmlFragment('default').toString(),
    stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
  };
}

describe('convergence fuzz', () => {
  let t: TestApp;
  let port: number;
  let serverDown = false;
  const clients: Client[] = [];

  const connect = (name: string, id: string, token: string): Client => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(t), id, doc, {
      params: { v: String(EDITOR_SCHEMA_VERSION) },
      WebSocketPolyfill: socketClass(bearer(token)) as never,
      disableBc: true,
      // Back quickly after a restart, so the rounds after it are online again.
      maxBackoffTime: 300,
    });
    const client = { name, doc, provider };
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    port = Number(new URL(t.url).port);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) {
      client.provider.destroy();
      client.doc.destroy();
    }
    if (!serverDown) await t.close();
  });

  it(`${ROUNDS} rounds of random edits, disconnects and ${RESTARTS.length} restarts end equal everywhere (seed ${SEED})`, async () => {
    const random = prng(SEED);
    try {
      const [alice, bob] = [await t.tokenFor('member'), await t.tokenFor('member')];
      const id = await newGuideline(t, alice, 'Fuzz');
      const editors = Array.from({ length: CLIENTS }, (_, n) =>
        connect(`client ${n + 1}`, id, n % 2 ? bob : alice),
      );
      await until(() => editors.every((c) => c.provider.synced), 10_000, 'first sync');

      const stats = { edits: 0, disconnects: 0, reconnects: 0, restarts: 0, offlineEdits: 0 };
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const client of editors) {
          if (!random.chance(0.6)) continue;
          edit(client, random);
          stats.edits += 1;
          if (serverDown || !client.provider.wsconnected) stats.offlineEdits += 1;
        }
        if (random.chance(0.2)) {
          const client = random.pick(editors);
          if (client.provider.shouldConnect) {
            client.provider.disconnect();
            stats.disconnects += 1;
          } else {
            client.provider.connect();
            stats.reconnects += 1;
          }
        }
        if (RESTARTS.includes(round)) {
          await t.close();
          serverDown = true;
        }
        if (serverDown && RESTARTS.includes(round - DOWN_ROUNDS)) {
          t = await startTestApp({ port });
          serverDown = false;
          stats.restarts += 1;
        }
        // Let frames interleave with the next round's edits, sometimes not at all.
        await new Promise((resolve) => setTimeout(resolve, random.int(4) === 0 ? 0 : random.int(25)));
      }

      // Everyone online again: all clients converge, through the server only.
      for (const client of editors) if (!client.provider.shouldConnect) client.provider.connect();
      const same = () => {
        const prints = editors.map((c) => JSON.stringify(fingerprint(c.doc)));
        return editors.every((c) => c.provider.synced) && prints.every((p) => p === prints[0]);
      };
      await until(same, 20_000, 'the clients to converge');
      const expected = fingerprint(editors[0].doc);
      expect(expected.body.length).toBeGreaterThan(0);
      for (const client of editors)
        expect({ client: client.name, ...fingerprint(client.doc) }).toEqual({
          client: client.name,
          ...expected,
        });

      // A client that starts empty gets exactly the same document.
      const fresh = connect('fresh client', id, alice);
      await until(
        () => fresh.provider.synced && fingerprint(fresh.doc).stateVector === expected.stateVector,
        10_000,
        'the fresh client',
      );
      expect(fingerprint(fresh.doc)).toEqual(expected);

      // Everybody leaves: the server folds the log into the stored state. Read it as a restart would.
      const text = jsonToText(yDocToJSON(fresh.doc));
      for (const client of clients.splice(0)) {
        client.provider.destroy();
        client.doc.destroy();
      }
      await until(
        async () => {
          const result = await t.neo4j.read((tx) =>
            tx.run('MATCH (u:GuidelineUpdate {guidelineId: $id}) RETURN count(u) AS n', { id }),
          );
          return Number(result.records[0].get('n')) === 0;
        },
        15_000,
        'the log folded into the stored state',
      );
      const stored = (await new CollabRepository(t.neo4j).load(id))!;
      const restored = new Y.Doc();
      Y.applyUpdate(restored, stored.state!);
      for (const update of stored.updates) Y.applyUpdate(restored, update);
      expect(fingerprint(restored)).toEqual(expected);
      const content = await t.neo4j.read((tx) =>
        tx.run('MATCH (c:GuidelineContent {guidelineId: $id}) RETURN c.text AS text', { id }),
      );
      expect(content.records[0].get('text')).toBe(text);

      expect(stats.restarts).toBe(RESTARTS.length);
      expect(stats.disconnects).toBeGreaterThan(0);
      expect(stats.offlineEdits).toBeGreaterThan(0);
    } catch (error) {
      (error as Error).message =
        `convergence fuzz failed with COLLAB_FUZZ_SEED=${SEED}\n${(error as Error).message}`;
      throw error;
    }
  });
});
