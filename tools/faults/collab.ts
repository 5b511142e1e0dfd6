// One co-editing fault cycle: two people type into one guideline, each in a paragraph of their own, while
// the API is killed with SIGKILL and started again. What must hold: every update either of them had
// received from the server before the kill (the other's keystrokes, relayed only once stored) is in the
// document a fresh client loads after the restart; and once both reconnect, everything either of them
// typed — online, or offline while the API was down — is in every copy.
import * as Y from 'yjs';
import { sleep } from './ports.ts';
import type { Stack } from './stack.ts';
import { apiEndpoint, collabClient, createGuideline, until, type CollabClient } from './collab-client.ts';

/** Typing: one keystroke (one Yjs update) per person about every this many ms, a tenth of them deletions. */
const KEYSTROKE_MS = 10;
/** How long a killed API stays down before it is started again (a supervisor's restart delay). */
const API_RESTART_DELAY_MS = 1_000;
const SYNC_TIMEOUT_MS = 60_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß ';

export interface CollabCycleSpec {
  index: number;
  /** Typing time before the kill; past the 10 s compaction, the restart loads stored state plus log. */
  killAfterMs: number;
}

/** Per person (A, B): what was typed, and what the other had received of it before the kill. */
export interface PersonCounts {
  /** Keystrokes (updates) made, before the kill, while the API was down, in all. */
  typedBeforeKill: number;
  typedWhileDown: number;
  /** Of this person's updates, how many the other had received from the server before the kill. */
  receivedByOther: number;
  /** Of those, how many are in the restored document (must be all). */
  receivedPresent: number;
  /** After both reconnected: the person's paragraph in every copy equals what they typed. */
  allTypedPresent: boolean;
}

export interface CollabCycleResult {
  cycle: number;
  guidelineId: string;
  killAfterMs: number;
  a: PersonCounts;
  b: PersonCounts;
  /** Every update A or B had received (relayed keystrokes and the sync on connect), and how many are missing. */
  received: number;
  missing: number;
  /** Characters in the document a fresh client loaded after the restart. */
  restoredChars: number;
  apiBackMs: number;
  ms: number;
}

interface Person {
  name: 'A' | 'B';
  client: CollabClient;
  /** What this person's paragraph must say: their own keystrokes, applied locally. */
  typed: string;
  text: Y.XmlText;
  count: number;
  /** Updates received from the server, each tagged with whose content it carries. */
  received: { update: Uint8Array; from: Set<number> }[];
  /** `received.length` when the socket closed (the kill). */
  receivedAtClose: number | null;
}

function authorsOf(update: Uint8Array): Set<number> {
  const { structs, ds } = Y.decodeUpdate(update);
  return new Set([...structs.map((s) => s.id.client), ...ds.clients.keys()]);
}

function person(name: 'A' | 'B', client: CollabClient): Person {
  const who: Person = {
    name,
    client,
    typed: `${name}: `,
    text: new Y.XmlText(),
    count: 0,
    received: [],
    receivedAtClose: null,
  };
  client.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === client.provider && who.receivedAtClose === null)
      who.received.push({ update, from: authorsOf(update) });
  });
  client.provider.on('connection-close', () => {
    if (who.receivedAtClose !== null) return;
    who.receivedAtClose = who.received.length;
    // Stay away until the restored document has been checked: reconnecting would resend what is missing.
    client.provider.shouldConnect = false;
  });
  return who;
}

/** One keystroke at the end of the person's own paragraph: a letter, or now and then a backspace. */
function keystroke(who: Person): void {
  const deletes = Math.random() < 0.1 && who.typed.length > 3;
  if (deletes) {
    who.text.delete(who.text.length - 1, 1);
    who.typed = who.typed.slice(0, -1);
  } else {
    const letter = LETTERS[Math.floor(Math.random() * LETTERS.length)];
    who.text.insert(who.text.length, letter);
    who.typed += letter;
  }
  who.count += 1;
}

