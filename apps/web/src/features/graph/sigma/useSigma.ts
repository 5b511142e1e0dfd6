import type Graph from 'graphology';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface SigmaHandlers {
  onClickNode?: (node: string) => void;
  onClickStage?: () => void;
  onDragEnd?: (node: string) => void;
}

/**
 * Our binding of sigma to React, all of it: one Sigma instance per mounted container, drawing the
 * given graphology graph (sigma follows the graph's own events, so React never re-renders for a
 * change of position or colour), killed on unmount. Handlers are read through a ref, so passing new
 * functions does not rebuild the renderer.
 */
export function useSigma(
  container: RefObject<HTMLDivElement | null>,
  graph: Graph,
  handlers: SigmaHandlers,
  labelDensity: number,
): { sigma: Sigma | null; failed: boolean } {
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const [failed, setFailed] = useState(false);
  const handlerRef = useRef(handlers);
  handlerRef.current = handlers;
  // The density a new renderer starts with; later changes go through setSettings below.
  const densityRef = useRef(labelDensity);
  densityRef.current = labelDensity;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: Sigma;
    try {
      instance = new Sigma(graph, element, {
        settings: {
          labelDensity: densityRef.current,
          labelRenderedSizeThreshold: 6,
          enableNodeDrag: true,
          renderEdgeLabels: false,
          stagePadding: 40,
        },
        styles: {
          nodes: [
            DEFAULT_STYLES.nodes,
            { whenData: 'emphasis', then: { labelVisibility: 'visible', backdropVisibility: 'visible' } },
          ],
          edges: DEFAULT_STYLES.edges,
        },
      });
    } catch {
      // No WebGL 2 (an old browser, a locked-down machine): the table and the keyboard view still work.
      setFailed(true);
      return;
    }
    instance.on('clickNode', ({ node }) => handlerRef.current.onClickNode?.(node));
    instance.on('clickStage', () => handlerRef.current.onClickStage?.());
    setSigma(instance);
    return () => {
      instance.kill();
      setSigma(null);
    };
  }, [container, graph]);

  useEffect(() => {
    sigma?.setSettings({ labelDensity });
  }, [sigma, labelDensity]);

  return { sigma, failed };
}
