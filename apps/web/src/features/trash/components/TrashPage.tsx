import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrashQuery } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { entityPath } from '../../../shared/entityPaths';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/format';
import { ListCount, ListResults } from '../../../shared/lists/ListResults';
import { Pager } from '../../../shared/lists/Pager';
import { usePagedList } from '../../../shared/lists/usePagedList';
import { useSession } from '../../auth';
import { PURGE_FROM_TRASH, RESTORE_FROM_TRASH, TRASH } from '../graphql/trash';

const PAGE_SIZE = 25;
const KNOWN_TYPES = [
  'Actor',
  'Person',
  'Challenge',
  'SolutionApproach',
  'GoodPractice',
  'Guideline',
  'Comment',
  'Mandate',
  'SavedGraphView',
];
/** The cached lists a restored record may appear in again. */
const LIST_FIELDS = ['actors', 'persons', 'challenges', 'solutionApproaches', 'goodPractices', 'guidelines'];

type TrashItem = TrashQuery['trash']['edges'][number]['node'];
type Action = { kind: 'restore' | 'purge'; item: TrashItem };
type Outcome = { kind: 'restored' | 'purged'; item: TrashItem };

/**
 * /papierkorb — deleted records for 30 days: anyone signed in may restore one (with its links); the
 * steering group and admins may delete one for good. Both ask first and say how it went.
 */
export function TrashPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const mayPurge = can('steering');
  const paging = usePagedList([]);
  const { data, previousData, loading, error, refetch } = useQuery(TRASH, {
    variables: { first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.trash;
  const [pending, setPending] = useState<Action>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [failure, setFailure] = useState<unknown>();
  const [restore, restoring] = useMutation(RESTORE_FROM_TRASH);
  const [purge, purging] = useMutation(PURGE_FROM_TRASH);

  const typeLabel = (type: string) => (KNOWN_TYPES.includes(type) ? t(`trash.types.${type}`) : type);

  const confirm = async () => {
    if (!pending) return;
    setFailure(undefined);
    const { kind, item } = pending;
    try {
      if (kind === 'restore') {
        await restore({
          variables: { id: item.id },
          update: (cache) => {
            for (const fieldName of [...LIST_FIELDS, 'trash']) cache.evict({ fieldName });
          },
        });
        setOutcome({ kind: 'restored', item });
      } else {
        await purge({ variables: { id: item.id }, update: (cache) => cache.evict({ fieldName: 'trash' }) });
        setOutcome({ kind: 'purged', item });
      }
      setPending(undefined);
    } catch (caught) {
      setFailure(caught);
    }
  };

  const restoredPath =
    outcome?.kind === 'restored' ? entityPath(outcome.item.entityType, outcome.item.id) : undefined;

  return (
    <>
      <PageHeader title={t('trash.title')} description={t('trash.intro')} />
      <div aria-live="polite">
        {outcome ? (
          <Alert color="green" variant="light" role="status" mb="md">
            <Group gap="sm">
              <Text size="sm">
                {outcome.kind === 'restored'
                  ? t('trash.restored', { title: outcome.item.title })
                  : t('trash.purged', { title: outcome.item.title })}
              </Text>
              {restoredPath ? (
                <Anchor component={Link} to={restoredPath} size="sm">
                  {t('trash.open')}
                </Anchor>
              ) : null}
            </Group>
          </Alert>
        ) : null}
      </div>
      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(trash) =>
          trash.totalCount === 0 && paging.page === 1 ? (
            <Text c="dimmed">{t('trash.empty')}</Text>
          ) : (
            <>
              <ListCount>
                {t('trash.count', { count: trash.totalCount, formatted: formatNumber(trash.totalCount) })}
              </ListCount>
              <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="trash-title">
                <Table striped withTableBorder verticalSpacing="sm" miw={760} aria-busy={loading}>
                  <VisuallyHidden component="caption" id="trash-title">
                    {t('trash.title')}
                  </VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('trash.itemTitle')}</Table.Th>
                      <Table.Th scope="col">{t('trash.type')}</Table.Th>
                      <Table.Th scope="col">{t('trash.deleted')}</Table.Th>
                      <Table.Th scope="col">{t('trash.purgeAfter')}</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('trash.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {trash.edges.map(({ node }) => (
                      <Table.Tr key={node.id}>
                        <Table.Th scope="row" fw={600}>
                          {node.title}
                        </Table.Th>
                        <Table.Td>{typeLabel(node.entityType)}</Table.Td>
                        <Table.Td>
                          {t('trash.deletedBy', {
                            at: formatDateTime(node.deletedAt),
                            name: node.deletedByName ?? t('trash.formerMember'),
                          })}
                        </Table.Td>
                        <Table.Td>
                          <time dateTime={node.purgeAfter}>{formatDate(node.purgeAfter)}</time>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('trash.restoreNamed', { title: node.title })}
                              onClick={() => {
                                setFailure(undefined);
                                setPending({ kind: 'restore', item: node });
                              }}
                            >
                              {t('trash.restore')}
                            </Button>
                            {mayPurge ? (
                              <Button
                                size="xs"
                                variant="default"
                                color="red"
                                aria-label={t('trash.purgeNamed', { title: node.title })}
                                onClick={() => {
                                  setFailure(undefined);
                                  setPending({ kind: 'purge', item: node });
                                }}
                              >
                                {t('trash.purge')}
                              </Button>
                            ) : null}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
              <Pager paging={paging} pageInfo={trash.pageInfo} />
            </>
          )
        }
      </ListResults>
      <Modal
        opened={Boolean(pending)}
        onClose={() => setPending(undefined)}
        title={pending?.kind === 'purge' ? t('trash.confirmPurgeTitle') : t('trash.confirmRestoreTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {pending ? (
          <>
            <Text mb="md">
              {pending.kind === 'purge'
                ? t('trash.confirmPurge', { title: pending.item.title })
                : t('trash.confirmRestore', { title: pending.item.title })}
            </Text>
            {failure ? <ErrorState error={failure} title={t('trash.failed')} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(undefined)}>
                {t('common.cancel')}
              </Button>
              <Button
                color={pending.kind === 'purge' ? 'red' : undefined}
                loading={restoring.loading || purging.loading}
                onClick={() => void confirm()}
              >
                {pending.kind === 'purge' ? t('trash.purge') : t('trash.restore')}
              </Button>
            </Group>
          </>
        ) : null}
      </Modal>
    </>
  );
}
