import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDateTime } from '../../../shared/format';
import { GUIDELINE_REVISIONS, RESTORE_GUIDELINE_REVISION } from './graphql';
import { NameRevisionForm } from './NameRevisionForm';
import { RestoreRevision } from './RestoreRevision';
import { RevisionDialog, type RevisionMode } from './RevisionDialog';

const PAGE_SIZE = 10;

interface Picked {
  id: string;
  at: string;
}

/**
 * „Verlauf“ on a guideline's page: its revisions, newest first, each to view, to compare with the
 * current text, or to restore — a restore is a change of the live text that everyone present sees.
 */
export function GuidelineRevisions({ guidelineId }: { guidelineId: string }) {
  const { t } = useTranslation();
  // Keyset pages: the cursors of the pages before this one, to go back.
  const [after, setAfter] = useState<string | null>(null);
  const [before, setBefore] = useState<(string | null)[]>([]);
  const [shown, setShown] = useState<Picked | null>(null);
  const [mode, setMode] = useState<RevisionMode>('view');
  const [restoring, setRestoring] = useState<Picked | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>();
  const [restored, setRestored] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(GUIDELINE_REVISIONS, {
    variables: { guidelineId, first: PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const [restore, restoreState] = useMutation(RESTORE_GUIDELINE_REVISION);
  const headingId = `revisions-${guidelineId}`;
  const revisions = data?.guidelineRevisions.edges.map((edge) => edge.node) ?? [];

  const open = (revision: Picked, as: RevisionMode) => {
    setMode(as);
    setShown(revision);
  };
  const confirmRestore = async () => {
    if (!restoring) return;
    setRestoreError(undefined);
    try {
      await restore({ variables: { id: restoring.id } });
      setRestored(restoring.at);
      setRestoring(null);
      setAfter(null);
      setBefore([]);
      await refetch();
    } catch (failure) {
      setRestoreError(failure);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id={headingId}>
            {t('guidelineRevisions.title')}
          </Title>
          <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
            {t('guidelineRevisions.refresh')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('guidelineRevisions.intro')}
        </Text>
        <NameRevisionForm guidelineId={guidelineId} onNamed={() => void refetch()} />
        <div aria-live="polite">
          {restored ? (
            <Alert color="green" variant="light" role="status">
              {t('guidelineRevisions.restored', { date: formatDateTime(restored) })}
            </Alert>
          ) : null}
        </div>
        {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {loading && !data ? <LoadingState /> : null}
        {data && revisions.length === 0 ? <Text>{t('guidelineRevisions.empty')}</Text> : null}
        {revisions.length > 0 ? (
          <Stack
            component="ol"
            gap="xs"
            p={0}
            m={0}
            aria-label={t('guidelineRevisions.listLabel')}
            style={{ listStyle: 'none' }}
          >
            {revisions.map((revision) => (
              <li key={revision.id}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Text fw={600}>
                      {formatDateTime(revision.at)} · {revision.name ?? t('guidelineRevisions.automatic')}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {[
                        revision.authorNames.length
                          ? t('guidelineRevisions.by', { names: revision.authorNames.join(', ') })
                          : null,
                        revision.createdByName
                          ? t('guidelineRevisions.namedBy', { name: revision.createdByName })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Button variant="default" size="compact-sm" onClick={() => open(revision, 'view')}>
                      {t('guidelineRevisions.view')}
                    </Button>
                    <Button variant="default" size="compact-sm" onClick={() => open(revision, 'compare')}>
                      {t('guidelineRevisions.compare')}
                    </Button>
                    <Button
                      variant="default"
                      size="compact-sm"
                      onClick={() => {
                        setRestoreError(undefined);
                        setRestoring(revision);
                      }}
                    >
                      {t('guidelineRevisions.restore')}
                    </Button>
                  </Group>
                </Group>
              </li>
            ))}
          </Stack>
        ) : null}
        <Group gap="xs">
          {before.length > 0 ? (
            <Button
              variant="default"
              onClick={() => {
                setAfter(before.at(-1) ?? null);
                setBefore(before.slice(0, -1));
              }}
            >
              {t('guidelineRevisions.newer')}
            </Button>
          ) : null}
          {data?.guidelineRevisions.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => {
                setBefore([...before, after]);
                setAfter(data.guidelineRevisions.pageInfo.endCursor ?? null);
              }}
            >
              {t('guidelineRevisions.more')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      <RevisionDialog
        guidelineId={guidelineId}
        revision={shown}
        mode={mode}
        onMode={setMode}
        onClose={() => setShown(null)}
      />
      <RestoreRevision
        revision={restoring}
        busy={restoreState.loading}
        error={restoreError}
        onConfirm={() => void confirmRestore()}
        onClose={() => setRestoring(null)}
      />
    </Paper>
  );
}
