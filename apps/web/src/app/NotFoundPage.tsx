import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../shared/components/PageHeader';
import { paths } from '../shared/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Text mb="md">{t('notFound.text')}</Text>
      <Anchor component={Link} to={paths.home()}>
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
