import { Alert, Box, Text } from '@mantine/core';
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { useEffect, useRef } from 'react';
import { useSigma, type SigmaHandlers } from '../sigma/useSigma';
import { useGraphTexts } from '../hooks/useGraphTexts';

interface GraphCanvasProps {
  graph: Graph;
  nodeCount: number;
  edgeCount: number;
  summaryId: string;
  labelDensity: number;
  handlers: SigmaHandlers;
  onSigma: (sigma: Sigma | null) => void;
}

/** The WebGL drawing. For screen readers it is one image described by the text summary next to it. */
export function GraphCanvas({
  graph,
  nodeCount,
  edgeCount,
  summaryId,
  labelDensity,
  handlers,
  onSigma,
}: GraphCanvasProps) {
  const { t } = useGraphTexts();
  const container = useRef<HTMLDivElement>(null);
  const { sigma, failed } = useSigma(container, graph, handlers, labelDensity);
  useEffect(() => onSigma(sigma), [sigma, onSigma]);

  return (
    <Box pos="relative">
      {failed ? (
        <Alert color="yellow" mb="sm">
          {t('graph.canvas.noWebgl')}
        </Alert>
      ) : null}
      <div
        ref={container}
        role="img"
        aria-label={t('graph.canvas.label', { nodes: nodeCount, edges: edgeCount })}
        aria-describedby={summaryId}
        data-testid="graph-canvas"
        style={{
          height: 560,
          width: '100%',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 'var(--mantine-radius-md)',
          background: '#fff',
          display: failed ? 'none' : 'block',
        }}
      />
      {nodeCount === 0 && !failed ? (
        <Text c="dimmed" pos="absolute" top="45%" w="100%" ta="center" style={{ pointerEvents: 'none' }}>
          {t('graph.canvas.empty')}
        </Text>
      ) : null}
    </Box>
  );
}
