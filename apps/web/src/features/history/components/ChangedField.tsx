import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useValueText } from '../../../shared/forms/useValueText';
import type { FieldChange, RestoreOptions } from '../changes';
import { useDescribeValue } from '../hooks/useDescribeValue';
import { ValueText } from './ValueText';

interface ChangedFieldProps {
  changeId: string;
  entityType: string;
  change: FieldChange;
  label: string;
  /** False for a creation, which has no value before. */
  showBefore: boolean;
  restorable: RestoreOptions | undefined;
  onRestore?: (changeId: string, field: string, side: 'FROM' | 'TO') => Promise<void>;
  busy: boolean;
}

/** One field of a recorded change: its value before and after, each restorable where it is an earlier one. */
export function ChangedField({
  changeId,
  entityType,
  change,
  label,
  showBefore,
  restorable,
  onRestore,
  busy,
}: ChangedFieldProps) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const describe = useDescribeValue(entityType);
  const labelId = useId();
  const sides = [
    ...(showBefore && change.hasFrom
      ? [{ side: 'FROM' as const, caption: t('history.before'), value: change.from, can: restorable?.from }]
      : []),
    { side: 'TO' as const, caption: t('history.after'), value: change.to, can: restorable?.to },
  ];
  return (
    <div data-field={change.field}>
      <Text size="sm" fw={600} id={labelId}>
        {label}
      </Text>
      {sides.map(({ side, caption, value, can }) => (
        <Group key={side} gap={6} align="baseline" wrap="nowrap">
          <Text size="sm" c="dimmed" component="span" miw={56}>
            {caption}:
          </Text>
          <div>
            <ValueText text={valueText(value, describe(change.field, value))} />
            {can && onRestore ? (
              <Button
                variant="light"
                size="compact-xs"
                ml={6}
                disabled={busy}
                aria-describedby={labelId}
                onClick={() => void onRestore(changeId, change.field, side)}
              >
                {t('history.restore')}
              </Button>
            ) : null}
          </div>
        </Group>
      ))}
    </div>
  );
}
