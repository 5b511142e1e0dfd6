import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { describeProblem, type ApiProblem } from '../../../shared/errors/apiError';
import { useProblemText } from '../../../shared/errors/useProblemText';
import { formatDateTime } from '../../../shared/format';
import { fieldChanges, restoreOptions } from '../changes';
import { HISTORY, RESTORE_FIELD_VALUE } from '../graphql/history';
import { ChangedField } from './ChangedField';

const PAGE_SIZE = 10;
const KNOWN_ACTIONS = ['create', 'update', 'delete', 'restore', 'purge', 'link', 'unlink'];

function relatedLabel(related: unknown): string | undefined {
  if (!related || typeof related !== 'object') return undefined;
  const value = related as Record<string, unknown>;
  const name = value.name ?? value.title ?? value.label;
  return typeof name === 'string' ? name : undefined;
}

type Outcome = { kind: 'restored'; field: string } | { kind: 'failed'; problem: ApiProblem };

interface HistoryListProps {
  entityId: string;
  /**
   * The record's revision as the page shows it; with it, earlier values can be restored (the restore
   * names this revision, so a change made meanwhile is not overwritten unseen).
   */
  revision?: number;
}

/**
 * Who changed what and when, newest first, with each field's old and new value; accounts that no longer
 * exist show as "former member". An earlier value can be put back, which is recorded as a new change.
 */
export function HistoryList({ entityId, revision }: HistoryListProps) {
  const { t } = useTranslation();
  const { problemText } = useProblemText();
  const client = useApolloClient();
  const [after, setAfter] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const { data, loading, error, refetch } = useQuery(HISTORY, {
    variables: { entityId, first: PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const [restoreValue, restoring] = useMutation(RESTORE_FIELD_VALUE);

  const history = data?.history;
  const nodes = history?.edges.map(({ node }) => node) ?? [];
  const options = restoreOptions(nodes);
  const fieldLabel = (field: string) => t(`history.fields.${field}`, { defaultValue: field });

  const restore =
    revision === undefined
      ? undefined
      : async (changeId: string, field: string, side: 'FROM' | 'TO') => {
          setOutcome(undefined);
          try {
            await restoreValue({ variables: { changeId, field, side, expectedRevision: revision } });
            setOutcome({ kind: 'restored', field });
          } catch (failure) {
            setOutcome({ kind: 'failed', problem: describeProblem(failure) });
          } finally {
            // The record and its history as they are now (after a conflict too: the newest revision).
            setAfter(null);
            await client.refetchQueries({ include: 'active' });
          }
        };

  return (
    <Stack gap="sm" component="section" aria-labelledby={`history-${entityId}`}>
      <Title order={2} size="h3" id={`history-${entityId}`}>
        {t('history.title')}
      </Title>
      <div aria-live="polite">
        {outcome?.kind === 'restored' ? (
          <Alert color="green" variant="light" role="status">
            {t('history.restored', { field: fieldLabel(outcome.field) })}
          </Alert>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {outcome.problem.code === 'CONFLICT'
              ? t('history.changedMeanwhile')
              : problemText(outcome.problem)}
          </Alert>
        ) : null}
      </div>
      {error && !history ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !history ? <LoadingState /> : null}
      {history && nodes.length === 0 ? <Text c="dimmed">{t('history.empty')}</Text> : null}
      {nodes.length > 0 ? (
        <Timeline bulletSize={12} lineWidth={2} active={-1}>
          {nodes.map((node) => {
            const fields = fieldChanges(node.changes);
            const related = relatedLabel(node.related);
            return (
              <Timeline.Item
                key={node.id}
                title={
                  <Group gap="xs">
                    <Badge variant="light" color="gray" size="sm">
                      {KNOWN_ACTIONS.includes(node.action)
                        ? t(`history.actions.${node.action}`)
                        : node.action}
                    </Badge>
                    <Text size="sm" fw={600} component="span">
                      {node.userName ?? t('history.formerMember')}
                    </Text>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  <time dateTime={node.at}>{formatDateTime(node.at)}</time>
                </Text>
                {fields.length > 0 ? (
                  <Stack gap={6} mt={6}>
                    {fields.map((change) => (
                      <ChangedField
                        key={change.field}
                        changeId={node.id}
                        entityType={node.entityType}
                        change={change}
                        label={fieldLabel(change.field)}
                        showBefore={node.action !== 'create'}
                        restorable={options.get(node.id)?.get(change.field)}
                        onRestore={restore}
                        busy={restoring.loading}
                      />
                    ))}
                  </Stack>
                ) : null}
                {related ? (
                  <Text size="sm" mt={4}>
                    {related}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      ) : null}
      {history ? (
        <Group gap="sm">
          {after ? (
            <Button variant="default" size="xs" onClick={() => setAfter(null)}>
              {t('history.newest')}
            </Button>
          ) : null}
          {history.pageInfo.hasNextPage ? (
            <Button variant="default" size="xs" onClick={() => setAfter(history.pageInfo.endCursor ?? null)}>
              {t('history.older')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
