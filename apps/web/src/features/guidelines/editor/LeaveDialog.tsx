import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks before leaving the guideline while edits are not on the server. */
export function LeaveDialog({
  opened,
  onStay,
  onLeave,
}: {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onStay}
      title={t('guidelines.editor.leave.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm">{t('guidelines.editor.leave.text')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onLeave}>
          {t('guidelines.editor.leave.leave')}
        </Button>
        <Button onClick={onStay} data-autofocus>
          {t('guidelines.editor.leave.stay')}
        </Button>
      </Group>
    </Modal>
  );
}
