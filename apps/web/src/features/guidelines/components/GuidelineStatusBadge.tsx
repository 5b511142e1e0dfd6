import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuidelineStatus } from '../../../graphql/generated/graphql';
import { STATUS_COLORS } from '../status';

export function GuidelineStatusBadge({ status }: { status: GuidelineStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none">
      {t(`guidelines.status.${status}`)}
    </Badge>
  );
}
