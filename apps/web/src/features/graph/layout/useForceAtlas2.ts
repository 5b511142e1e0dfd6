import type Graph from 'graphology';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  iterationBudget,
  type LayoutCommand,
  type LayoutEnd,
  type LayoutProgress,
} from './forceAtlas2Protocol';

export interface LayoutStatus {
  running: boolean;
  /** 0–1: iterations done of the run's budget (a run that settles early jumps to its end). */
  progress: number;
  end: LayoutEnd | null;
}

/**
 * ForceAtlas2 in a web worker for the graph sigma draws: `start` sends the current positions, the
 * worker sends back positions as it goes, and they are written into the graph (sigma redraws).
 * Pinned nodes (`fixed`) do not move.
 */
export function useForceAtlas2(graph: Graph) {
  const worker = useRef<Worker | null>(null);
  const order = useRef<string[]>([]);
  const [status, setStatus] = useState<LayoutStatus>({ running: false, progress: 0, end: null });

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const receive = useCallback(
    (event: MessageEvent<LayoutProgress>) => {
      const { positions, iteration, maxIterations, end } = event.data;
      const ids = order.current;
      const index = new Map(ids.map((id, i) => [id, i]));
      graph.updateEachNodeAttributes(
        (id, attributes) => {
          const i = index.get(id);
          if (i === undefined || attributes.fixed) return attributes;
          return { ...attributes, x: positions[i * 2], y: positions[i * 2 + 1] };
        },
        { attributes: ['x', 'y'] },
      );
      setStatus({ running: !end, progress: end ? 1 : iteration / maxIterations, end });
    },
    [graph],
  );

  const start = useCallback(() => {
    if (graph.order === 0) return;
    worker.current ??= new Worker(new URL('./forceAtlas2.worker.ts', import.meta.url), { type: 'module' });
    worker.current.onmessage = receive;
    const ids = graph.nodes();
    const index = new Map(ids.map((id, i) => [id, i]));
    const nodes = new Float32Array(ids.length * 4);
    ids.forEach((id, i) => {
      const attributes = graph.getNodeAttributes(id);
      nodes.set(
        [attributes.x as number, attributes.y as number, attributes.size as number, attributes.fixed ? 1 : 0],
        i * 4,
      );
    });
    const edges = new Uint32Array(graph.size * 2);
    let e = 0;
    graph.forEachEdge((_key, _attributes, source, target) => {
      edges[e++] = index.get(source) ?? 0;
      edges[e++] = index.get(target) ?? 0;
    });
    order.current = ids;
    const command: LayoutCommand = {
      type: 'start',
      nodes,
      edges,
      maxIterations: iterationBudget(ids.length),
    };
    worker.current.postMessage(command, [nodes.buffer, edges.buffer]);
    setStatus({ running: true, progress: 0, end: null });
  }, [graph, receive]);

  const stop = useCallback(() => {
    const command: LayoutCommand = { type: 'stop' };
    worker.current?.postMessage(command);
  }, []);

  return { status, start, stop };
}
