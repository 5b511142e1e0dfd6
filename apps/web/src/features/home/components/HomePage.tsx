import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatDate, formatNumber } from '../../../shared/format';
import { actorDirectoryPath } from '../../actors';
import { useSession } from '../../auth';
import { useFieldName, useReferenceData } from '../../reference';
import { FIELD_COUNTS, OPEN_CHALLENGES, RECENT_CHANGES } from '../graphql/home';
import { paths } from '../../../shared/paths';

function FieldCounts() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { reference, error: referenceError, refetch: refetchReference } = useReferenceData();
  const fields = [...(reference?.actionFields ?? [])].sort((a, b) => a.position - b.position);
  const variables = Object.fromEntries(fields.map((field, index) => [`f${index + 1}`, field.id]));
  const { data, error, refetch } = useQuery(FIELD_COUNTS, {
    variables: variables as Record<'f1' | 'f2' | 'f3' | 'f4' | 'f5' | 'f6' | 'f7' | 'f8' | 'f9', string>,
    skip: fields.length !== 9,
  });
  if (referenceError && !reference)
    return <ErrorState error={referenceError} onRetry={() => void refetchReference()} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!reference) return <LoadingState />;
  const counts = data as Record<string, { totalCount: number }> | undefined;
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 3 }}
      spacing="sm"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {fields.map((field, index) => {
        const count = counts?.[`f${index + 1}`]?.totalCount;
        return (
          <Paper key={field.id} component="li" withBorder p="sm">
            <Anchor
              component={Link}
              to={actorDirectoryPath({ actionFieldIds: [field.id] })}
              underline="never"
              c="inherit"
              display="block"
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={500} style={{ minWidth: 0, overflowWrap: 'anywhere', hyphens: 'auto' }}>
                  {field.position}. {fieldName(field)}
                </Text>
                <Badge
                  variant="light"
                  size="lg"
                  style={{ flexShrink: 0 }}
                  aria-label={
                    count === undefined
                      ? t('common.loading')
                      : t('home.actorCount', { count, formatted: formatNumber(count) })
                  }
                >
                  {count === undefined ? '…' : formatNumber(count)}
                </Badge>
              </Group>
            </Anchor>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function RecentChanges() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RECENT_CHANGES);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const items = [
    ...(data?.actors.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: node.name,
      at: node.updatedAt,
      to: paths.actor(node.id),
      kind: t('home.kind.actor'),
    })),
    ...(data?.challenges.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: node.title,
      at: node.updatedAt,
      to: paths.challenge(node.id),
      kind: t('home.kind.challenge'),
    })),
    ...(data?.guidelines.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: node.title,
      at: node.updatedAt,
      to: paths.guideline(node.id),
      kind: t('home.kind.guideline'),
    })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 8);
  if (items.length === 0) return <Text c="dimmed">{t('home.noChanges')}</Text>;
  return (
    <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.id}>
          <Anchor component={Link} to={item.to} fw={500}>
            {item.label}
          </Anchor>
          <Text size="xs" c="dimmed">
            {item.kind} · {formatDate(item.at)}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

function MyOpenItems({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { data, loading, error, refetch } = useQuery(OPEN_CHALLENGES);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const mine = (data?.challenges.edges ?? [])
    .map(({ node }) => node)
    .filter((challenge) => challenge.createdBy === userId);
  if (mine.length === 0) return <Text c="dimmed">{t('home.noOpenItems')}</Text>;
  return (
    <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {mine.map((challenge) => (
        <li key={challenge.id}>
          <Anchor component={Link} to={paths.challenge(challenge.id)} fw={500}>
            {challenge.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[
              challenge.actionField ? fieldName(challenge.actionField) : null,
              t(`home.priority.${challenge.priority}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <PageHeader
        title={t('home.title', { name: user?.displayName ?? '' })}
        documentTitle={t('nav.home')}
        description={t('home.intro')}
      />
      <Stack gap="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="home-fields">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="home-fields">
              {t('home.fields')}
            </Title>
            <Anchor component={Link} to={paths.processChain()} size="sm">
              {t('home.toProcessChain')}
            </Anchor>
          </Group>
          <FieldCounts />
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" component="section" aria-labelledby="home-open">
            <Title order={2} size="h3" id="home-open" mb="sm">
              {t('home.openItems')}
            </Title>
            {user ? <MyOpenItems userId={user.id} /> : null}
          </Paper>
          <Paper withBorder p="lg" component="section" aria-labelledby="home-recent">
            <Title order={2} size="h3" id="home-recent" mb="sm">
              {t('home.recent')}
            </Title>
            <RecentChanges />
          </Paper>
        </SimpleGrid>
      </Stack>
    </>
  );
}
