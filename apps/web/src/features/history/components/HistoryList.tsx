import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDateTime } from '../../../shared/format';
import { HISTORY } from '../graphql/history';

const PAGE_SIZE = 10;
const KNOWN_ACTIONS = ['create', 'update', 'delete', 'link', 'unlink'];

function changedFields(changes: unknown): string[] {
  return changes && typeof changes === 'object' && !Array.isArray(changes) ? Object.keys(changes) : [];
}

function relatedLabel(related: unknown): string | undefined {
  if (!related || typeof related !== 'object') return undefined;
  const value = related as Record<string, unknown>;
  const name = value.name ?? value.title ?? value.label;
  return typeof name === 'string' ? name : undefined;
}

/** Who changed what and when, newest first; accounts that no longer exist show as "former member". */
export function HistoryList({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(HISTORY, {
    variables: { entityId, first: PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });

  const history = data?.history;
  return (
    <Stack gap="sm" component="section" aria-labelledby={`history-${entityId}`}>
      <Title order={2} size="h3" id={`history-${entityId}`}>
        {t('history.title')}
      </Title>
      {error && !history ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !history ? <LoadingState /> : null}
      {history && history.edges.length === 0 ? <Text c="dimmed">{t('history.empty')}</Text> : null}
      {history && history.edges.length > 0 ? (
        <Timeline bulletSize={12} lineWidth={2} active={-1}>
          {history.edges.map(({ node }) => {
            const fields = changedFields(node.changes);
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
                  <List size="sm" mt={4}>
                    {fields.map((field) => (
                      <List.Item key={field}>
                        {t('history.fieldChanged', {
                          field: t(`history.fields.${field}`, { defaultValue: field }),
                        })}
                      </List.Item>
                    ))}
                  </List>
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
