import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, MultiSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SolutionStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatNumber } from '../../../shared/format';
import { useFieldName, useReferenceData } from '../../reference/hooks/useReferenceData';
import { SOLUTIONS } from '../graphql/solutions';

import { SOLUTION_STATUSES } from '../status';
import { ExportSolutionsButton } from '../../exports/components/ExportButtons';
const PAGE_SIZE = 25;

/** /loesungsansaetze — solution approaches, narrowed by action field (of the challenges they answer) and status. */
export function SolutionListPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { reference } = useReferenceData();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const [fieldIds, setFieldIds] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<SolutionStatus[]>([]);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [debounced, fieldIds, statuses]);
  const { data, previousData, loading, error, refetch } = useQuery(SOLUTIONS, {
    variables: {
      first: PAGE_SIZE,
      after: cursors[cursors.length - 1],
      filter: {
        text: debounced || null,
        actionFieldIds: fieldIds.length ? fieldIds : null,
        status: statuses.length ? statuses : null,
      },
    },
  });
  const connection = (data ?? previousData)?.solutionApproaches;
  const fields = [...(reference?.actionFields ?? [])].sort((a, b) => a.position - b.position);

  return (
    <>
      <PageHeader
        title={t('solutions.title')}
        description={t('solutions.intro')}
        actions={
          <>
            <ExportSolutionsButton
              filter={{
                text: debounced || null,
                actionFieldIds: fieldIds.length ? fieldIds : null,
                status: statuses.length ? statuses : null,
              }}
            />
            <Button component={Link} to="/loesungsansaetze/neu">
              {t('solutions.create')}
            </Button>
          </>
        }
      />
      <Paper
        withBorder
        p="md"
        mb="lg"
        component="form"
        role="search"
        aria-label={t('solutions.filterLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('solutions.filterText')}
            type="search"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            miw={200}
          />
          <MultiSelect
            label={t('solutions.actionField')}
            data={fields.map((field) => ({
              value: field.id,
              label: `${field.position}. ${fieldName(field)}`,
            }))}
            value={fieldIds}
            onChange={setFieldIds}
            clearable
            miw={200}
          />
          <MultiSelect
            label={t('solutions.fields.status')}
            data={SOLUTION_STATUSES.map((status) => ({
              value: status,
              label: t(`solutions.status.${status}`),
            }))}
            value={statuses}
            onChange={(value) => setStatuses(value as SolutionStatus[])}
            clearable
            miw={200}
          />
        </Group>
      </Paper>
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <LoadingState /> : null}
      {connection ? (
        <>
          <Text size="sm" c="dimmed" mb="sm" role="status">
            {t('solutions.count', {
              count: connection.totalCount,
              formatted: formatNumber(connection.totalCount),
            })}
          </Text>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {connection.edges.map(({ node }) => (
              <Paper key={node.id} component="li" withBorder p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/loesungsansaetze/${node.id}`} fw={600}>
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
