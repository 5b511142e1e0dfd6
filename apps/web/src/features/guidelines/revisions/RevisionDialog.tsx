import { useQuery } from '@apollo/client/react';
import { Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDateTime } from '../../../shared/format';
import { FrozenText } from '../frozen/FrozenText';
import { diffTexts } from './diff';
import { DiffView } from './DiffView';
import { GUIDELINE_CURRENT_TEXT, GUIDELINE_REVISION } from './graphql';

export type RevisionMode = 'view' | 'compare';

interface RevisionDialogProps {
  guidelineId: string;
  revision: { id: string; at: string } | null;
  mode: RevisionMode;
  onMode: (mode: RevisionMode) => void;
  onClose: () => void;
}

/** One revision: its text as it was, or compared with the current text (computed here, word by word). */
export function RevisionDialog({ guidelineId, revision, mode, onMode, onClose }: RevisionDialogProps) {
  const { t } = useTranslation();
  const stored = useQuery(GUIDELINE_REVISION, {
    variables: { id: revision?.id ?? '' },
    skip: !revision,
  });
  const current = useQuery(GUIDELINE_CURRENT_TEXT, {
    variables: { id: guidelineId },
    skip: !revision || mode !== 'compare',
    fetchPolicy: 'network-only',
  });
  const text = stored.data?.guidelineRevision.text;
  const bodyText = current.data?.guideline.bodyText;
  const diff = useMemo(
    () => (text !== undefined && bodyText !== undefined ? diffTexts(text, bodyText ?? '') : null),
    [text, bodyText],
  );
  const error = stored.error ?? (mode === 'compare' ? current.error : undefined);

  let body;
  if (error) body = <ErrorState error={error} />;
  else if (!stored.data) body = <LoadingState />;
  else if (mode === 'view') body = <FrozenText html={stored.data.guidelineRevision.html} />;
  else if (!diff) body = <LoadingState />;
  else
    body = (
      <>
        <DiffView diff={diff} />
        <Text size="xs" c="dimmed">
          {t('guidelineRevisions.diff.lag')}
        </Text>
      </>
    );

  return (
    <Modal
      opened={revision !== null}
      onClose={onClose}
      size="xl"
      title={revision ? t('guidelineRevisions.dialogTitle', { date: formatDateTime(revision.at) }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('guidelineRevisions.modeLabel')}
          value={mode}
          onChange={(value) => onMode(value as RevisionMode)}
          data={[
            { value: 'view', label: t('guidelineRevisions.modeView') },
            { value: 'compare', label: t('guidelineRevisions.modeCompare') },
          ]}
        />
        {body}
      </Stack>
    </Modal>
  );
}
