import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { paths } from '../../../shared/paths';
import { useSession } from '../../auth';
import { GUIDELINE_PUBLICATION } from './graphql';
import { publicationOf } from './publication';
import { PublishActions } from './PublishActions';

/**
 * „Versionen“ on a guideline's page: which version is published and since when, whether the text is the
 * draft of the next one, every published version to read, and the steering group's next step.
 */
export function GuidelineVersions({ guidelineId }: { guidelineId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(GUIDELINE_PUBLICATION, {
    variables: { id: guidelineId },
    fetchPolicy: 'cache-and-network',
    // Whether the text is the draft of the next version follows the edits (as the server stores them).
    pollInterval: 15_000,
  });
  const guideline = data?.guideline;
  const headingId = `versions-${guidelineId}`;

  let body;
  if (!guideline) {
    body = error ? (
      <ErrorState error={error} onRetry={() => void refetch()} />
    ) : loading ? (
      <LoadingState />
    ) : null;
  } else {
    const { published, draftFor } = publicationOf(guideline);
    body = (
      <>
        <Group gap="sm" wrap="wrap">
          <Text fw={600}>
            {published
              ? t('guidelineVersions.published', {
                  number: published.number,
                  date: formatDate(published.publishedAt),
                })
              : t('guidelineVersions.notPublished')}
          </Text>
          {draftFor !== null ? (
            <Badge variant="light" color="orange">
              {t('guidelineVersions.draftFor', { number: draftFor })}
            </Badge>
          ) : null}
        </Group>
        {published ? (
          <Text size="sm" c="dimmed">
            {t('guidelineVersions.draftHint')}
          </Text>
        ) : null}
        {guideline.versions.length > 0 ? (
          <List aria-label={t('guidelineVersions.listLabel')} spacing="xs" listStyleType="none" p={0}>
            {guideline.versions.map((version) => (
              <List.Item key={version.number}>
                <Anchor component={Link} to={paths.guidelineVersion(guidelineId, version.number)}>
                  {t('guidelineVersions.read', { number: version.number })}
                </Anchor>
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {t('guidelineVersions.stand', { date: formatDate(version.publishedAt) })}
                  {version.publishedByName
                    ? ` · ${t('guidelineVersions.publishedBy', { name: version.publishedByName })}`
                    : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : null}
        {can('steering') ? <PublishActions guideline={guideline} /> : null}
      </>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('guidelineVersions.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
