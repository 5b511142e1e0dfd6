import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SolutionStatus } from '../../../graphql/generated/graphql';
import { FieldStatusFilters } from '../../../shared/lists/FieldStatusFilters';
import { useFieldStatusFilter } from '../../../shared/lists/useListFilter';
import { ListPageHeader } from '../../../shared/lists/ListPageHeader';
import { ListCount, ListResults } from '../../../shared/lists/ListResults';
import { Pager } from '../../../shared/lists/Pager';
import { usePagedList } from '../../../shared/lists/usePagedList';
import { formatNumber } from '../../../shared/format';
import { useActionFieldOptions } from '../../reference';
import { SOLUTIONS } from '../graphql/solutions';

import { SOLUTION_STATUSES } from '../status';
import { ExportSolutionsButton } from '../../exports';
import { paths } from '../../../shared/paths';
const PAGE_SIZE = 25;

/** /loesungsansaetze — solution approaches, narrowed by action field (of the challenges they answer) and status. */
export function SolutionListPage() {
  const { t } = useTranslation();
  const fieldOptions = useActionFieldOptions();
  const filter = useFieldStatusFilter<SolutionStatus>();
  const paging = usePagedList([filter.apiFilter]);
  const { data, previousData, loading, error, refetch } = useQuery(SOLUTIONS, {
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      filter: filter.apiFilter,
    },
  });
  const connection = (data ?? previousData)?.solutionApproaches;

  return (
    <>
      <ListPageHeader
        title={t('solutions.title')}
        description={t('solutions.intro')}
        exportButton={<ExportSolutionsButton filter={filter.apiFilter} />}
        createPath={paths.solutionNew()}
        createLabel={t('solutions.create')}
      />
      <FieldStatusFilters
        filter={filter}
        labels={{
          panel: t('solutions.filterLabel'),
          text: t('solutions.filterText'),
          field: t('solutions.actionField'),
          status: t('solutions.fields.status'),
        }}
        fieldOptions={fieldOptions}
        statusOptions={SOLUTION_STATUSES.map((status) => ({
          value: status,
          label: t(`solutions.status.${status}`),
        }))}
      />
      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(connection) => (
          <>
            <ListCount>
              {t('solutions.count', {
                count: connection.totalCount,
                formatted: formatNumber(connection.totalCount),
              })}
            </ListCount>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {connection.edges.map(({ node }) => (
                <Paper key={node.id} component="li" withBorder p="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Anchor component={Link} to={paths.solution(node.id)} fw={600}>
                      {node.title}
                    </Anchor>
                    <Badge variant="light" tt="none">
                      {t(`solutions.status.${node.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      node.challenges.length
                        ? t('solutions.answers', { titles: node.challenges.map((c) => c.title).join(', ') })
                        : null,
                      node.carriers.length
                        ? t('solutions.carriedBy', { names: node.carriers.map((a) => a.name).join(', ') })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Paper>
              ))}
            </Stack>
            {connection.edges.length === 0 ? <Text mt="md">{t('solutions.empty')}</Text> : null}
            <Pager paging={paging} pageInfo={connection.pageInfo} />
          </>
        )}
      </ListResults>
    </>
  );
}