function paragraphOf(doc: Y.Doc, name: string): string | undefined {
  for (const node of doc.getXmlFragment('default').toArray()) {
    const text = node instanceof Y.XmlElement ? node.get(0) : null;
    const value = text instanceof Y.XmlText ? text.toString() : '';
    if (value.startsWith(`${name}: `)) return value;
  }
  return undefined;
}

function restoredLength(doc: Y.Doc): number {
  return doc
    .getXmlFragment('default')
    .toArray()
    .reduce((sum, node) => sum + (node instanceof Y.XmlElement ? (node.get(0) as Y.XmlText).length : 0), 0);
}

export async function runCollabCycle(
  spec: CollabCycleSpec,
  stack: Stack,
  writers: [{ token: string }, { token: string }],
): Promise<CollabCycleResult> {
  const startedAt = Date.now();
  const guidelineId = await createGuideline(
    stack.apiUrl,
    writers[0].token,
    `Fehlertest Co-Editing ${spec.index}`,
  );
  const [a, b] = writers.map((writer, n) =>
    person(n === 0 ? 'A' : 'B', collabClient(apiEndpoint(stack.apiUrl, writer.token), guidelineId)),
  );
  const fresh: CollabClient[] = [];
  try {
    await until(
      () => a.client.provider.synced && b.client.provider.synced,
      SYNC_TIMEOUT_MS,
      'A and B to sync',
    );
    for (const who of [a, b]) {
      const paragraph = new Y.XmlElement('paragraph');
      who.text.insert(0, who.typed);
      paragraph.insert(0, [who.text]);
      const fragment = who.client.doc.getXmlFragment('default');
      fragment.insert(fragment.length, [paragraph]);
    }

    // Both type until the kill, through the downtime, and stop once the API is back.
    let typing = true;
    const typist = async (who: Person) => {
      while (typing) {
        keystroke(who);
        await sleep(KEYSTROKE_MS * (0.5 + Math.random()));
      }
    };
    const typists = Promise.all([typist(a), typist(b)]);
    await sleep(spec.killAfterMs);

    const killedAt = Date.now();
    const typedBeforeKill = [a.count, b.count];
    await stack.killApi();
    await until(
      () => a.receivedAtClose !== null && b.receivedAtClose !== null,
      10_000,
      'both sockets to close',
    );
    await sleep(API_RESTART_DELAY_MS);
    await stack.startApi();
    const apiBackMs = Date.now() - killedAt;
    typing = false;
    await typists;

    // A fresh client loads the document as the restarted server restored it.
    const restored = collabClient(apiEndpoint(stack.apiUrl, writers[0].token), guidelineId);
    fresh.push(restored);
    await until(() => restored.provider.synced, SYNC_TIMEOUT_MS, 'the fresh client to sync');
    const check = new Y.Doc();
    Y.applyUpdate(check, Y.encodeStateAsUpdate(restored.doc));
    let changed = false;
    check.on('update', () => (changed = true));
    const presence = (who: Person) => {
      let missing = 0;
      const fromOther = { received: 0, present: 0 };
      const other = who === a ? b : a;
      for (const { update, from } of who.received.slice(0, who.receivedAtClose ?? 0)) {
        changed = false;
        Y.applyUpdate(check, update);
        if (changed) missing += 1;
        if (from.has(other.client.doc.clientID)) {
          fromOther.received += 1;
          if (!changed) fromOther.present += 1;
        }
      }
      return { missing, fromOther, total: who.receivedAtClose ?? 0 };
    };
    const seenByA = presence(a);
    const seenByB = presence(b);
    const restoredChars = restoredLength(restored.doc);

    // Both come back: their offline keystrokes and anything the kill cut off reach everyone.
    for (const who of [a, b]) who.client.provider.connect();
    const copies = [a.client.doc, b.client.doc, restored.doc];
    const converged = () =>
      copies.every((doc) => paragraphOf(doc, 'A') === a.typed && paragraphOf(doc, 'B') === b.typed);
    let allTyped = true;
    try {
      await until(converged, SYNC_TIMEOUT_MS, 'A, B and the fresh client to converge');
    } catch {
      allTyped = false;
    }
    const counts = (who: Person, seen: ReturnType<typeof presence>, index: number): PersonCounts => ({
      typedBeforeKill: typedBeforeKill[index],
      typedWhileDown: who.count - typedBeforeKill[index],
      receivedByOther: seen.fromOther.received,
      receivedPresent: seen.fromOther.present,
      allTypedPresent: allTyped && copies.every((doc) => paragraphOf(doc, who.name) === who.typed),
    });
    return {
      cycle: spec.index,
      guidelineId,
      killAfterMs: spec.killAfterMs,
      // B's view tells about A's updates, and A's about B's.
      a: counts(a, seenByB, 0),
      b: counts(b, seenByA, 1),
      received: seenByA.total + seenByB.total,
      missing: seenByA.missing + seenByB.missing,
      restoredChars,
      apiBackMs,
      ms: Date.now() - startedAt,
    };
  } finally {
    for (const client of [a.client, b.client, ...fresh]) client.destroy();
  }
}

