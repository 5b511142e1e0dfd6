import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordPaths } from '../paths';

interface FormActionsProps {
  /** The addresses of the record's kind: cancel returns to the list when creating, to its page when editing. */
  to: RecordPaths;
  /** The entity's id when editing; absent when creating. */
  id?: string;
  busy: boolean;
}

/** Cancel and submit ("Speichern" when editing, "Anlegen" when creating) at the foot of a form. */
export function FormActions({ to, id, busy }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" component={Link} to={id ? to.page(id) : to.list()}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {id ? t('common.save') : t('common.create')}
      </Button>
    </Group>
  );
}
