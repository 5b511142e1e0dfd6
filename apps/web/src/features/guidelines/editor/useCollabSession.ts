import { useEffect, useState, useSyncExternalStore } from 'react';
import { emitSessionExpired } from '../../../shared/session/sessionEvents';
import { openCollabSession, type CollabSession, type CollabSnapshot } from './collabSession';
import { INITIAL_SYNC_STATE } from './syncStatus';

const NO_SESSION: CollabSnapshot = { sync: INITIAL_SYNC_STATE, closed: null };
const noSubscription = () => () => undefined;

/**
 * The co-editing session of a guideline for as long as the page shows it, and its state. While edits
 * are not known to be on the server, closing or reloading the tab asks first (they are kept in the
 * browser's offline copy and sent on the next visit, but the person should know).
 */
export function useCollabSession(guidelineId: string, userId: string) {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    const opened = openCollabSession({ guidelineId, userId, onSessionEnded: emitSessionExpired });
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
  }, [guidelineId, userId]);

  const snapshot = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    session?.snapshot ?? (() => NO_SESSION),
  );

  const unsaved = snapshot.sync.unsaved;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a value is returned.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { session, ...snapshot, unsaved };
}
