import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { GUIDELINE_TEMPLATES, SAVE_GUIDELINE_AS_TEMPLATE } from './graphql';

/** „Als Vorlage speichern“: the guideline's current text becomes a template new guidelines can start from. */
export function SaveAsTemplate({ guidelineId, title }: { guidelineId: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(title);
  const [description, setDescription] = useState('');
  // One id per opened form: a retry after a lost answer returns the first template, not a second.
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [save, saving] = useMutation(SAVE_GUIDELINE_AS_TEMPLATE, {
    refetchQueries: [GUIDELINE_TEMPLATES],
  });

  const start = () => {
    setName(title);
    setDescription('');
    setClientId(crypto.randomUUID());
    setError(undefined);
    setOpen(true);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const input = { id: clientId, guidelineId, name: name.trim(), description: description.trim() || null };
      const { data } = await save({ variables: { input } });
      setSaved(data?.saveGuidelineAsTemplate.name ?? name.trim());
      setOpen(false);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <Button variant="default" onClick={start}>
        {t('guidelineTemplates.save')}
      </Button>
      <div aria-live="polite">
        {saved ? (
          <Alert color="green" variant="light" role="status" mt="xs">
            {t('guidelineTemplates.saved', { name: saved })}
          </Alert>
        ) : null}
      </div>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('guidelineTemplates.saveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="sm">
            <Text size="sm">{t('guidelineTemplates.saveIntro')}</Text>
            <TextInput
              label={t('guidelineTemplates.name')}
              required
              value={name}
              maxLength={LIMITS.name}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <Textarea
              label={t('guidelineTemplates.description')}
              value={description}
              maxLength={LIMITS.description}
              autosize
              minRows={2}
              onChange={(event) => setDescription(event.currentTarget.value)}
            />
            {error ? <ErrorState error={error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving.loading} disabled={!name.trim()}>
                {t('guidelineTemplates.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
