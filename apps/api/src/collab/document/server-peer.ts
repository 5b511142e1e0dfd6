import type { CollabCloseReason } from '@netzwerkstatt/editor';
import type { Peer } from './peer.js';

/**
 * The server itself writing into a document on a person's behalf (a restored revision): its update
 * takes the way of any socket's — logged, then applied, then relayed to every socket — and is recorded
 * as that person's edit. It has no socket, so nothing is sent to it; a refusal is kept to be reported.
 */
export class ServerPeer implements Peer {
  readonly writable = true;
  readOnlyStrikes = 0;
  readonly awarenessClients = new Set<number>();
  refusedWith: CollabCloseReason | 'SERVER_ERROR' | 'GOING_AWAY' | null = null;

  constructor(readonly userId: string) {}

  send(): void {
    // Nothing to send to: the server's own change is not echoed back to it.
  }

  close(reason: CollabCloseReason | 'SERVER_ERROR' | 'GOING_AWAY'): void {
    this.refusedWith = reason;
  }
}
