import { Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabRepository, LoggedUpdate } from '../collab.repository.js';
import { COLLAB_LIMITS } from '../limits.js';
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from '../protocol.js';
import { Compactor } from './compactor.js';
import { GroupCommit } from './group-commit.js';
import type { Peer } from './peer.js';

type Entry = LoggedUpdate & { peer: Peer };
/** A log entry of a batch and the socket it came from. */
type Logged = { entry: LoggedUpdate; peer: Peer };

/** An update a client sent that the document cannot read. */
export class UnreadableUpdate extends Error {}

function changesAnything(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length > 0 || ds.clients.size > 0;
}

/**
 * One guideline's live document: the Y.Doc, who is present (awareness), and the way an update takes:
 * read → appended to the durable log with whatever else arrived meanwhile (group commit) → applied →
 * relayed to the other sockets. Nothing reaches the shared document or another client before it is
 * stored, so nothing a peer saw can be lost. The compactor folds the log into the stored state.
 */
export class CollabDocument {
  private readonly logger = new Logger('Collab');
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<Peer>();
  private readonly log: GroupCommit<Entry, Logged[]>;
  readonly compactor: Compactor;
  private lastSeq: number;
  /** Highest seq applied to `doc`: what a state encoded now contains. */
  appliedSeq: number;
  /** Update bytes applied since the last stored state was encoded; with its size, an estimate of the doc. */
  bytesSinceSnapshot = 0;
  storedSize: number;
  /** The document stayed above its size limit after compaction: updates that add content are refused. */
  tooLarge = false;
  destroyed = false;
  /** Work of the server's own on the document (a restore) that keeps it loaded without a socket. */
  holds = 0;
  /** When the first change after the last revision was applied; null while nothing changed since. */
  editingSince: number | null = null;
  /** Called after each successful compaction (the revisions' activity snapshots listen here). */
  onCompacted: (() => void) | null = null;

