import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { NAME_GUIDELINE_REVISION } from './graphql';

/** Names the current state of the text (a named revision), e.g. before a meeting. */
export function NameRevisionForm({ guidelineId, onNamed }: { guidelineId: string; onNamed: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [named, setNamed] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [save, saving] = useMutation(NAME_GUIDELINE_REVISION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setError(undefined);
    setNamed(null);
    try {
      const { data } = await save({ variables: { guidelineId, name: name.trim() } });
      setNamed(data?.nameGuidelineRevision.name ?? name.trim());
      setName('');
      onNamed();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('guidelineRevisions.nameLabel')}
          placeholder={t('guidelineRevisions.namePlaceholder')}
          value={name}
          maxLength={LIMITS.name}
          onChange={(event) => setName(event.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" variant="default" loading={saving.loading} disabled={!name.trim()}>
          {t('guidelineRevisions.name')}
        </Button>
      </Group>
      <div aria-live="polite">
        {named ? (
          <Alert color="green" variant="light" role="status" mt="sm">
            {t('guidelineRevisions.named', { name: named })}
          </Alert>
        ) : null}
        {error ? <ErrorState error={error} /> : null}
      </div>
    </form>
  );
}
