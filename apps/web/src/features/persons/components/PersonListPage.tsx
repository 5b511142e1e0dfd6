import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatNumber } from '../../../shared/format';
import { PERSONS } from '../graphql/persons';
import { ExportPersonsButton } from '../../exports/components/ExportButtons';

const PAGE_SIZE = 25;

export function PersonListPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [debounced]);
  const { data, previousData, loading, error, refetch } = useQuery(PERSONS, {
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1], filter: { text: debounced || null } },
  });
  const connection = (data ?? previousData)?.persons;

  return (
    <>
      <PageHeader
        title={t('persons.title')}
        description={t('persons.intro')}
        actions={
          <>
            <ExportPersonsButton filter={{ text: debounced || null }} />
            <Button component={Link} to="/personen/neu">
              {t('persons.create')}
            </Button>
          </>
        }
      />
      <TextInput
        label={t('persons.filterText')}
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        mb="lg"
        maw={480}
      />
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <LoadingState /> : null}
      {connection ? (
        <>
          <Text size="sm" c="dimmed" mb="sm" role="status">
            {t('persons.count', {
              count: connection.totalCount,
              formatted: formatNumber(connection.totalCount),
            })}
          </Text>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {connection.edges.map(({ node }) => (
              <Paper key={node.id} component="li" withBorder p="sm">
                <Anchor component={Link} to={`/personen/${node.id}`} fw={600}>
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
          <Group justify="space-between" mt="md">
            <Button
              variant="default"
              disabled={cursors.length <= 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              {t('common.previous')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('common.page', { page: cursors.length })}
            </Text>
            <Button
              variant="default"
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, connection.pageInfo.endCursor ?? null])}
            >
              {t('common.next')}
            </Button>
          </Group>
        </>
      ) : null}
    </>
  );
}
