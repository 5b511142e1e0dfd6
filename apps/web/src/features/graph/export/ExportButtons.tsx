import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type Graph from 'graphology';
import { useState } from 'react';
import { CSV_MIME, downloadText } from '../../../shared/csv/download';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { edgesCsv, exportData, nodesCsv, svgToPng, toGexf, toGraphMl, toSvg } from './graphFiles';

type Format = 'png' | 'svg' | 'gexf' | 'graphml' | 'nodesCsv' | 'edgesCsv';

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The shown graph as a picture (PNG, SVG), for Gephi and other tools (GEXF, GraphML) and as CSV. */
export function ExportButtons({ graph }: { graph: Graph }) {
  const { t, typeName, relationshipName, statusName } = useGraphTexts();
  const [done, setDone] = useState('');
  const names = { t, typeName: (type: string) => typeName(type), relationshipName, statusName };
  const day = new Date().toISOString().slice(0, 10);
  const base = `${t('graph.export.fileName')}-${day}`;

  const run = async (format: Format) => {
    const data = exportData(graph);
    const counts = { nodes: data.nodes.length, edges: data.edges.length };
    if (format === 'png') downloadBlob(`${base}.png`, await svgToPng(toSvg(data, t('graph.title'))));
    else if (format === 'svg') downloadText(`${base}.svg`, toSvg(data, t('graph.title')), 'image/svg+xml');
    else if (format === 'gexf') downloadText(`${base}.gexf`, toGexf(data), 'application/gexf+xml');
    else if (format === 'graphml')
      downloadText(`${base}.graphml`, toGraphMl(data), 'application/graphml+xml');
    else if (format === 'nodesCsv')
      downloadText(`${base}-${t('graph.export.nodesSuffix')}.csv`, nodesCsv(data, names), CSV_MIME);
    else downloadText(`${base}-${t('graph.export.edgesSuffix')}.csv`, edgesCsv(data, names), CSV_MIME);
    setDone(t('graph.export.done', { format: t(`graph.export.formats.${format}`), ...counts }));
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('graph.export.title')}
      </Title>
      <Group gap={6}>
        {(['png', 'svg', 'gexf', 'graphml', 'nodesCsv', 'edgesCsv'] as const).map((format) => (
          <Button
            key={format}
            size="compact-xs"
            variant="default"
            disabled={graph.order === 0}
            onClick={() => void run(format)}
          >
            {t(`graph.export.formats.${format}`)}
          </Button>
        ))}
      </Group>
      <Text size="xs" role="status">
        {done}
      </Text>
    </Stack>
  );
}
