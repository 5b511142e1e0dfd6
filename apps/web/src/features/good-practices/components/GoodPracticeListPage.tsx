import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPageHeader } from '../../../shared/lists/ListPageHeader';
import { ListCount, ListResults } from '../../../shared/lists/ListResults';
import { Pager } from '../../../shared/lists/Pager';
import { usePagedList } from '../../../shared/lists/usePagedList';
import { useTextFilter } from '../../../shared/lists/useListFilter';
import { formatNumber } from '../../../shared/format';
import { GOOD_PRACTICES } from '../graphql/goodPractices';
import { ExportGoodPracticesButton } from '../../exports';
import { paths } from '../../../shared/paths';

const PAGE_SIZE = 24;

/** /gute-praxis — the catalogue of good-practice examples. */
export function GoodPracticeListPage() {
  const { t } = useTranslation();
  const { text, setText, apiFilter } = useTextFilter();
  const paging = usePagedList([apiFilter]);
  const { data, previousData, loading, error, refetch } = useQuery(GOOD_PRACTICES, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: apiFilter },
  });
  const connection = (data ?? previousData)?.goodPractices;
  return (
    <>
      <ListPageHeader
        title={t('goodPractices.title')}
        description={t('goodPractices.intro')}
        exportButton={<ExportGoodPracticesButton filter={apiFilter} />}
        createPath={paths.goodPracticeNew()}
        createLabel={t('goodPractices.create')}
      />
      <TextInput
        label={t('goodPractices.filterText')}
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        mb="lg"
        maw={480}
      />
      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(connection) => (
          <>
            <ListCount>
              {t('goodPractices.count', {
                count: connection.totalCount,
                formatted: formatNumber(connection.totalCount),
              })}
            </ListCount>
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="sm"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {connection.edges.map(({ node }) => (
                <Paper key={node.id} component="li" withBorder p="md">
                  <Stack gap={6}>
                    <Anchor component={Link} to={paths.goodPractice(node.id)} fw={600}>
                      {node.title}
                    </Anchor>
                    {node.description ? (
                      <Text size="sm" lineClamp={3}>
                        {node.description}
                      </Text>
                    ) : null}
                    <Text size="xs" c="dimmed">
                      {[node.year ? String(node.year) : null, node.practisedBy.map((a) => a.name).join(', ')]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
            {connection.edges.length === 0 ? <Text mt="md">{t('goodPractices.empty')}</Text> : null}
            <Pager paging={paging} pageInfo={connection.pageInfo} />
          </>
        )}
      </ListResults>
    </>
  );
}
