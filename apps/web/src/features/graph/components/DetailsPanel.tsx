import {
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { EntityType } from '@netzwerkstatt/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { entityPath } from '../../../shared/entityPaths';
import type { ExplorerNode } from '../model/explorer';
import { EXPLORER_TYPES } from '../model/style';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { NeighbourList, type Neighbour } from './NeighbourList';

interface DetailsPanelProps {
  node: ExplorerNode | undefined;
  neighbours: Neighbour[];
  busy: boolean;
  onSelect: (id: string) => void;
  onExpand: (id: string, depth: 1 | 2, types: EntityType[]) => void;
  onHide: (id: string) => void;
  onPin: (id: string, pinned: boolean) => void;
  onCollapse: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The selected node: its facts, a link to its page, the steps one can take from it, its neighbours. */
export function DetailsPanel({ node, neighbours, busy, ...actions }: DetailsPanelProps) {
  const { t, typeName, statusName } = useGraphTexts();
  const [depth, setDepth] = useState<'1' | '2'>('1');
  const [types, setTypes] = useState<string[]>([]);
  if (!node) {
    return (
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('graph.details.title')}
        </Title>
        <Text size="sm">{t('graph.details.none')}</Text>
      </Stack>
    );
  }
  const link = entityPath(node.type, node.id);
  const facts: [string, string | number][] = [[t('graph.details.type'), typeName(node.type)]];
  if (node.status) facts.push([t('graph.details.status'), statusName(node.status)]);
  if (node.priority) facts.push([t('graph.details.priority'), statusName(node.priority)]);
  if (node.year) facts.push([t('graph.details.year'), node.year]);
  if (node.position) facts.push([t('graph.details.position'), node.position]);
  facts.push([t('graph.details.connections'), neighbours.length]);

  return (
    <Stack gap="sm" data-testid="graph-details">
      <Title order={2} size="h4">
        {node.label}
        {node.pinned ? (
          <Badge ml="xs" size="sm" variant="light">
            {t('graph.details.pinned')}
          </Badge>
        ) : null}
      </Title>
      <dl className="graph-facts" style={{ margin: 0 }}>
        {facts.map(([term, value]) => (
          <Group key={term} gap={6} wrap="nowrap">
            <Text component="dt" size="sm" c="dimmed">
              {term}:
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </Group>
        ))}
      </dl>
      {link ? (
        <Anchor component={Link} to={link} size="sm">
          {t('graph.details.openPage', { name: node.label })}
        </Anchor>
      ) : null}
      <Stack gap={6}>
        <SegmentedControl
          size="xs"
          aria-label={t('graph.details.depth')}
          value={depth}
          onChange={(value) => setDepth(value as '1' | '2')}
          data={[
            { value: '1', label: t('graph.details.depthOne') },
            { value: '2', label: t('graph.details.depthTwo') },
          ]}
        />
        <MultiSelect
          size="xs"
          label={t('graph.details.expandTypes')}
          placeholder={types.length === 0 ? t('graph.details.expandTypesAll') : undefined}
          data={EXPLORER_TYPES.map((type) => ({ value: type, label: typeName(type, 2) }))}
          value={types}
          onChange={setTypes}
          clearable
        />
        <Button
          size="xs"
          loading={busy}
          onClick={() => actions.onExpand(node.id, depth === '2' ? 2 : 1, types as EntityType[])}
        >
          {t('graph.details.expand')}
        </Button>
      </Stack>
      <Group gap={6}>
        <Button size="compact-xs" variant="default" onClick={() => actions.onPin(node.id, !node.pinned)}>
          {node.pinned ? t('graph.details.unpin') : t('graph.details.pin')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => actions.onHide(node.id)}>
          {t('graph.details.hide')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => actions.onCollapse(node.id)}>
          {t('graph.details.collapse')}
        </Button>
        <Button size="compact-xs" variant="default" color="red" onClick={() => actions.onRemove(node.id)}>
          {t('graph.details.remove')}
        </Button>
      </Group>
      <Title order={3} size="h5">
        {t('graph.details.neighbours')}
      </Title>
      <NeighbourList focus={node} neighbours={neighbours} onSelect={actions.onSelect} />
    </Stack>
  );
}
