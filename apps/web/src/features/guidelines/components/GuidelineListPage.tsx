import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TitleOrderInput } from '../../../graphql/generated/graphql';
import { formatDate, formatNumber } from '../../../shared/format';
import { FieldStatusFilters } from '../../../shared/lists/FieldStatusFilters';
import { ListPageHeader } from '../../../shared/lists/ListPageHeader';
import { ListCount, ListResults } from '../../../shared/lists/ListResults';
import { Pager } from '../../../shared/lists/Pager';
import { usePagedList } from '../../../shared/lists/usePagedList';
import { useFieldStatusFilter } from '../../../shared/lists/useListFilter';
import { useActionFieldOptions, useFieldName } from '../../reference';
import type { GuidelineStatus } from '../../../graphql/generated/graphql';
import { GUIDELINES } from '../graphql/guidelines';
import { paths } from '../../../shared/paths';
import { GUIDELINE_STATUSES } from '../status';
import { GuidelineStatusBadge } from './GuidelineStatusBadge';

const PAGE_SIZE = 20;

const ORDERS = {
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  created: { field: 'CREATED_AT', direction: 'DESC' },
  title: { field: 'TITLE', direction: 'ASC' },
} satisfies Record<string, TitleOrderInput>;
type Order = keyof typeof ORDERS;

/** /leitfaeden — the guidelines, most recently changed first, filtered by action field, status and title. */
export function GuidelineListPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const fieldOptions = useActionFieldOptions();
  const filter = useFieldStatusFilter<GuidelineStatus>();
  const [order, setOrder] = useState<Order>('updated');
  const paging = usePagedList([filter.apiFilter, order]);
  const { data, previousData, loading, error, refetch } = useQuery(GUIDELINES, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: filter.apiFilter, orderBy: ORDERS[order] },
  });
  const connection = (data ?? previousData)?.guidelines;

  return (
    <>
      <ListPageHeader
        title={t('guidelines.title')}
        description={t('guidelines.intro')}
        exportButton={null}
        createPath={paths.guidelineNew()}
        createLabel={t('guidelines.create')}
      />
      <FieldStatusFilters
        filter={filter}
        labels={{
          panel: t('guidelines.filterLabel'),
          text: t('guidelines.filterText'),
          field: t('guidelines.fields.actionField'),
          status: t('guidelines.fields.status'),
        }}
        fieldOptions={fieldOptions}
        statusOptions={GUIDELINE_STATUSES.map((status) => ({
          value: status,
          label: t(`guidelines.status.${status}`),
        }))}
      />
      <Select
        label={t('guidelines.sortLabel')}
        data={(Object.keys(ORDERS) as Order[]).map((value) => ({
          value,
          label: t(`guidelines.sort.${value}`),
        }))}
        value={order}
        onChange={(value) => value && setOrder(value as Order)}
        allowDeselect={false}
        maw={280}
        mb="lg"
      />
      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(connection) => (
          <>
            <ListCount>
              {t('guidelines.count', {
                count: connection.totalCount,
                formatted: formatNumber(connection.totalCount),
              })}
            </ListCount>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={loading}>
              {connection.edges.map(({ node }) => (
                <Paper key={node.id} component="li" withBorder p="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={paths.guideline(node.id)} fw={600}>
                        {node.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[
                          node.actionField
                            ? `${node.actionField.position}. ${fieldName(node.actionField)}`
                            : null,
                          node.version ? t('guidelines.versionLabel', { version: node.version }) : null,
                          t('guidelines.updatedOn', { date: formatDate(node.updatedAt) }),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Stack>
                    <GuidelineStatusBadge status={node.status} />
                  </Group>
                </Paper>
              ))}
            </Stack>
            {connection.edges.length === 0 ? <Text mt="md">{t('guidelines.empty')}</Text> : null}
            <Pager paging={paging} pageInfo={connection.pageInfo} />
          </>
        )}
      </ListResults>
    </>
  );
}
