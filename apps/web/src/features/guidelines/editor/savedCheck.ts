import * as Y from 'yjs';

interface Range {
  from: number;
  to: number;
}

/** Delete ranges of one update, per client. */
type Deletions = Map<number, { clock: number; len: number }[]>;

function structRanges(update: Uint8Array): Map<number, Range> {
  const ranges = new Map<number, Range>();
  for (const struct of Y.decodeUpdate(update).structs) {
    // Skips (gaps in merged updates) carry no content.
    if (!(struct instanceof Y.Item) && !(struct instanceof Y.GC)) continue;
    const { client, clock } = struct.id;
    const range = ranges.get(client);
    const end = clock + struct.length;
    if (range) ranges.set(client, { from: Math.min(range.from, clock), to: Math.max(range.to, end) });
    else ranges.set(client, { from: clock, to: end });
  }
  return ranges;
}

function deletions(update: Uint8Array): Deletions {
  const result: Deletions = new Map();
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) {
    const kept = items.filter((item) => item.len > 0).map(({ clock, len }) => ({ clock, len }));
    if (kept.length > 0) result.set(client, kept);
  }
  return result;
}

/** Whether [clock, clock + len) lies within the union of `items`. */
function covered(items: readonly { clock: number; len: number }[], clock: number, len: number): boolean {
  const sorted = [...items].sort((a, b) => a.clock - b.clock);
  let reached = clock;
  for (const item of sorted) {
    if (item.clock > reached) break;
    reached = Math.max(reached, item.clock + item.len);
    if (reached >= clock + len) return true;
  }
  return reached >= clock + len;
}

/**
 * Which of this device's content the server is known to have. The server applies an update to its
 * document only once it is stored, and answers a sync request from that document, so its answers
 * are proof:
 * - its sync step 1 (when a socket joins) names how far it has every client's content;
 * - a sync step 2 carries its content beyond the state vector we sent, and its whole delete set.
 * Local edits (and edits restored from the offline copy) stay pending until such an answer covers
 * them. `requestVector` asks for this device's pending content back, so the answer can prove it.
 */
export class SavedCheck {
  /** Per client, the content this device has that the server has not been seen to have. */
  private readonly pending = new Map<number, Range>();
  private pendingDeletions: Deletions = new Map();

  constructor(private readonly doc: Y.Doc) {}

  /** Content made here or restored from the offline copy: not known to be on the server yet. */
  noteLocalUpdate(update: Uint8Array): void {
    for (const [client, range] of structRanges(update)) {
      const known = this.pending.get(client);
      this.pending.set(
        client,
        known ? { from: Math.min(known.from, range.from), to: Math.max(known.to, range.to) } : range,
      );
    }
    for (const [client, items] of deletions(update)) {
      this.pendingDeletions.set(client, [...(this.pendingDeletions.get(client) ?? []), ...items]);
    }
  }

  /** The server's sync step 1: how far it has each client's content. */
  noteServerStateVector(stateVector: Uint8Array): void {
    for (const [client, clock] of Y.decodeStateVector(stateVector)) this.serverHas(client, clock);
  }

  /** A sync step 2 from the server: its content beyond what we asked from, and its delete set. */
  noteServerAnswer(update: Uint8Array): void {
    for (const [client, range] of structRanges(update)) this.serverHas(client, range.to);
    const server = deletions(update);
    const remaining: Deletions = new Map();
    for (const [client, items] of this.pendingDeletions) {
      const open = items.filter((item) => !covered(server.get(client) ?? [], item.clock, item.len));
      if (open.length > 0) remaining.set(client, open);
    }
    this.pendingDeletions = remaining;
  }

  /** Something this device has is not known to be on the server. */
  get unsaved(): boolean {
    return this.pending.size > 0 || this.pendingDeletions.size > 0;
  }

  /**
   * The state vector to send as a confirmation request: ours, but from where each pending client's
   * content starts, so the server answers with that content if it has stored it.
   */
  requestVector(): Uint8Array {
    const vector = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (const [client, range] of this.pending)
      vector.set(client, Math.min(vector.get(client) ?? 0, range.from));
    return Y.encodeStateVector(vector);
  }

  private serverHas(client: number, clock: number): void {
    const range = this.pending.get(client);
    if (!range || clock <= range.from) return;
    if (clock >= range.to) this.pending.delete(client);
    else this.pending.set(client, { from: clock, to: range.to });
  }
}
