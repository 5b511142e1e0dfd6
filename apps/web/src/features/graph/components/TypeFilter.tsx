import { Checkbox, Stack, Title } from '@mantine/core';
import { useGraphTexts } from '../hooks/useGraphTexts';

interface TypeFilterProps {
  /** Types present in the graph, with how many nodes each has. */
  present: [string, number][];
  hiddenTypes: readonly string[];
  onChange: (hiddenTypes: string[]) => void;
}

/** Which kinds of nodes the view shows (a step of its own: undo brings a filter back). */
export function TypeFilter({ present, hiddenTypes, onChange }: TypeFilterProps) {
  const { t, typeName } = useGraphTexts();
  const hidden = new Set(hiddenTypes);
  return (
    <Stack gap={6}>
      <Title order={2} size="h4">
        {t('graph.filter.title')}
      </Title>
      <Checkbox.Group
        label={t('graph.filter.types')}
        value={present.map(([type]) => type).filter((type) => !hidden.has(type))}
        onChange={(shown) => onChange(present.map(([type]) => type).filter((type) => !shown.includes(type)))}
      >
        <Stack gap={4} mt={4}>
          {present.map(([type, count]) => (
            <Checkbox key={type} size="xs" value={type} label={`${typeName(type, 2)} (${count})`} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
