import type { CollabCloseReason } from '@netzwerkstatt/editor';

/** One open socket as a document sees it. */
export interface Peer {
  readonly userId: string;
  /** Whether its updates are stored; re-evaluated every second. */
  writable: boolean;
  /** Updates it sent while read-only (dropped). */
  readOnlyStrikes: number;
  /** Awareness client ids this socket speaks for, removed when it leaves. */
  readonly awarenessClients: Set<number>;
  send(message: Uint8Array): void;
  close(reason: CollabCloseReason | 'SERVER_ERROR' | 'GOING_AWAY'): void;
}
