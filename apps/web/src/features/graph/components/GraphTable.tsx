import { Stack, UnstyledButton } from '@mantine/core';
import type { ExplorerEdge, ExplorerNode } from '../model/explorer';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { SortableTable, type Column } from './SortableTable';

interface GraphTableProps {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
  degree: (id: string) => number;
  onSelect: (id: string) => void;
}

/** The same subgraph as the drawing, as two sortable tables: its nodes and its relationships. */
export function GraphTable({ nodes, edges, degree, onSelect }: GraphTableProps) {
  const { t, typeName, relationshipName, statusName } = useGraphTexts();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const nodeColumns: Column<ExplorerNode>[] = [
    {
      key: 'name',
      title: t('graph.table.name'),
      value: (node) => node.label,
      render: (node) => (
        <UnstyledButton
          fz="sm"
          td="underline"
          onClick={() => onSelect(node.id)}
          aria-label={t('graph.table.select', { name: node.label })}
        >
          {node.label}
        </UnstyledButton>
      ),
    },
    { key: 'type', title: t('graph.table.type'), value: (node) => typeName(node.type) },
    { key: 'status', title: t('graph.table.status'), value: (node) => statusName(node.status) },
    { key: 'degree', title: t('graph.table.degree'), value: (node) => degree(node.id) },
  ];
  const label = (id: string) => byId.get(id)?.label ?? id;
  const edgeColumns: Column<ExplorerEdge>[] = [
    { key: 'from', title: t('graph.table.from'), value: (edge) => label(edge.from) },
    {
      key: 'relationship',
      title: t('graph.table.relationship'),
      value: (edge) => relationshipName(edge.type),
    },
    { key: 'to', title: t('graph.table.to'), value: (edge) => label(edge.to) },
  ];
  return (
    <Stack gap="lg">
      <SortableTable
        caption={`${t('graph.table.nodes')} (${nodes.length})`}
        columns={nodeColumns}
        rows={nodes}
        rowKey={(node) => node.id}
        testId="graph-node-table"
      />
      <SortableTable
        caption={`${t('graph.table.edges')} (${edges.length})`}
        columns={edgeColumns}
        rows={edges}
        rowKey={(edge) => edge.key}
        testId="graph-edge-table"
      />
    </Stack>
  );
}
