import { Logger } from '@nestjs/common';
import { COLLAB_CLOSE } from '@netzwerkstatt/editor';
import type { RawData, WebSocket } from 'ws';
import type { RequestUser } from '../../auth/request-user.js';
import { UnreadableUpdate, type CollabDocument } from '../document/collab-document.js';
import type { Peer } from '../document/peer.js';
import { COLLAB_LIMITS } from '../limits.js';
import { readMessage } from '../protocol.js';

const logger = new Logger('Collab');

const CLOSE_CODES: Record<Parameters<Peer['close']>[0], number> = {
  ...COLLAB_CLOSE,
  SERVER_ERROR: 1011,
  GOING_AWAY: 1001,
};

/** Messages queued on one socket beyond this are not worth sending: the client resyncs on reconnect. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

function bytesOf(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * One authenticated socket on one document. Reads each frame in a try/catch: a frame it cannot read
 * closes this socket and nothing else.
 */
export class SocketPeer implements Peer {
  readonly awarenessClients = new Set<number>();
  readOnlyStrikes = 0;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    readonly document: CollabDocument,
    public user: RequestUser,
    /** The session token, checked again every second. */
    readonly token: string,
    public writable: boolean,
  ) {}

  get userId(): string {
    return this.user.id;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  start(onClosed: (peer: SocketPeer) => void): void {
    this.socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    this.socket.on('error', (error) => logger.debug(`socket error: ${error.message}`));
    this.socket.on('close', () => {
      this.closed = true;
      this.document.leave(this);
      onClosed(this);
    });
    this.document.join(this);
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close('GOING_AWAY');
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(reason: Parameters<Peer['close']>[0]): void {
    if (this.closed) return;
    this.closed = true;
    this.document.leave(this);
    const code = CLOSE_CODES[reason];
    this.socket.close(code, code >= 4000 ? reason : undefined);
    // A client that never answers the close frame is cut off.
    setTimeout(() => this.socket.terminate(), 5000).unref();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close('BAD_REQUEST');
    const frame = bytesOf(data);
    if (frame.byteLength > COLLAB_LIMITS.maxFrameBytes) return this.close('TOO_LARGE');
    try {
      const message = readMessage(frame);
      switch (message.kind) {
        case 'syncStep1':
          this.document.answerSyncStep1(this, message.stateVector);
          break;
        case 'update':
          this.document.receive(this, message.update.slice()).catch(() => {
            // The document closed the sockets whose batch could not be stored.
          });
          break;
        case 'awareness':
          this.document.receiveAwareness(this, message.update);
          break;
        case 'queryAwareness':
          this.document.answerQueryAwareness(this);
          break;
        case 'auth':
          break;
      }
    } catch (error) {
      if (!(error instanceof UnreadableUpdate)) logger.debug(`unreadable frame: ${(error as Error).message}`);
      this.close('BAD_REQUEST');
    }
  }
}
