import { EDITOR_SCHEMA_VERSION } from '@netzwerkstatt/editor';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { OFFLINE_COPY_PREFIX } from '../../../shared/offlineCopies';
import { closeOutcome, type CloseOutcome } from './closeReasons';
import { SavedCheck } from './savedCheck';
import { INITIAL_SYNC_STATE, syncReducer, type SyncEvent, type SyncState } from './syncStatus';

/** What the page shows of a session: how far the edits got, and why the server closed, if it did. */
export interface CollabSnapshot {
  sync: SyncState;
  closed: CloseOutcome | null;
}

/** One guideline open for co-editing: its Y.Doc, the socket to the server and the offline copy. */
export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  snapshot: () => CollabSnapshot;
  subscribe: (listener: () => void) => () => void;
  destroy: () => void;
}

export interface CollabSessionOptions {
  guidelineId: string;
  /** The offline copy is kept per person, so nobody sends another person's unsent edits. */
  userId: string;
  /** The server closed the socket because the session ended. */
  onSessionEnded: () => void;
}

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
/** Edits typed in a burst are checked together. */
const CHECK_AFTER_MS = 400;
const MAX_CHECK_DELAY_MS = 5000;
/** The socket waits for the offline copy (so what it holds is offered to the server), but not forever. */
const OFFLINE_COPY_WAIT_MS = 1500;

/** The collaboration endpoint on the page's own origin (the session cookie authenticates). */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

export function offlineCopyName(userId: string, guidelineId: string): string {
  return `${OFFLINE_COPY_PREFIX}${userId}.${guidelineId}`;
}

/**
 * Opens a guideline for co-editing: the offline copy first (so what it holds is offered to the server),
 * then the socket. The provider's own handler of sync messages is wrapped so the saved check sees the
 * server's answers; a check is requested a moment after each burst of edits and after every (re)sync.
 */
export function openCollabSession({
  guidelineId,
  userId,
  onSessionEnded,
}: CollabSessionOptions): CollabSession {
  const doc = new Y.Doc();
  const offline = new IndexeddbPersistence(offlineCopyName(userId, guidelineId), doc);
  const provider = new WebsocketProvider(collabUrl(window.location), guidelineId, doc, {
    connect: false,
    params: { v: String(EDITOR_SCHEMA_VERSION) },
    shouldReconnect: (event) => closeOutcome(event.code, event.reason) === null,
  });

  let snapshot: CollabSnapshot = {
    sync: { ...INITIAL_SYNC_STATE, online: navigator.onLine },
    closed: null,
  };
  const listeners = new Set<() => void>();
  const publish = (next: Partial<CollabSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };
  const dispatch = (event: SyncEvent) => {
    const sync = syncReducer(snapshot.sync, event);
    if (sync !== snapshot.sync) publish({ sync });
  };

  // Sync messages from the server feed the saved check: its step 1 on joining, every step 2.
  const check = new SavedCheck(doc);
  const forwardSync = provider.messageHandlers[MESSAGE_SYNC];
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, target, fromSocket, type) => {
    const peek = decoding.clone(decoder);
    const syncType = decoding.readVarUint(peek);
    const payload =
      syncType === SYNC_STEP_1 || syncType === SYNC_STEP_2 ? decoding.readVarUint8Array(peek) : null;
    forwardSync(encoder, decoder, target, fromSocket, type);
    if (!fromSocket || !payload) return;
    if (syncType === SYNC_STEP_1) check.noteServerStateVector(payload);
    else check.noteServerAnswer(payload);
    if (!provider.synced) return;
    dispatch({ type: 'checked', unsaved: check.unsaved });
    if (check.unsaved) requestCheck(true);
  };

  // Asks the server for what this device has pending, a moment after a burst of edits; while the
  // server does not hold it yet (its store takes a moment), asks again a little later each time.
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = CHECK_AFTER_MS;
  const requestCheck = (again = false) => {
    retryDelay = again ? Math.min(retryDelay * 2, MAX_CHECK_DELAY_MS) : CHECK_AFTER_MS;
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => {
      const socket = provider.ws;
      if (!socket || socket.readyState !== WebSocket.OPEN || !provider.synced) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, SYNC_STEP_1);
      encoding.writeVarUint8Array(encoder, check.requestVector());
      socket.send(encoding.toUint8Array(encoder));
    }, retryDelay);
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    check.noteLocalUpdate(update);
    // What the offline copy restores is checked with the first answer; typing says „not saved“ at once.
    if (origin !== offline) dispatch({ type: 'edit' });
    requestCheck();
  };
  doc.on('update', onUpdate);

  provider.on('status', ({ status }) => dispatch({ type: 'status', status }));
  provider.on('sync', (synced: boolean) => {
    dispatch({ type: 'synced', synced });
    if (synced) requestCheck();
  });

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  provider.on('connection-close', (event) => {
    dispatch({ type: 'status', status: 'disconnected' });
    const outcome = event ? closeOutcome(event.code, event.reason) : null;
    if (!outcome) return;
    publish({ closed: outcome });
    dispatch({ type: 'stopped' });
    if (outcome.signIn) onSessionEnded();
    if (outcome.retryAfterMs !== undefined) {
      retryTimer = setTimeout(() => {
        publish({ closed: null });
        dispatch({ type: 'retry' });
        provider.connect();
      }, outcome.retryAfterMs);
    }
  });

  const onOnline = () => dispatch({ type: 'online', online: true });
  const onOffline = () => dispatch({ type: 'online', online: false });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);

  let started = false;
  const connect = () => {
    if (started) return;
    started = true;
    provider.connect();
  };
  const waitTimer = setTimeout(connect, OFFLINE_COPY_WAIT_MS);
  void offline.whenSynced.then(connect, connect);

  return {
    doc,
    provider,
    snapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => {
      started = true;
      clearTimeout(waitTimer);
      clearTimeout(checkTimer);
      clearTimeout(retryTimer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      doc.off('update', onUpdate);
      provider.destroy();
      // Destroying the document closes the offline copy too (it listens for that).
      doc.destroy();
    },
  };
}
