import { useCallback, useEffect, useReducer } from 'react';
import { EMPTY_STATE, type ExplorerAction } from '../model/explorer';
import { historyReducer, startHistory } from '../model/history';

/** The explorer's state with undo and redo, also on Strg/Ctrl+Z and Strg/Ctrl+Y (or Shift+Z). */
export function useExplorerHistory(onUndoRedo: (kind: 'undone' | 'redone', step: string) => void) {
  const [history, dispatchHistory] = useReducer(historyReducer, EMPTY_STATE, startHistory);
  const dispatch = useCallback((action: ExplorerAction) => dispatchHistory(action), []);
  const lastPast = history.past.at(-1)?.action;
  const nextFuture = history.future[0]?.action;

  const undo = useCallback(() => {
    if (!lastPast) return;
    dispatchHistory({ type: 'undo' });
    onUndoRedo('undone', lastPast);
  }, [lastPast, onUndoRedo]);
  const redo = useCallback(() => {
    if (!nextFuture) return;
    dispatchHistory({ type: 'redo' });
    onUndoRedo('redone', nextFuture);
  }, [nextFuture, onUndoRedo]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { state: history.present, dispatch, undo, redo, canUndo: !!lastPast, canRedo: !!nextFuture };
}
