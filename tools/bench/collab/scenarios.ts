// The measurements of the co-editing benchmark, each run the same way against our API and against the
// y-websocket reference server: propagation latency, a burst's throughput, cold load, idle memory.
import { readFileSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import type { Driver } from 'neo4j-driver';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  collabClient,
  sleep,
  until,
  type CollabClient,
  type CollabEndpoint,
} from '../../faults/collab-client.ts';
import { percentile } from '../api/stats.ts';
import type { HeapCount } from './heap.ts';

/** A server under test, as the scenarios see it. */
export interface Target {
  name: 'ours' | 'reference';
  endpoint: CollabEndpoint;
  /** A new document (ours: a guideline; reference: a fresh room name). */
  newRoom(title: string): Promise<string>;
  /** Ours: resolves once the room's log is folded and nobody is in it any more (it is then unloaded). */
  settled(room: string): Promise<void>;
  pid(): number;
  heap(classes: string[]): Promise<HeapCount>;
  /** Class names whose instances are open documents in this server. */
  documentClasses: string[];
}

const CONNECT_TIMEOUT_MS = 120_000;
const WORDS =
  'Fachkräfte Willkommen Beratung Netzwerk Sachsen-Anhalt Übergang Anerkennung Sprache Ausbildung Betrieb Integration Straße Behörde Unterstützung Familie Wohnung Arbeit Schule'.split(
    ' ',
  );

function sentence(random = Math.random): string {
  const words = Array.from(
    { length: 8 + Math.floor(random() * 10) },
    () => WORDS[Math.floor(random() * WORDS.length)],
  );
  return `${words.join(' ')}. `;
}

/** CPU seconds the process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

interface Connected {
  clients: CollabClient[];
  /** Closed by the server for good (e.g. 4429 TOO_MANY_CLIENTS), with the reason. */
  refused: string[];
}

/** Connects `count` clients to a room, a batch at a time, each with a presence like a browser's. */
async function connectAll(target: Target, room: string, count: number, label: string): Promise<Connected> {
  const clients: CollabClient[] = [];
  const refused: string[] = [];
  const batch = 25;
  for (let first = 0; first < count; first += batch) {
    const wave: { client: CollabClient; closed: boolean }[] = [];
    for (let n = first; n < Math.min(count, first + batch); n += 1) {
      const client = collabClient(target.endpoint, room);
      client.provider.awareness.setLocalStateField('user', { name: `${label} ${n + 1}`, color: '#1c7ed6' });
      const entry = { client, closed: false };
      client.provider.on('closed', (event) => {
        entry.closed = true;
        refused.push(`${event.code} ${event.reason}`);
      });
      wave.push(entry);
    }
    try {
      await until(
        () => wave.every((entry) => entry.closed || entry.client.provider.synced),
        CONNECT_TIMEOUT_MS,
        `${label}: clients to sync`,
      );
    } catch (error) {
      const waiting = wave.filter((entry) => !entry.closed && !entry.client.provider.synced);
      const states = waiting.map(({ client }) =>
        client.provider.wsconnected
          ? 'connected, not synced'
          : client.provider.wsconnecting
            ? 'connecting'
            : 'not connected',
      );
      for (const entry of wave) entry.client.destroy();
      throw new Error(`${(error as Error).message} (room ${room}: ${summariseReasons(states).join(', ')})`);
    }
    for (const entry of wave) {
      if (entry.closed) entry.client.destroy();
      else clients.push(entry.client);
    }
  }
  return { clients, refused };
}

function paragraphText(doc: Y.Doc): Y.XmlText | undefined {
  const first = doc.getXmlFragment('default').get(0);
  const text = first instanceof Y.XmlElement ? first.get(0) : undefined;
  return text instanceof Y.XmlText ? text : undefined;
}

function sharedText(doc: Y.Doc): Y.XmlText {
  const text = paragraphText(doc);
  if (!text) throw new Error('the shared paragraph is gone');
  return text;
}

/** One paragraph everyone types into, made by the first client; resolves once all have it. */
async function sharedParagraph(clients: CollabClient[]): Promise<void> {
  const [first] = clients;
  if (!paragraphText(first.doc)) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Start: ')]);
    first.doc.getXmlFragment('default').insert(0, [paragraph]);
  }
  await until(() => clients.every((c) => paragraphText(c.doc)), CONNECT_TIMEOUT_MS, 'the shared paragraph');
}

