import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from './usePresence';

/** Who is here: each person's name in the colour of their caret. */
export function PresenceList({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const people = usePresence(awareness);
  return (
    <Group gap="xs" wrap="wrap" component="section" aria-label={t('guidelines.editor.presence.label')}>
      <Text size="sm" fw={600} component="h2" m={0}>
        {t('guidelines.editor.presence.title', { count: people.length })}
      </Text>
      <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} wrap="wrap">
        {people.map((person) => (
          <li key={person.id} className="guideline-presence" style={{ borderColor: person.color }}>
            <span className="guideline-presence__dot" style={{ backgroundColor: person.color }} aria-hidden />
            {person.self ? t('guidelines.editor.presence.self', { name: person.name }) : person.name}
          </li>
        ))}
      </Group>
    </Group>
  );
}
