/**
 * Whether the person's edits have reached the server, as a small state machine fed by the provider,
 * the browser and the saved check (savedCheck.ts), which says after every answer of the server whether
 * it holds everything this device has.
 */
export interface SyncState {
  connection: 'connecting' | 'connected' | 'disconnected';
  /** The browser believes it has a network. */
  online: boolean;
  /** The server's copy has arrived on this connection (the provider's `synced`). */
  synced: boolean;
  /** The server answered a check on this connection. */
  checked: boolean;
  /** This device has edits the server is not known to hold (they are in the offline copy meanwhile). */
  unsaved: boolean;
  /** The server refused the socket for good (see closeReasons). */
  stopped: boolean;
}

export type SyncEvent =
  | { type: 'status'; status: SyncState['connection'] }
  | { type: 'synced'; synced: boolean }
  | { type: 'online'; online: boolean }
  | { type: 'edit' }
  | { type: 'checked'; unsaved: boolean }
  | { type: 'stopped' }
  | { type: 'retry' };

export const INITIAL_SYNC_STATE: SyncState = {
  connection: 'connecting',
  online: true,
  synced: false,
  checked: false,
  unsaved: false,
  stopped: false,
};

export function syncReducer(state: SyncState, event: SyncEvent): SyncState {
  switch (event.type) {
    case 'status':
      // A new connection must sync and be checked again.
      return event.status === 'connected'
        ? { ...state, connection: 'connected' }
        : { ...state, connection: event.status, synced: false, checked: false };
    case 'synced':
      return { ...state, synced: event.synced, checked: event.synced && state.checked };
    case 'online':
      return { ...state, online: event.online };
    case 'edit':
      return state.unsaved ? state : { ...state, unsaved: true };
    case 'checked':
      if (state.connection !== 'connected') return state;
      return { ...state, checked: true, unsaved: event.unsaved };
    case 'stopped':
      return { ...state, stopped: true, connection: 'disconnected', synced: false, checked: false };
    case 'retry':
      return { ...state, stopped: false, connection: 'connecting' };
  }
}

/** What the status pill says. */
export type SyncPill = 'saved' | 'unsaved' | 'offline' | 'connecting';

export function syncPill(state: SyncState): SyncPill {
  if (!state.online || state.stopped || state.connection === 'disconnected') return 'offline';
  if (state.unsaved) return 'unsaved';
  if (state.connection === 'connecting' || !state.synced || !state.checked) return 'connecting';
  return 'saved';
}
