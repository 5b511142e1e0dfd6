import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { type ApiProblem, describeProblem } from '../../../shared/errors/apiError';
import { UPDATE_MEETING } from '../graphql/meetings';

interface MinutesSectionProps {
  meetingId: string;
  minutes: string | null;
  revision: number;
  editable: boolean;
}

/**
 * The minutes as plain text. Saving names the revision the text was based on: if someone else saved in
 * between, the server refuses (CONFLICT) and the typed text stays in the box.
 */
export function MinutesSection({ meetingId, minutes, revision, editable }: MinutesSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem>();
  const [update, updating] = useMutation(UPDATE_MEETING);
  const editing = draft !== null;

  const save = async () => {
    setProblem(undefined);
    try {
      await update({ variables: { id: meetingId, expectedRevision: revision, input: { minutes: draft } } });
      setDraft(null);
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };

  return (
    <section aria-labelledby="minutes-heading">
      <Stack gap="sm">
        <Title order={2} id="minutes-heading">
          {t('meetings.minutes.title')}
        </Title>
        {editing ? (
          <>
            <FormProblem problem={problem} />
            <Textarea
              label={t('meetings.minutes.label')}
              autosize
              minRows={8}
              maxLength={LIMITS.minutes}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
            />
            <Group>
              <Button loading={updating.loading} onClick={() => void save()}>
                {t('meetings.minutes.save')}
              </Button>
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            {minutes ? (
              <Text style={{ whiteSpace: 'pre-wrap' }}>{minutes}</Text>
            ) : (
              <Text c="dimmed">{t('meetings.minutes.none')}</Text>
            )}
            {editable ? (
              <Button
                variant="light"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => setDraft(minutes ?? '')}
              >
                {t('meetings.minutes.write')}
              </Button>
            ) : null}
          </>
        )}
      </Stack>
    </section>
  );
}
