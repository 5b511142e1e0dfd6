import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket's message types: the first varuint of every binary frame. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** The sync sub-messages of y-protocols. */
export const SYNC = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

export type IncomingMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; step2: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

/**
 * Reads one frame. Throws on anything it cannot read (an unknown type, a truncated varint or
 * buffer, trailing bytes): the caller closes that socket and no other.
 */
export function readMessage(frame: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  let message: IncomingMessage;
  switch (type) {
    case MESSAGE.sync: {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (sub === SYNC.step1) message = { kind: 'syncStep1', stateVector: payload };
      else if (sub === SYNC.step2 || sub === SYNC.update) {
        message = { kind: 'update', update: payload, step2: sub === SYNC.step2 };
      } else throw new Error(`unknown sync message ${sub}`);
      break;
    }
    case MESSAGE.awareness:
      message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      break;
    case MESSAGE.queryAwareness:
      message = { kind: 'queryAwareness' };
      break;
    case MESSAGE.auth:
      // Clients have nothing to say in the auth channel; read and ignore.
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      message = { kind: 'auth' };
      break;
    default:
      throw new Error(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the message');
  return message;
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
