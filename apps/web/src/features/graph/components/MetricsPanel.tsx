import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ExplorerNode } from '../model/explorer';
import { groupColor, type GraphMetrics } from '../model/metrics';
import { useGraphTexts } from '../hooks/useGraphTexts';

export type SizeBy = 'type' | 'degree' | 'betweenness';
export type ColorBy = 'type' | 'community' | 'component';

interface MetricsPanelProps {
  metrics: GraphMetrics | null;
  nodes: Map<string, ExplorerNode>;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  communityNames: Record<number, string>;
  onSizeBy: (value: SizeBy) => void;
  onColorBy: (value: ColorBy) => void;
  onCompute: () => void;
  onNameCommunity: (community: number, name: string) => void;
  onSelect: (id: string) => void;
}

/** Degree, betweenness, Louvain communities and components of the shown graph, computed in the browser. */
export function MetricsPanel(props: MetricsPanelProps) {
  const { t } = useGraphTexts();
  const { metrics, nodes } = props;
  const name = (id: string) => nodes.get(id)?.label ?? id;
  const communities = metrics
    ? [...new Set(metrics.community.values())]
        .map((community) => ({
          community,
          size: [...metrics.community.values()].filter((c) => c === community).length,
        }))
        .sort((a, b) => b.size - a.size)
        .slice(0, 12)
    : [];
  return (
    <Stack gap="xs" data-testid="graph-metrics">
      <Title order={2} size="h4">
        {t('graph.metrics.title')}
      </Title>
      <Select
        size="xs"
        label={t('graph.metrics.sizeBy')}
        value={props.sizeBy}
        onChange={(value) => value && props.onSizeBy(value as SizeBy)}
        data={(['type', 'degree', 'betweenness'] as const).map((value) => ({
          value,
          label: t(`graph.metrics.size.${value}`),
        }))}
        allowDeselect={false}
      />
      <Select
        size="xs"
        label={t('graph.metrics.colorBy')}
        value={props.colorBy}
        onChange={(value) => value && props.onColorBy(value as ColorBy)}
        data={(['type', 'community', 'component'] as const).map((value) => ({
          value,
          label: t(`graph.metrics.color.${value}`),
        }))}
        allowDeselect={false}
      />
      {!metrics ? (
        <Button size="xs" variant="light" onClick={props.onCompute} disabled={nodes.size === 0}>
          {t('graph.metrics.compute')}
        </Button>
      ) : (
        <>
          <Text size="sm">
            {t('graph.metrics.counts', {
              communities: metrics.communityCount,
              components: metrics.componentCount,
            })}
          </Text>
          <Title order={3} size="h5">
            {t('graph.metrics.brokers')}
          </Title>
          {metrics.brokers.length === 0 ? <Text size="sm">{t('graph.metrics.noBrokers')}</Text> : null}
          <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="graph-brokers">
            {metrics.brokers.map(({ id, score }) => (
              <li key={id}>
                <Button variant="subtle" size="compact-xs" onClick={() => props.onSelect(id)}>
                  {name(id)}
                </Button>{' '}
                <Text span size="xs">
                  {t('graph.metrics.betweenness', { value: score.toFixed(3) })}
                </Text>
              </li>
            ))}
          </ol>
          <Title order={3} size="h5">
            {t('graph.metrics.isolated')}
          </Title>
          {metrics.isolatedActors.length === 0 ? (
            <Text size="sm">{t('graph.metrics.noIsolated')}</Text>
          ) : null}
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="graph-isolated">
            {metrics.isolatedActors.slice(0, 20).map(({ id, degree }) => (
              <li key={id}>
                <Button variant="subtle" size="compact-xs" onClick={() => props.onSelect(id)}>
                  {name(id)}
                </Button>{' '}
                <Text span size="xs">
                  {t('graph.metrics.degree', { count: degree })}
                </Text>
              </li>
            ))}
          </ul>
          <Title order={3} size="h5">
            {t('graph.metrics.communities')}
          </Title>
          <Stack gap={4}>
            {communities.map(({ community, size }) => (
              <TextInput
                key={community}
                size="xs"
                leftSection={
                  <span
                    aria-hidden
                    style={{ width: 10, height: 10, borderRadius: 5, background: groupColor(community) }}
                  />
                }
                label={t('graph.metrics.community', { number: community + 1, count: size })}
                placeholder={t('graph.metrics.namePlaceholder')}
                value={props.communityNames[community] ?? ''}
                onChange={(event) => props.onNameCommunity(community, event.currentTarget.value)}
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
