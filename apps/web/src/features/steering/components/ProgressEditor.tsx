import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Progress, Text } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { SET_PROGRESS } from '../graphql/board';
import { useRevisionedSave } from '../hooks/useRevisionedSave';
import { SaveConflictDialog } from './SaveConflictDialog';

/** An approach's progress (0–100 %) as a bar and a field to set it, saved on its revision. */
export function ProgressEditor({
  approach,
  onSaved,
}: {
  approach: { id: string; title: string; progress: number; revision: number };
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(approach.progress);
  const [setProgress, { loading }] = useMutation(SET_PROGRESS);
  const saves = useRevisionedSave();
  const { min, max } = LIMITS.progress;
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  const send = (progress: number, revision: number) =>
    saves.save({ progress }, { progress: approach.progress }, revision, (expectedRevision) =>
      setProgress({ variables: { id: approach.id, expectedRevision, progress } }),
    );

  return (
    <>
      <Group gap="xs" align="center" wrap="nowrap">
        <Progress value={approach.progress} style={{ flex: 1 }} aria-hidden />
        <Text size="xs" w={40} ta="right">
          {approach.progress} %
        </Text>
      </Group>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (!valid) return;
          if (await send(value, approach.revision)) onSaved();
        }}
      >
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            size="xs"
            label={t('steering.map.progressOf', { title: approach.title })}
            min={min}
            max={max}
            step={10}
            allowDecimal={false}
            suffix=" %"
            value={value}
            onChange={setValue}
            error={valid ? undefined : t('steering.map.progressRange', { min, max })}
            style={{ flex: 1 }}
          />
          <Button type="submit" size="xs" variant="default" loading={loading} disabled={!valid}>
            {t('steering.map.save')}
          </Button>
        </Group>
      </form>
      {saves.error ? <ErrorState error={saves.error} /> : null}
      {saves.pending ? (
        <SaveConflictDialog
          pending={saves.pending}
          describeValue={(_field, stored) => (typeof stored === 'number' ? `${stored} %` : undefined)}
          onKeepMine={(revision) => {
            saves.clearPending();
            if (valid) void send(value, revision).then((saved) => saved && onSaved());
          }}
          onKeepTheirs={() => {
            saves.clearPending();
            const stored = saves.pending?.conflict.current.values.progress;
            if (typeof stored === 'number') setValue(stored);
            onSaved();
          }}
        />
      ) : null}
    </>
  );
}
