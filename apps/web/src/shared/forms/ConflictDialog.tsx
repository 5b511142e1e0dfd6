import { Button, Group, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { Side } from './merge';
import type { OpenConflict } from './useEditForm';
import { useValueText } from './useValueText';

interface ConflictDialogProps {
  conflict: OpenConflict;
  fieldLabel: (field: string) => string;
  describeValue?: (field: string, value: unknown) => string | undefined;
  onApply: (choices: Record<string, Side>) => void;
  onCancel: () => void;
}

/**
 * Someone else saved while this person was editing: per field that differs, their value and the stored
 * one side by side, and the person chooses which is kept (or all of one side). Nothing is saved here;
 * the choice goes into the form, which the person then saves.
 */
export function ConflictDialog({
  conflict,
  fieldLabel,
  describeValue,
  onApply,
  onCancel,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const [choices, setChoices] = useState<Record<string, Side>>(() =>
    Object.fromEntries(conflict.differences.map((d) => [d.field, d.suggested])),
  );
  const name = conflict.current.updatedByName ?? t('editing.conflict.someone');
  const chooseAll = (side: Side) =>
    setChoices(Object.fromEntries(conflict.differences.map((d) => [d.field, side])));
  const shown = (field: string, value: unknown) => valueText(value, describeValue?.(field, value));

  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('editing.conflict.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('editing.conflict.intro', {
            name,
            at: conflict.current.updatedAt ? formatDateTime(conflict.current.updatedAt) : '',
          })}
        </Text>
        {conflict.differences.length === 0 ? (
          <Text size="sm">{t('editing.conflict.nothingDiffers')}</Text>
        ) : (
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={() => chooseAll('mine')}>
              {t('editing.conflict.allMine')}
            </Button>
            <Button variant="default" size="xs" onClick={() => chooseAll('theirs')}>
              {t('editing.conflict.allTheirs', { name })}
            </Button>
          </Group>
        )}
        {conflict.differences.map((difference) => (
          <Radio.Group
            key={difference.field}
            label={fieldLabel(difference.field)}
            value={choices[difference.field]}
            onChange={(value) => setChoices((current) => ({ ...current, [difference.field]: value as Side }))}
            styles={{ label: { fontWeight: 650, marginBottom: 6 } }}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {(['mine', 'theirs'] as const).map((side) => (
                <Radio
                  key={side}
                  value={side}
                  label={
                    side === 'mine' ? t('editing.conflict.mine') : t('editing.conflict.theirs', { name })
                  }
                  description={
                    <Text
                      component="span"
                      size="sm"
                      c="dark"
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    >
                      {shown(difference.field, side === 'mine' ? difference.mine : difference.theirs)}
                    </Text>
                  }
                  data-side={side}
                />
              ))}
            </SimpleGrid>
          </Radio.Group>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => onApply(choices)}>{t('editing.conflict.apply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
