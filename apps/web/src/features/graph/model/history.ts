import { explorerReducer, type ExplorerAction, type ExplorerState } from './explorer';

/** One step of the history: the state before it and the action that left it. */
export interface Step {
  state: ExplorerState;
  action: ExplorerAction['type'];
}

export interface ExplorerHistory {
  past: Step[];
  present: ExplorerState;
  future: Step[];
}

export type HistoryAction = ExplorerAction | { type: 'undo' } | { type: 'redo' };

/** Steps kept for undo; older ones are dropped (each holds only references into shared objects). */
export const HISTORY_LIMIT = 200;

export function startHistory(present: ExplorerState): ExplorerHistory {
  return { past: [], present, future: [] };
}

/** Undo and redo around the explorer's actions; a step that changes nothing is not recorded. */
export function historyReducer(history: ExplorerHistory, action: HistoryAction): ExplorerHistory {
  if (action.type === 'undo') {
    const step = history.past.at(-1);
    if (!step) return history;
    return {
      past: history.past.slice(0, -1),
      present: step.state,
      future: [{ state: history.present, action: step.action }, ...history.future],
    };
  }
  if (action.type === 'redo') {
    const [step, ...future] = history.future;
    if (!step) return history;
    return {
      past: [...history.past, { state: history.present, action: step.action }],
      present: step.state,
      future,
    };
  }
  const next = explorerReducer(history.present, action);
  if (next === history.present) return history;
  return {
    past: [...history.past, { state: history.present, action: action.type }].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
  };
}
