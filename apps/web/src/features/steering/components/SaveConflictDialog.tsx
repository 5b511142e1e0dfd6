import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../../../shared/forms/ConflictDialog';
import type { PendingConflict } from '../hooks/useRevisionedSave';

/**
 * Someone else changed the record between loading the board and this save: the person keeps their
 * value (sent again on the stored revision, `onKeepMine`) or takes the stored one (`onKeepTheirs`).
 */
export function SaveConflictDialog({
  pending,
  onKeepMine,
  onKeepTheirs,
  describeValue,
}: {
  pending: PendingConflict;
  onKeepMine: (revision: number) => void;
  onKeepTheirs: () => void;
  describeValue: (field: string, value: unknown) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ConflictDialog
      conflict={pending.conflict}
      fieldLabel={(field) => t(`steering.fields.${field}`)}
      describeValue={describeValue}
      onApply={(choices) =>
        Object.values(choices).some((side) => side === 'mine')
          ? onKeepMine(pending.conflict.current.revision)
          : onKeepTheirs()
      }
      onCancel={onKeepTheirs}
    />
  );
}
