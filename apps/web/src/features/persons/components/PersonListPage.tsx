import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPageHeader } from '../../../shared/lists/ListPageHeader';
import { ListCount, ListResults } from '../../../shared/lists/ListResults';
import { Pager } from '../../../shared/lists/Pager';
import { usePagedList } from '../../../shared/lists/usePagedList';
import { useTextFilter } from '../../../shared/lists/useListFilter';
import { formatNumber } from '../../../shared/format';
import { PERSONS } from '../graphql/persons';
import { ExportPersonsButton } from '../../exports';
import { paths } from '../../../shared/paths';

const PAGE_SIZE = 25;

export function PersonListPage() {
  const { t } = useTranslation();
  const { text, setText, apiFilter } = useTextFilter();
  const paging = usePagedList([apiFilter]);
  const { data, previousData, loading, error, refetch } = useQuery(PERSONS, {
    variables: { first: PAGE_SIZE, after: paging.after, filter: apiFilter },
  });
  const connection = (data ?? previousData)?.persons;

  return (
    <>
      <ListPageHeader
        title={t('persons.title')}
        description={t('persons.intro')}
        exportButton={<ExportPersonsButton filter={apiFilter} />}
        createPath={paths.personNew()}
        createLabel={t('persons.create')}
      />
      <TextInput
        label={t('persons.filterText')}
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
              {t('persons.count', {
                count: connection.totalCount,
                formatted: formatNumber(connection.totalCount),
              })}
            </ListCount>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {connection.edges.map(({ node }) => (
                <Paper key={node.id} component="li" withBorder p="sm">
                  <Anchor component={Link} to={paths.person(node.id)} fw={600}>
                    {node.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[node.function, node.actors.map((a) => a.actor.name).join(', ')]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Paper>
              ))}
            </Stack>
            <Pager paging={paging} pageInfo={connection.pageInfo} />
          </>
        )}
      </ListResults>
    </>
  );
}
