import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';

/** "Angelegt am … · geändert am …" at the foot of an entity's side card. */
export function CreatedUpdated({ createdAt, updatedAt }: { createdAt: string; updatedAt: string }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('common.createdUpdated', { created: formatDate(createdAt), updated: formatDate(updatedAt) })}
    </Text>
  );
}
