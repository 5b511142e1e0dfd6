import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatNumber } from '../../../shared/format';
import { GOOD_PRACTICES } from '../graphql/goodPractices';
import { ExportGoodPracticesButton } from '../../exports/components/ExportButtons';

const PAGE_SIZE = 24;

/** /gute-praxis — the catalogue of good-practice examples. */
export function GoodPracticeListPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [debounced]);
  const { data, previousData, loading, error, refetch } = useQuery(GOOD_PRACTICES, {
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1], filter: { text: debounced || null } },
  });
  const connection = (data ?? previousData)?.goodPractices;
  return (
    <>
      <PageHeader
        title={t('goodPractices.title')}
        description={t('goodPractices.intro')}
        actions={
          <>
            <ExportGoodPracticesButton filter={{ text: debounced || null }} />
            <Button component={Link} to="/gute-praxis/neu">
              {t('goodPractices.create')}
            </Button>
          </>
        }
      />
      <TextInput
        label={t('goodPractices.filterText')}
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
            {t('goodPractices.count', {
              count: connection.totalCount,
              formatted: formatNumber(connection.totalCount),
            })}
          </Text>
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
                  <Anchor component={Link} to={`/gute-praxis/${node.id}`} fw={600}>
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
