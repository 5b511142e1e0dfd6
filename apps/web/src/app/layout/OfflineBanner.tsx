import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export function OfflineBanner() {
  const { t } = useTranslation();
  const { online } = useNetwork();
  if (online) return null;
  return (
    <Alert
      color="yellow"
      variant="filled"
      radius={0}
      role="status"
      aria-live="polite"
      data-testid="offline-banner"
    >
      {t('layout.offline')}
    </Alert>
  );
}
