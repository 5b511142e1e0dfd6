import { useQuery } from '@apollo/client/react';
import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../shared/components/BackLink';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { paths } from '../../../shared/paths';
import { FrozenText } from '../frozen/FrozenText';
import { GUIDELINE_VERSION } from './graphql';

/**
 * /leitfaeden/:id/fassungen/:number — a published version, read-only, for every member: its frozen text
 * as the server renders it from the editor schema (every text escaped, links only to safe addresses).
 */
export function GuidelineVersionPage() {
  const { t } = useTranslation();
  const { id = '', number = '' } = useParams();
  const parsed = Number(number);
  const { data, loading, error, refetch } = useQuery(GUIDELINE_VERSION, {
    variables: { guidelineId: id, number: Number.isInteger(parsed) ? parsed : 0 },
  });

  return (
    <QueryState
      data={data?.guidelineVersion}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.guideline(id), label: t('guidelineVersions.page.back') }}
    >
      {(version) => (
        <>
          <PageHeader
            title={t('guidelineVersions.page.title', { title: version.title, number: version.number })}
            eyebrow={<BackLink to={paths.guideline(id)}>{t('guidelineVersions.page.back')}</BackLink>}
          />
          <Stack gap="md">
            <Text>
              {version.publishedByName
                ? t('guidelineVersions.page.meta', {
                    date: formatDate(version.publishedAt),
                    name: version.publishedByName,
                  })
                : t('guidelineVersions.page.metaNoName', { date: formatDate(version.publishedAt) })}
            </Text>
            <Alert variant="light" color="gray">
              {t('guidelineVersions.page.frozen')}
            </Alert>
            <Paper
              withBorder
              p="lg"
              component="article"
              aria-label={t('guidelineVersions.page.text', { number: version.number })}
            >
              <FrozenText html={version.html} />
            </Paper>
          </Stack>
        </>
      )}
    </QueryState>
  );
}
