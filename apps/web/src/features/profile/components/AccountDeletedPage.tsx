import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { paths } from '../../../shared/paths';

/** /konto-geloescht — where deleting one's account ends: signed out, and told what became of the data. */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.deleted.title')} />
      <Alert color="green" variant="light" role="status" maw={640}>
        <Text mb="xs">{t('profile.deleted.text')}</Text>
        <Anchor component={Link} to={paths.signIn()}>
          {t('profile.deleted.signIn')}
        </Anchor>
      </Alert>
    </>
  );
}