export interface LatencyResult {
  docs: number;
  editorsPerDoc: number;
  /** Clients the server admitted per document (ours refuses more than 100). */
  admittedPerDoc: number;
  refused: string[];
  updatesPerSecondPerDoc: number;
  seconds: number;
  updatesSent: number;
  deliveriesExpected: number;
  deliveries: number;
  /** Milliseconds from the sender's change to the receiver's applied update. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU the server process used while measuring, in cores (1 = one core busy). */
  serverCpu: number;
  serverRssBytes: number;
}

/**
 * `docs` documents with `editors` clients each (with 1 editor, one more client only reads); each document
 * gets `rate` single-character insertions per second at random places of one shared paragraph, each by
 * a random one of its editors. Latency: from the change in the sender to the update applied at every
 * other client of that document (clients share one clock: they run in this process).
 */
export async function latency(
  target: Target,
  spec: { docs: number; editors: number; rate: number; seconds: number; warmupSeconds: number },
): Promise<LatencyResult> {
  const rooms: { clients: CollabClient[] }[] = [];
  const refused: string[] = [];
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let measuring = { from: Infinity, to: Infinity };
  let deliveries = 0;
  try {
    for (let d = 0; d < spec.docs; d += 1) {
      const room = await target.newRoom(`Bench Latenz ${spec.docs}x${spec.editors} #${d + 1}`);
      const connected = await connectAll(target, room, Math.max(2, spec.editors), `editor`);
      refused.push(...connected.refused);
      await sharedParagraph(connected.clients);
      rooms.push({ clients: connected.clients });
      for (const client of connected.clients) {
        client.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== client.provider) return;
          const now = performance.now();
          // A server may relay several keystrokes as one merged update: each of its clocks is one.
          const { from, to } = Y.parseUpdateMeta(update);
          for (const [sender, first] of from) {
            for (let clock = first; clock < (to.get(sender) ?? first); clock += 1) {
              const at = sentAt.get(`${sender}:${clock}`);
              if (at === undefined || at < measuring.from || at > measuring.to) continue;
              latencies.push(now - at);
              deliveries += 1;
            }
          }
        });
      }
    }
    const writersOf = (clients: CollabClient[]) => clients.slice(0, Math.max(1, spec.editors));
    const interval = 1000 / spec.rate;
    const started = performance.now();
    const end = started + (spec.warmupSeconds + spec.seconds) * 1000;
    measuring = { from: started + spec.warmupSeconds * 1000, to: end };
    const next = rooms.map(() => started + Math.random() * interval);
    let sent = 0;
    let cpuStart = 0;
    const pid = target.pid();
    while (performance.now() < end) {
      const now = performance.now();
      if (cpuStart === 0 && now >= measuring.from) cpuStart = cpuSeconds(pid);
      rooms.forEach((room, r) => {
        while (next[r] <= now) {
          next[r] += interval * (0.5 + Math.random());
          const writers = writersOf(room.clients);
          const writer = writers[Math.floor(Math.random() * writers.length)];
          const text = sharedText(writer.doc);
          const clock = Y.getState(writer.doc.store, writer.doc.clientID);
          const at = performance.now();
          sentAt.set(`${writer.doc.clientID}:${clock}`, at);
          text.insert(Math.floor(Math.random() * (text.length + 1)), 'x');
          if (at >= measuring.from && at <= measuring.to) sent += 1;
        }
      });
      await sleep(1);
    }
    const cpu = cpuStart ? (cpuSeconds(pid) - cpuStart) / spec.seconds : Number.NaN;
    const rss = rssBytes(pid);
    // What is still on its way arrives now.
    const receivers = rooms.reduce((sum, room) => sum + room.clients.length - 1, 0) / rooms.length;
    const expected = Math.round(sent * receivers);
    const graceEnd = Date.now() + 10_000;
    while (deliveries < expected && Date.now() < graceEnd) await sleep(50);
    return {
      docs: spec.docs,
      editorsPerDoc: spec.editors,
      admittedPerDoc: Math.round(rooms.reduce((sum, room) => sum + room.clients.length, 0) / rooms.length),
      refused: summariseReasons(refused),
      updatesPerSecondPerDoc: spec.rate,
      seconds: spec.seconds,
      updatesSent: sent,
      deliveriesExpected: expected,
      deliveries,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.length ? Math.max(...latencies) : Number.NaN,
      serverCpu: cpu,
      serverRssBytes: rss,
    };
  } finally {
    for (const room of rooms) for (const client of room.clients) client.destroy();
  }
}

