import { COLLAB_CLOSE, collabCloseReason, type CollabCloseReason } from '@netzwerkstatt/editor';

/** What the editor does after the collaboration server closed its socket on purpose. */
export interface CloseOutcome {
  reason: CollabCloseReason;
  /** Translation key of the message shown above the text (under `guidelines.editor.closed`). */
  messageKey: string;
  /** Try again after this long; absent: not on its own (the server would decide the same again). */
  retryAfterMs?: number;
  /** The session ended: leads to sign-in, like any request of the app. */
  signIn: boolean;
}

/** Several reasons share a code; a close without a reason of ours is read by its code. */
const BY_CODE: Record<number, CollabCloseReason> = {
  [COLLAB_CLOSE.BAD_REQUEST]: 'BAD_REQUEST',
  [COLLAB_CLOSE.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [COLLAB_CLOSE.FORBIDDEN]: 'FORBIDDEN',
  [COLLAB_CLOSE.NOT_FOUND]: 'NOT_FOUND',
  [COLLAB_CLOSE.TOO_LARGE]: 'TOO_LARGE',
  [COLLAB_CLOSE.TOO_MANY_CLIENTS]: 'TOO_MANY_CLIENTS',
};

const MESSAGE_KEYS: Record<CollabCloseReason, string> = {
  BAD_REQUEST: 'badRequest',
  OUTDATED_SCHEMA: 'outdatedSchema',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  READ_ONLY: 'readOnly',
  NOT_FOUND: 'notFound',
  TOO_LARGE: 'tooLarge',
  TOO_MANY_CLIENTS: 'tooManyClients',
};

/** A full document may have room again once someone leaves. */
export const TOO_MANY_CLIENTS_RETRY_MS = 30_000;

/**
 * The outcome of a close: null for closes that are not a decision of the server (a network drop, a
 * restart, 1011 when an update could not be stored) — those reconnect and sync again. The server's
 * decisions would be repeated on every attempt, so none of them reconnects, except a full document
 * a while later.
 */
export function closeOutcome(code: number, reasonText: string): CloseOutcome | null {
  if (code < 4400 || code >= 4500) return null;
  const named = collabCloseReason(reasonText);
  const reason = named && COLLAB_CLOSE[named] === code ? named : (BY_CODE[code] ?? 'BAD_REQUEST');
  return {
    reason,
    messageKey: MESSAGE_KEYS[reason],
    retryAfterMs: reason === 'TOO_MANY_CLIENTS' ? TOO_MANY_CLIENTS_RETRY_MS : undefined,
    signIn: reason === 'UNAUTHENTICATED',
  };
}
