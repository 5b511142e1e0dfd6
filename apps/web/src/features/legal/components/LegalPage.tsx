import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LegalPageKey } from '../../../graphql/generated/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { useSession } from '../../auth';
import { LEGAL_PAGE } from '../graphql/legal';
import { legalPageOf } from '../legalPages';
import { Markdown } from './Markdown';
import { paths } from '../../../shared/paths';

/** One legal page, public, in the person's language; admins get a link to edit it. */
function LegalPage({ pageKey }: { pageKey: LegalPageKey }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(LEGAL_PAGE, { variables: { key: pageKey } });
  const meta = legalPageOf(pageKey);
  return (
    <>
      <PageHeader
        title={t(meta.titleKey)}
        actions={
          can('admin') ? (
            <Anchor component={Link} to={paths.adminLegal(pageKey)}>
              {t('legal.edit')}
            </Anchor>
          ) : undefined
        }
      />
      <QueryState data={data?.legalPage} loading={loading} error={error} refetch={refetch}>
        {(page) => (
          <Paper withBorder p={{ base: 'md', sm: 'xl' }} component="article" aria-labelledby="main-heading">
            <Markdown source={i18n.language === 'en' ? page.textEn : page.textDe} />
            {page.updatedAt ? (
              <Text size="sm" c="dimmed" mt="lg">
                {t('legal.updatedAt', { date: formatDate(page.updatedAt) })}
              </Text>
            ) : null}
          </Paper>
        )}
      </QueryState>
    </>
  );
}

export function ImprintPage() {
  return <LegalPage pageKey="imprint" />;
}

export function PrivacyPage() {
  return <LegalPage pageKey="privacy" />;
}

export function AccessibilityPage() {
  return <LegalPage pageKey="accessibility" />;
}