function summariseReasons(reasons: string[]): string[] {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} × ${reason}`);
}

export interface ThroughputResult {
  docs: number;
  updatesPerDoc: number;
  ms: number;
  /** Updates stored (ours) and relayed to the reader, per second, over all documents. */
  updatesPerSecond: number;
  /** CPU the server process used meanwhile, in cores. */
  serverCpu: number;
  /** Updates per second of the server's CPU time: what one process does with a core of its own. */
  updatesPerCpuSecond: number;
}

/** A y-websocket sync "update" frame, as a provider sends one. */
function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Each of `docs` writers sends a burst of single-character updates; done when every reader has all.
 * The updates are made and encoded before the clock starts (in a copy of the writer's document, one
 * keystroke each) and written straight to the writer's socket, so the figure is the server's: storing,
 * applying and relaying, not the client's Yjs work.
 */
export async function throughput(
  target: Target,
  spec: { docs: number; updatesPerDoc: number },
): Promise<ThroughputResult> {
  const pairs: { writer: CollabClient; reader: CollabClient; typist: Y.Doc; frames: Uint8Array[] }[] = [];
  try {
    for (let d = 0; d < spec.docs; d += 1) {
      const room = await target.newRoom(`Bench Durchsatz ${spec.docs} #${d + 1}`);
      const { clients } = await connectAll(target, room, 2, 'burst');
      await sharedParagraph(clients);
      const [writer, reader] = clients;
      const typist = new Y.Doc();
      Y.applyUpdate(typist, Y.encodeStateAsUpdate(writer.doc));
      const frames: Uint8Array[] = [];
      typist.on('update', (update: Uint8Array) => frames.push(updateFrame(update)));
      const text = sharedText(typist);
      for (let n = 0; n < spec.updatesPerDoc; n += 1) text.insert(text.length, 'x');
      pairs.push({ writer, reader, typist, frames });
    }
    const pid = target.pid();
    const cpuStart = cpuSeconds(pid);
    const started = performance.now();
    const bursts = pairs.map(async ({ writer, frames }) => {
      const socket = writer.provider.ws;
      if (!socket) throw new Error('the writer is not connected');
      for (let n = 0; n < frames.length; n += 1) {
        socket.send(frames[n]);
        // Let the readers run now and then.
        if (n % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
      }
    });
    await Promise.all(bursts);
    await until(
      () =>
        pairs.every(
          (p) =>
            Y.getState(p.reader.doc.store, p.typist.clientID) >=
            Y.getState(p.typist.store, p.typist.clientID),
        ),
      300_000,
      'the readers to receive every update',
    );
    const ms = performance.now() - started;
    const serverCpu = (cpuSeconds(pid) - cpuStart) / (ms / 1000);
    const updatesPerSecond = (spec.docs * spec.updatesPerDoc * 1000) / ms;
    return {
      docs: spec.docs,
      updatesPerDoc: spec.updatesPerDoc,
      ms,
      updatesPerSecond,
      serverCpu,
      updatesPerCpuSecond: updatesPerSecond / serverCpu,
    };
  } finally {
    for (const pair of pairs) {
      pair.writer.destroy();
      pair.reader.destroy();
      pair.typist.destroy();
    }
  }
}

/**
 * A document of about `bytes` of Yjs state: paragraphs of pasted text (about 600 characters each), written
 * by one client, checked complete by a second, both gone afterwards (ours: stored and unloaded).
 */
export async function makeDocument(
  target: Target,
  bytes: number,
  title: string,
): Promise<{ room: string; stateBytes: number; stateVector: Uint8Array }> {
  const room = await target.newRoom(title);
  const { clients } = await connectAll(target, room, 1, 'author');
  const [author] = clients;
  try {
    const fragment = author.doc.getXmlFragment('default');
    let written = 0;
    while (Y.encodeStateAsUpdate(author.doc).byteLength < bytes) {
      // Several paragraphs per update keep a 1 MB document to a few hundred log entries.
      author.doc.transact(() => {
        for (let n = 0; n < 4; n += 1) {
          const heading = written % 12 === 0;
          const block = new Y.XmlElement(heading ? 'heading' : 'paragraph');
          if (heading) block.setAttribute('level', 2 as never);
          const text = heading
            ? `Abschnitt ${written / 12 + 1}`
            : Array.from({ length: 5 }, () => sentence()).join('');
          block.insert(0, [new Y.XmlText(text)]);
          fragment.insert(fragment.length, [block]);
          written += 1;
        }
      });
      if (written % 40 === 0) await sleep(1);
    }
    const stateVector = Y.encodeStateVector(author.doc);
    const stateBytes = Y.encodeStateAsUpdate(author.doc).byteLength;
    // A second client proves the server has all of it before the author leaves.
    const check = (await connectAll(target, room, 1, 'check')).clients[0];
    await until(
      () => Buffer.from(Y.encodeStateVector(check.doc)).equals(Buffer.from(stateVector)),
      CONNECT_TIMEOUT_MS,
      'the check client to have the whole document',
    );
    check.destroy();
    return { room, stateBytes, stateVector };
  } finally {
    author.destroy();
    await target.settled(room);
  }
}