  constructor(
    readonly id: string,
    private readonly repository: CollabRepository,
    stored: { state: Uint8Array; updates: Uint8Array[]; lastSeq: number },
    /** The guideline's workflow status, kept current by the server's recheck. */
    public status: string,
  ) {
    Y.applyUpdate(this.doc, stored.state);
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(this.doc, update);
      } catch (error) {
        // Only readable updates are logged, so this means a damaged entry: keep the rest of the text.
        this.logger.error(
          `guideline ${id}: a logged update could not be applied: ${(error as Error).message}`,
        );
      }
    }
    this.lastSeq = stored.lastSeq;
    this.appliedSeq = stored.lastSeq;
    this.storedSize = stored.state.byteLength;
    this.tooLarge = stored.state.byteLength > COLLAB_LIMITS.maxDocumentBytes;
    this.bytesSinceSnapshot = stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
    // The server is not a participant: it has no awareness state of its own.
    this.awareness.setLocalState(null);
    this.log = new GroupCommit<Entry, Logged[]>((entries) => this.store(entries), {
      maxInFlight: COLLAB_LIMITS.logWritesInFlight,
      settled: (_entries, logged) => this.apply(logged),
    });
    this.compactor = new Compactor(this, repository);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.relay(update, origin));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.relayAwareness(change, origin),
    );
    if (stored.updates.length > 0) {
      this.compactor.touched();
      this.editingSince = Date.now();
    }
  }

  /** Nobody is in it and the server is not working on it: it may be unloaded. */
  get idle(): boolean {
    return this.peers.size === 0 && this.holds === 0;
  }

  /** A socket joins: it gets the server's state vector (sync step 1) and who is present. */
  join(peer: Peer): void {
    this.peers.add(peer);
    peer.send(syncStep1Message(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) peer.send(awarenessMessage(this.awareness, present));
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], peer);
    }
  }

  /** Sync step 1 from a client: it gets what it lacks (sync step 2). */
  answerSyncStep1(peer: Peer, stateVector: Uint8Array): void {
    peer.send(syncStep2Message(this.doc, stateVector));
  }

  /**
   * A sync step 2 or update from a client. Resolves once it is stored and applied (or dropped);
   * throws `UnreadableUpdate` for bytes that are not a Yjs update. The synchronous part queues the
   * update before anything else can, so a socket's updates keep their order.
   */
  receive(peer: Peer, update: Uint8Array): Promise<void> {
    let novel: Uint8Array;
    try {
      if (!changesAnything(update)) return Promise.resolve();
      // What the document already has (a client's resent history after a reconnect) is not logged again.
      novel = Y.diffUpdate(update, Y.encodeStateVector(this.doc));
      if (!changesAnything(novel)) return Promise.resolve();
    } catch (error) {
      throw new UnreadableUpdate((error as Error).message);
    }
    if (!peer.writable) {
      peer.readOnlyStrikes += 1;
      if (peer.readOnlyStrikes > COLLAB_LIMITS.readOnlyUpdatesTolerated) peer.close('READ_ONLY');
      return Promise.resolve();
    }
    if (this.tooLarge && Y.decodeUpdate(novel).structs.length > 0) {
      peer.close('TOO_LARGE');
      return Promise.resolve();
    }
    const entry: Entry = { guidelineId: this.id, seq: 0, update: novel, userId: peer.userId, peer };
    return this.log.add(entry);
  }

  receiveAwareness(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  answerQueryAwareness(peer: Peer): void {
    peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  /** Resolves when every queued update is stored and applied. */
  flushed(): Promise<void> {
    return this.log.idle();
  }

  estimatedSize(): number {
    return this.storedSize + this.bytesSinceSnapshot;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.compactor.cancel();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /**
   * Group commit: one transaction for the batch. Up to `logWritesInFlight` batches are written at once;
   * each is applied (`apply`) only after it and every batch before it committed.
   */
  private async store(entries: Entry[]): Promise<Logged[]> {
    const logged = this.logEntries(entries);
    try {
      await this.repository.append(logged.map(({ entry }) => entry));
    } catch (error) {
      // Not stored, so not applied: the clients still hold these edits and send them again on reconnect.
      this.logger.error(
        `guideline ${this.id}: could not store ${entries.length} update(s): ${(error as Error).message}`,
      );
      for (const peer of new Set(entries.map((entry) => entry.peer))) peer.close('SERVER_ERROR');
      throw error;
    }
    return logged;
  }

  /**
   * A stored batch, in log order (which relays). What a socket sent in the batch is applied as the one
   * merged update that was logged: one apply and one relayed message per socket and batch, not per
   * keystroke.
   */
  private apply(logged: Logged[]): void {
    for (const { entry, peer } of logged) {
      try {
        Y.applyUpdate(this.doc, entry.update, peer);
      } catch (error) {
        // It was readable but does not apply; a load skips it the same way.
        this.logger.warn(`guideline ${this.id}: an update did not apply: ${(error as Error).message}`);
        peer.close('BAD_REQUEST');
      }
      this.bytesSinceSnapshot += entry.update.byteLength;
    }
    this.appliedSeq = logged[logged.length - 1].entry.seq;
    this.editingSince ??= Date.now();
    this.compactor.touched();
    if (this.estimatedSize() > COLLAB_LIMITS.maxDocumentBytes) void this.compactor.compactNow();
  }

  /**
   * The log entries of a batch: one per socket, its updates merged (a burst of keystrokes is one node,
   * not hundreds), in the order the sockets first appear. Applying them in seq order on load gives the
   * same document as applying the updates one by one: Yjs updates commute.
   */
  private logEntries(entries: Entry[]): Logged[] {
    const bySocket = new Map<Peer, Uint8Array[]>();
    for (const entry of entries) {
      const updates = bySocket.get(entry.peer);
      if (updates) updates.push(entry.update);
      else bySocket.set(entry.peer, [entry.update]);
    }
    const logged: Logged[] = [];
    for (const [peer, updates] of bySocket) {
      let merged = updates;
      if (updates.length > 1) {
        try {
          merged = [Y.mergeUpdates(updates)];
        } catch {
          // Each was readable on its own; stored apart they load as they were received.
        }
      }
      for (const update of merged)
        logged.push({
          entry: { guidelineId: this.id, seq: ++this.lastSeq, update, userId: peer.userId },
          peer,
        });
    }
    for (const entry of entries) entry.seq = this.lastSeq;
    return logged;
  }

  private relay(update: Uint8Array, origin: unknown): void {
    const message = updateMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
  }

  private relayAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const peer = origin as Peer | undefined;
    if (peer && this.peers.has(peer)) {
      for (const id of added) peer.awarenessClients.add(id);
      for (const id of removed) peer.awarenessClients.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    // Back to the sender too: y-websocket clients reconnect after 30 s without any message.
    const message = awarenessMessage(this.awareness, changed);
    for (const each of this.peers) each.send(message);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
