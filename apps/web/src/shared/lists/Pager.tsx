import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PagedList } from './usePagedList';

interface PagerProps {
  paging: PagedList;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** "Zurück · Seite n · Weiter" below a paged list. */
export function Pager({ paging, pageInfo }: PagerProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="md">
      <Button variant="default" disabled={paging.page <= 1} onClick={paging.previous}>
        {t('common.previous')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('common.page', { page: paging.page })}
      </Text>
      <Button
        variant="default"
        disabled={!pageInfo.hasNextPage}
        onClick={() => paging.next(pageInfo.endCursor)}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
