/** Messages between the explorer and its ForceAtlas2 worker. */

export interface LayoutStart {
  type: 'start';
  /** Per node: x, y, size, fixed (1 or 0). */
  nodes: Float32Array;
  /** Per edge: index of its source and of its target node. */
  edges: Uint32Array;
  maxIterations: number;
}

export interface LayoutStop {
  type: 'stop';
}

export type LayoutCommand = LayoutStart | LayoutStop;

/** Why a run ended: it settled (movement below the threshold), someone stopped it, or it ran out of iterations. */
export type LayoutEnd = 'converged' | 'stopped' | 'limit';

export interface LayoutProgress {
  type: 'progress';
  /** Per node, in the order sent: x, y. */
  positions: Float32Array;
  iteration: number;
  maxIterations: number;
  end: LayoutEnd | null;
}

/** More iterations for small graphs, fewer for large ones, so a run ends within seconds either way. */
export function iterationBudget(order: number): number {
  return Math.round(Math.min(1500, Math.max(150, 300_000 / Math.max(order, 1))));
}

/** Average movement per node and iteration, relative to the drawing's size, below which a run has settled. */
export const SETTLED_MOVEMENT = 0.0004;
