import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ExplorerState } from '../model/explorer';
import { useGraphTexts } from '../hooks/useGraphTexts';

interface PathPanelProps {
  state: ExplorerState;
  busy: boolean;
  onFind: (fromId: string, toId: string) => void;
  onClear: () => void;
}

/** Shortest path between two nodes of the graph: chosen here, highlighted in the drawing, its steps listed. */
export function PathPanel({ state, busy, onFind, onClear }: PathPanelProps) {
  const { t, relationshipName } = useGraphTexts();
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const options = Object.values(state.nodes)
    .map((node) => ({ value: node.id, label: node.label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const path = state.path;
  const steps = path
    ? path.edgeKeys.map((key, i) => {
        const edge = state.edges[key];
        const from = state.nodes[path.nodeIds[i]];
        const to = state.nodes[path.nodeIds[i + 1]];
        if (!edge || !from || !to) return null;
        const relationship =
          edge.from === from.id ? relationshipName(edge.type) : `← ${relationshipName(edge.type)}`;
        return t('graph.path.step', { from: from.label, relationship, to: to.label });
      })
    : [];

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('graph.path.title')}
      </Title>
      <Select
        size="xs"
        label={t('graph.path.from')}
        data={options}
        value={fromId}
        onChange={setFromId}
        searchable
      />
      <Select
        size="xs"
        label={t('graph.path.to')}
        data={options}
        value={toId}
        onChange={setToId}
        searchable
      />
      <Group gap="xs">
        <Button
          size="xs"
          loading={busy}
          disabled={!fromId || !toId || fromId === toId}
          onClick={() => fromId && toId && onFind(fromId, toId)}
        >
          {t('graph.path.find')}
        </Button>
        {path ? (
          <Button size="xs" variant="subtle" onClick={onClear}>
            {t('graph.path.clear')}
          </Button>
        ) : null}
      </Group>
      {path ? (
        <div>
          <Text size="sm" fw={600} id="graph-path-steps">
            {t('graph.path.steps')}
          </Text>
          <ol
            aria-labelledby="graph-path-steps"
            data-testid="path-steps"
            style={{ margin: 0, paddingLeft: 20 }}
          >
            {steps.map((step, i) =>
              step ? (
                <li key={i}>
                  <Text size="sm">{step}</Text>
                </li>
              ) : null,
            )}
          </ol>
        </div>
      ) : null}
    </Stack>
  );
}
