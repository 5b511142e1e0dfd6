import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<string, string> = {
  open: 'orange',
  in_progress: 'brand',
  addressed: 'teal',
  closed: 'gray',
};
const PRIORITY_COLORS: Record<string, string> = { high: 'red', medium: 'yellow', low: 'gray' };

export function ChallengeBadges({ status, priority }: { status: string; priority: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color={STATUS_COLORS[status] ?? 'gray'} tt="none">
        {t(`challenges.status.${status}`)}
      </Badge>
      <Badge variant="outline" color={PRIORITY_COLORS[priority] ?? 'gray'} tt="none">
        {t('challenges.priorityLabel', { priority: t(`challenges.priority.${priority}`) })}
      </Badge>
    </Group>
  );
}
