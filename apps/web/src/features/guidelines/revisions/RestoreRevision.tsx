import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { formatDateTime } from '../../../shared/format';

interface RestoreRevisionProps {
  revision: { id: string; at: string } | null;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a restore, and says what it does: everyone present sees it, the text now stays in the history. */
export function RestoreRevision({ revision, busy, error, onConfirm, onClose }: RestoreRevisionProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={revision !== null}
      onClose={onClose}
      title={t('guidelineRevisions.restoreTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text mb="md">
        {revision ? t('guidelineRevisions.restoreText', { date: formatDateTime(revision.at) }) : null}
      </Text>
      {error ? <ErrorState error={error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={onConfirm}>
          {t('guidelineRevisions.restore')}
        </Button>
      </Group>
    </Modal>
  );
}