export interface LoadResult {
  targetBytes: number;
  /** Actual state sizes of the documents. */
  stateBytes: number[];
  loads: number;
  /** Connect → synced of a fresh client (ms). */
  p50: number;
  max: number;
  samples: number[];
}

/** A fresh client's connect → synced on documents not in the server's memory (ours: unloaded first). */
export async function coldLoad(
  target: Target,
  spec: { bytes: number; docs: number; loadsPerDoc: number },
): Promise<LoadResult> {
  const docs = [];
  for (let d = 0; d < spec.docs; d += 1)
    docs.push(await makeDocument(target, spec.bytes, `Bench Laden ${spec.bytes} #${d + 1}`));
  const samples: number[] = [];
  for (let round = 0; round < spec.loadsPerDoc; round += 1) {
    for (const doc of docs) {
      const started = performance.now();
      const client = collabClient(target.endpoint, doc.room);
      try {
        await until(() => client.provider.synced, CONNECT_TIMEOUT_MS, 'a cold load');
        samples.push(performance.now() - started);
        if (!Buffer.from(Y.encodeStateVector(client.doc)).equals(Buffer.from(doc.stateVector)))
          throw new Error(`${target.name}: the loaded document is not the one written`);
      } finally {
        client.destroy();
      }
      await target.settled(doc.room);
    }
  }
  return {
    targetBytes: spec.bytes,
    stateBytes: docs.map((doc) => doc.stateBytes),
    loads: samples.length,
    p50: percentile(samples, 50),
    max: Math.max(...samples),
    samples: samples.map((ms) => Math.round(ms * 10) / 10),
  };
}

export interface MemoryResult {
  docs: number;
  stateBytes: number;
  base: HeapCount;
  open: HeapCount;
  afterLeaving: HeapCount;
  /** (heap with the documents open − base) / docs, each open with one idle client. */
  bytesPerDocument: number;
  /** Documents still in memory after the last client left (ours must unload them). */
  documentsAfterLeaving: number;
}

/**
 * Heap after GC with `docs` documents of about `bytes` open, one idle client each (with a presence, as a
 * browser tab), against the heap before; then everyone leaves and the documents still alive are counted.
 */
export async function idleMemory(
  target: Target,
  spec: { docs: number; bytes: number },
): Promise<MemoryResult> {
  // The reference keeps every document it ever saw, so its base is taken before they are made.
  let base = target.name === 'reference' ? await target.heap(target.documentClasses) : undefined;
  const docs = [];
  for (let d = 0; d < spec.docs; d += 1)
    docs.push(await makeDocument(target, spec.bytes, `Bench Speicher #${d + 1}`));
  base ??= await target.heap(target.documentClasses);
  const clients: CollabClient[] = [];
  let open: HeapCount;
  try {
    for (const doc of docs) clients.push(...(await connectAll(target, doc.room, 1, 'idle')).clients);
    await sleep(2_000);
    open = await target.heap(target.documentClasses);
  } finally {
    for (const client of clients) client.destroy();
  }
  for (const doc of docs) await target.settled(doc.room);
  await sleep(2_000);
  const afterLeaving = await target.heap(target.documentClasses);
  return {
    docs: spec.docs,
    stateBytes: Math.round(docs.reduce((sum, doc) => sum + doc.stateBytes, 0) / docs.length),
    base,
    open,
    afterLeaving,
    bytesPerDocument: (open.heapBytes - base.heapBytes) / spec.docs,
    documentsAfterLeaving: afterLeaving.instances[target.documentClasses[0]] ?? 0,
  };
}

export interface FloorResult {
  transactions: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * What durability costs on this machine at this moment: one small write transaction at a time, 20 a
 * second (like one keystroke each), straight to Neo4j with the driver; no API involved. The nodes are
 * removed afterwards.
 */
export async function neo4jFloor(driver: Driver, transactions = 200): Promise<FloorResult> {
  const samples: number[] = [];
  const update = new Int8Array(100);
  const session = driver.session();
  try {
    for (let seq = 0; seq < transactions; seq += 1) {
      const started = performance.now();
      await session.executeWrite((tx) =>
        tx.run('CREATE (:CollabBenchProbe {seq: $seq, update: $update, at: datetime()})', { seq, update }),
      );
      samples.push(performance.now() - started);
      await sleep(50);
    }
    await session.executeWrite((tx) => tx.run('MATCH (p:CollabBenchProbe) DELETE p'));
  } finally {
    await session.close();
  }
  return {
    transactions,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
  };
}
