import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Button, Stack } from '@mantine/core';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../../shared/components/BackLink';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { useDeleteAndReturn } from '../../../shared/hooks/useDeleteAndReturn';
import { HistoryCard } from '../../history';
import { DELETE_GUIDELINE, GUIDELINE } from '../graphql/guidelines';
import { paths } from '../../../shared/paths';
import { ExportMenu } from './ExportMenu';
import { GuidelineFacts } from './GuidelineFacts';
import { GuidelineRevisions } from '../revisions/GuidelineRevisions';
import { SaveAsTemplate } from '../templates/SaveAsTemplate';
import { GuidelineVersions } from '../versions/GuidelineVersions';

// Everything of tiptap and Yjs is in this chunk, loaded when a guideline is opened.
const GuidelineEditor = lazy(() => import('../editor/GuidelineEditor'));

/** /leitfaeden/:id — a guideline: its details and its text, written together. */
export function GuidelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GUIDELINE, { variables: { id } });
  const deleteAndReturn = useDeleteAndReturn(DELETE_GUIDELINE, paths.guidelines(), 'guidelines');

  return (
    <QueryState
      data={data?.guideline}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.guidelines(), label: t('guidelines.title') }}
    >
      {(guideline) => (
        <>
          <PageHeader
            title={guideline.title}
            eyebrow={<BackLink to={paths.guidelines()}>{t('guidelines.title')}</BackLink>}
            actions={
              <>
                <Button component={Link} to={paths.guidelineEdit(guideline.id)} variant="default">
                  {t('guidelines.editMetadata')}
                </Button>
                <ExportMenu guidelineId={guideline.id} />
                <SaveAsTemplate guidelineId={guideline.id} title={guideline.title} />
                <ConfirmDelete name={guideline.title} onConfirm={() => deleteAndReturn(guideline.id)} />
              </>
            }
          />
          <Stack gap="lg">
            <GuidelineFacts guideline={guideline} />
            <GuidelineVersions guidelineId={guideline.id} />
            <Suspense fallback={<LoadingState label={t('guidelines.editor.loading')} />}>
              <GuidelineEditor
                guidelineId={guideline.id}
                title={guideline.title}
                editable={guideline.editable}
                published={guideline.status === 'published'}
              />
            </Suspense>
            <GuidelineRevisions guidelineId={guideline.id} />
            <HistoryCard entityId={guideline.id} revision={guideline.revision} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
