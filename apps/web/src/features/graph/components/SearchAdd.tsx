import { Button, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useSearch } from '../../search/hooks/useSearch';
import { useGraphTexts } from '../hooks/useGraphTexts';

interface SearchAddProps {
  isShown: (id: string) => boolean;
  onAdd: (id: string) => void;
  busy: boolean;
}

/** Search any entity and add it to the graph. */
export function SearchAdd({ isShown, onAdd, busy }: SearchAddProps) {
  const { t, typeName } = useGraphTexts();
  const [text, setText] = useState('');
  const { hits, searched, pending } = useSearch(text, 12);
  const resultsId = useId();
  return (
    <Stack gap="xs">
      <TextInput
        label={t('graph.search.label')}
        placeholder={t('graph.search.placeholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        aria-controls={resultsId}
      />
      <div id={resultsId} aria-live="polite">
        {searched && !pending && hits.length === 0 ? <Text size="sm">{t('graph.search.none')}</Text> : null}
        {hits.length > 0 ? (
          <ul aria-label={t('graph.search.results')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {hits.map((hit) => (
              <li key={hit.id}>
                <Group justify="space-between" wrap="nowrap" gap="xs" py={2}>
                  <Text size="sm" style={{ minWidth: 0 }} truncate>
                    {hit.title}{' '}
                    <Text span c="dimmed" size="xs">
                      ({typeName(hit.type)})
                    </Text>
                  </Text>
                  {isShown(hit.id) ? (
                    <Text size="xs" c="dimmed">
                      {t('graph.search.added')}
                    </Text>
                  ) : (
                    <Button size="compact-xs" variant="light" disabled={busy} onClick={() => onAdd(hit.id)}>
                      {t('graph.search.addShort')}
                      <VisuallyHidden component="span">: {hit.title}</VisuallyHidden>
                    </Button>
                  )}
                </Group>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Stack>
  );
}
