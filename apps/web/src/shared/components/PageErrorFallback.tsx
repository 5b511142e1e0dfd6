import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoadError } from '../../app/pageRoute';
import { ErrorState } from './ErrorState';

/** What a page shows when it failed to render: a retry that actually has a chance to work. */
export function PageErrorFallback({ error, reset }: { error: unknown; reset: () => void }) {
  const { t } = useTranslation();
  if (error instanceof PageLoadError) {
    return (
      <Alert color="red" variant="light" title={t('errors.title')} role="alert" my="md">
        <Text size="sm">{t('errors.routeFailed')}</Text>
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return <ErrorState error={error} onRetry={reset} />;
}
