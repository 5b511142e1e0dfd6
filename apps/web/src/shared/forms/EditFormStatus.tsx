import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { ConflictDialog } from './ConflictDialog';
import type { EditForm } from './useEditForm';

/**
 * What an edit form tells beyond its fields: values put back after the session ended, the choice made
 * after someone else saved in between, and the dialog for making that choice.
 */
export function EditFormStatus<V extends Record<string, unknown>>({ edit }: { edit: EditForm<V> }) {
  const { t } = useTranslation();
  return (
    <>
      {edit.restoredAt ? (
        <Alert color="blue" variant="light" mb="md" role="status">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('editing.restored', { at: formatDateTime(edit.restoredAt) })}</Text>
            <Button size="xs" variant="default" onClick={edit.discardRestored}>
              {t('editing.discard')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {edit.merged ? (
        <Alert color="blue" variant="light" mb="md" role="status">
          {t('editing.merged')}
        </Alert>
      ) : null}
      {edit.conflict ? (
        <ConflictDialog
          conflict={edit.conflict}
          fieldLabel={edit.fieldLabel}
          describeValue={edit.describeValue}
          onApply={edit.resolveConflict}
          onCancel={edit.dismissConflict}
        />
      ) : null}
    </>
  );
}
