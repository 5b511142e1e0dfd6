import { Alert, Button, CopyButton, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';

export interface DeliveredLink {
  /** Who the link is for (an e-mail address). */
  to: string;
  kind: 'invitation' | 'reset';
  mailed: boolean;
  link: string | null;
  expiresAt: string;
}

/** After issuing a link: "sent to …", or the link itself to pass on when no e-mail went out. */
export function LinkDeliveryNotice({ delivered }: { delivered: DeliveredLink }) {
  const { t } = useTranslation();
  const until = formatDateTime(delivered.expiresAt);
  if (delivered.mailed || !delivered.link) {
    return (
      <Alert color="green" variant="light" role="status" mb="md">
        {t(`admin.links.mailed.${delivered.kind}`, { to: delivered.to, until })}
      </Alert>
    );
  }
  const link = delivered.link;
  return (
    <Alert color="yellow" variant="light" role="status" mb="md" title={t('admin.links.notMailedTitle')}>
      <Text size="sm" mb="xs">
        {t(`admin.links.notMailed.${delivered.kind}`, { to: delivered.to, until })}
      </Text>
      <Group gap="xs" wrap="nowrap" align="end">
        <TextInput
          label={t('admin.links.link')}
          value={link}
          readOnly
          style={{ flex: 1 }}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('admin.links.copied') : t('admin.links.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