const COLUMNS = [
  ['#', 3],
  ['kill after', 10],
  ['typed A/B', 11],
  ['B got of A', 10],
  ['A got of B', 10],
  ['received', 8],
  ['missing', 7],
  ['while down A/B', 14],
  ['all typed there', 15],
  ['API back', 8],
] as const;

export function collabTableHeader(): string {
  const head = COLUMNS.map(([name, width]) => name.padStart(width)).join('  ');
  return `${head}\n${'-'.repeat(head.length)}`;
}

export function collabTableRow(r: CollabCycleResult): string {
  const cells = [
    r.cycle,
    `${(r.killAfterMs / 1000).toFixed(1)} s`,
    `${r.a.typedBeforeKill}/${r.b.typedBeforeKill}`,
    `${r.a.receivedPresent}/${r.a.receivedByOther}`,
    `${r.b.receivedPresent}/${r.b.receivedByOther}`,
    r.received,
    r.missing,
    `${r.a.typedWhileDown}/${r.b.typedWhileDown}`,
    r.a.allTypedPresent && r.b.allTypedPresent ? 'yes' : 'NO',
    `${(r.apiBackMs / 1000).toFixed(1)} s`,
  ];
  return cells.map((cell, i) => String(cell).padStart(COLUMNS[i][1])).join('  ');
}

export interface CollabTotals {
  cycles: number;
  typed: number;
  received: number;
  receivedOfOther: number;
  missing: number;
  cyclesWithEverythingTyped: number;
}

export function collabTotals(results: CollabCycleResult[]): CollabTotals {
  const sum = (pick: (r: CollabCycleResult) => number) => results.reduce((s, r) => s + pick(r), 0);
  return {
    cycles: results.length,
    typed: sum((r) => r.a.typedBeforeKill + r.a.typedWhileDown + r.b.typedBeforeKill + r.b.typedWhileDown),
    received: sum((r) => r.received),
    receivedOfOther: sum((r) => r.a.receivedByOther + r.b.receivedByOther),
    missing: sum((r) => r.missing),
    cyclesWithEverythingTyped: results.filter((r) => r.a.allTypedPresent && r.b.allTypedPresent).length,
  };
}

export function collabProblems(results: CollabCycleResult[]): string[] {
  return results.flatMap((r) => [
    ...(r.missing > 0
      ? [`collab cycle ${r.cycle}: ${r.missing} received updates missing after the restart`]
      : []),
    ...(!(r.a.allTypedPresent && r.b.allTypedPresent)
      ? [`collab cycle ${r.cycle}: after reconnecting, not everything typed is in every copy`]
      : []),
  ]);
}
