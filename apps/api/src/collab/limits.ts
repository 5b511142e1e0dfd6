/** The collaboration server's bounds; the close codes that enforce them are in libs/editor. */
export const COLLAB_LIMITS = {
  /** A frame above this closes the socket with 4413 TOO_LARGE. */
  maxFrameBytes: 4 * 1024 * 1024,
  /** ws itself drops frames above this (1009) before we ever see them, so memory stays bounded. */
  hardFrameBytes: 8 * 1024 * 1024,
  /** Above this, a document is compacted at once; still above it, updates that add content are refused. */
  maxDocumentBytes: 2 * 1000 * 1000,
  /** Clients in one document at once; the 201st is closed with 4429 TOO_MANY_CLIENTS (and tries again). */
  maxClientsPerDocument: 200,
  /** Updates a read-only socket may send (dropped) before it is closed with 4403 READ_ONLY. */
  readOnlyUpdatesTolerated: 10,
  /** Every open socket's session and rights are checked again this often. */
  recheckIntervalMs: 1000,
  /**
   * Log writes running at once (per document, and for all documents together): an update arriving while
   * one commits need not wait for that commit before its own starts.
   */
  logWritesInFlight: 3,
  /** Compaction: this long after the last update, but at least every `compactMaxWaitMs` while edits go on. */
  compactDebounceMs: 2000,
  compactMaxWaitMs: 10_000,
  /** An automatic revision after this long of editing since the last one (and one when the last person leaves). */
  revisionAfterEditingMs: 10 * 60_000,
} as const;
