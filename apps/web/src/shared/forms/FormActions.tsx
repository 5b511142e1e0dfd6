import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FormActionsProps {
  /** e.g. "/akteure": cancel returns to the list when creating, to `<listPath>/<id>` when editing. */
  listPath: string;
  /** The entity's id when editing; absent when creating. */
  id?: string;
  busy: boolean;
}

/** Cancel and submit ("Speichern" when editing, "Anlegen" when creating) at the foot of a form. */
export function FormActions({ listPath, id, busy }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" component={Link} to={id ? `${listPath}/${id}` : listPath}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {id ? t('common.save') : t('common.create')}
      </Button>
    </Group>
  );
}
