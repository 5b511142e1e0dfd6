import { Group, Stack, Text, Title } from '@mantine/core';
import { groupColor } from '../model/metrics';
import { FOCUS_COLOR, PATH_EDGE_COLOR, typeColor } from '../model/style';
import { useGraphTexts } from '../hooks/useGraphTexts';

/** What the colours mean: one per kind of node present, the selection and the highlighted path. */
interface LegendProps {
  types: string[];
  /** Colouring by community or component instead of kind: how many groups, and names given to them. */
  groups: { kind: 'community' | 'component'; count: number; names: Record<number, string> } | null;
}

export function Legend({ types, groups }: LegendProps) {
  const { t, typeName } = useGraphTexts();
  const colours: [string, string, 'dot'][] = groups
    ? Array.from({ length: Math.min(groups.count, 12) }, (_, i): [string, string, 'dot'] => [
        groups.names[i] || t(`graph.legend.${groups.kind}`, { number: i + 1 }),
        groupColor(i),
        'dot',
      ])
    : types.map((type): [string, string, 'dot'] => [typeName(type, 2), typeColor(type), 'dot']);
  const items: [string, string, 'dot' | 'line'][] = [
    ...colours,
    [t('graph.legend.focus'), FOCUS_COLOR, 'dot'],
    [t('graph.legend.path'), PATH_EDGE_COLOR, 'line'],
  ];
  return (
    <Stack gap={4}>
      <Title order={2} size="h4">
        {t('graph.legend.title')}
      </Title>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="graph-legend">
        {items.map(([label, color, shape]) => (
          <li key={label}>
            <Group gap={6} wrap="nowrap">
              <span
                aria-hidden
                style={{
                  display: 'inline-block',
                  width: shape === 'dot' ? 12 : 18,
                  height: shape === 'dot' ? 12 : 3,
                  borderRadius: shape === 'dot' ? 6 : 0,
                  background: color,
                }}
              />
              <Text size="sm">{label}</Text>
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
