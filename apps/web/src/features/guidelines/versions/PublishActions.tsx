import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { MOVE_GUIDELINE_STATUS, PUBLISH_GUIDELINE } from './graphql';
import { nextStep, publicationOf, type PublicationState } from './publication';

interface PublishActionsProps {
  guideline: PublicationState & { id: string; revision: number };
}

/**
 * The steering group's next workflow step for a guideline: submit for review, publish (after a
 * confirmation that says what is frozen and that the text stays editable), or submit the next draft.
 */
export function PublishActions({ guideline }: PublishActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<number | null>(null);
  const [publish, publishing] = useMutation(PUBLISH_GUIDELINE);
  const [move, moving] = useMutation(MOVE_GUIDELINE_STATUS);
  const step = nextStep(guideline);
  const { next } = publicationOf(guideline);

  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    setDone(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  const toReview = () =>
    run(() =>
      move({
        variables: { id: guideline.id, expectedRevision: guideline.revision, status: 'review' },
        refetchQueries: 'active',
      }),
    );
  const confirmPublish = async () => {
    const ok = await run(() =>
      publish({
        variables: { id: guideline.id, expectedRevision: guideline.revision },
        refetchQueries: 'active',
      }),
    );
    if (ok) {
      setConfirming(false);
      setDone(next);
    }
  };

  return (
    <>
      <Group gap="sm">
        {step === 'toReview' ? (
          <Button variant="default" loading={moving.loading} onClick={() => void toReview()}>
            {t('guidelineVersions.toReview')}
          </Button>
        ) : null}
        {step === 'nextToReview' ? (
          <Button variant="default" loading={moving.loading} onClick={() => void toReview()}>
            {t('guidelineVersions.nextToReview', { number: next })}
          </Button>
        ) : null}
        {step === 'publish' ? (
          <Button onClick={() => setConfirming(true)}>{t('guidelineVersions.publish')}</Button>
        ) : null}
      </Group>
      <div aria-live="polite">
        {done !== null ? (
          <Alert color="green" variant="light" role="status">
            {t('guidelineVersions.publishedDone', { number: done })}
          </Alert>
        ) : null}
        {error && !confirming ? <ErrorState error={error} /> : null}
      </div>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('guidelineVersions.publishTitle', { number: next })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="md">{t('guidelineVersions.publishText', { number: next, next: next + 1 })}</Text>
        {error ? <ErrorState error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button loading={publishing.loading} onClick={() => void confirmPublish()}>
            {t('guidelineVersions.publish')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
