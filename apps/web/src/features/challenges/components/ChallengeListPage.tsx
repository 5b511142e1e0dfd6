import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldStatusFilters } from '../../../shared/lists/FieldStatusFilters';
import { useFieldStatusFilter } from '../../../shared/lists/useListFilter';
import { ListPageHeader } from '../../../shared/lists/ListPageHeader';
import { ListResults } from '../../../shared/lists/ListResults';
import { useActionFieldOptions, useFieldName, useReferenceData } from '../../reference';
import { CHALLENGES } from '../graphql/challenges';
import { ChallengeBadges } from './StatusBadges';
import { ExportChallengesButton } from '../../exports';
import { paths } from '../../../shared/paths';

const STATUSES = ['open', 'in_progress', 'addressed', 'closed'] as const;
type Status = (typeof STATUSES)[number];

/** /herausforderungen — the challenges grouped by action field along the process chain. */
export function ChallengeListPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { reference } = useReferenceData();
  const fieldOptions = useActionFieldOptions();
  const filter = useFieldStatusFilter<Status>();
  const { data, previousData, loading, error, refetch } = useQuery(CHALLENGES, {
    variables: {
      first: 100,
      filter: filter.apiFilter,
    },
  });
  const connection = (data ?? previousData)?.challenges;
  const fields = [...(reference?.actionFields ?? [])].sort((a, b) => a.position - b.position);
  const byField = (id: string) =>
    (connection?.edges ?? []).map((e) => e.node).filter((c) => c.actionField?.id === id);

  return (
    <>
      <ListPageHeader
        title={t('challenges.title')}
        description={t('challenges.intro')}
        exportButton={<ExportChallengesButton filter={filter.apiFilter} />}
        createPath={paths.challengeNew()}
        createLabel={t('challenges.create')}
      />
      <FieldStatusFilters
        filter={filter}
        labels={{
          panel: t('challenges.filterLabel'),
          text: t('challenges.filterText'),
          field: t('challenges.fields.actionField'),
          status: t('challenges.fields.status'),
        }}
        fieldOptions={fieldOptions}
        statusOptions={STATUSES.map((status) => ({ value: status, label: t(`challenges.status.${status}`) }))}
      />
      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(connection) => (
          <Stack gap="lg" aria-busy={loading}>
            {connection.totalCount === 0 ? <Text>{t('challenges.empty')}</Text> : null}
            {fields.map((field) => {
              const items = byField(field.id);
              if (items.length === 0) return null;
              return (
                <section key={field.id} aria-labelledby={`challenges-${field.id}`}>
                  <Title order={2} size="h4" mb="xs" id={`challenges-${field.id}`}>
                    {field.position}. {fieldName(field)}
                  </Title>
                  <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {items.map((challenge) => (
                      <Paper key={challenge.id} component="li" withBorder p="sm">
                        <Group justify="space-between" wrap="wrap" gap="xs">
                          <Anchor component={Link} to={paths.challenge(challenge.id)} fw={600}>
                            {challenge.title}
                          </Anchor>
                          <ChallengeBadges status={challenge.status} priority={challenge.priority} />
                        </Group>
                      </Paper>
                    ))}
                  </Stack>
                </section>
              );
            })}
            {connection.pageInfo.hasNextPage ? (
              <Text size="sm" c="dimmed">
                {t('challenges.narrowDown', { count: connection.totalCount })}
              </Text>
            ) : null}
          </Stack>
        )}
      </ListResults>
    </>
  );
}
