import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { syncPill, type SyncState } from './syncStatus';

const COLORS = { saved: 'teal', unsaved: 'orange', offline: 'red', connecting: 'gray' } as const;

/** „Gespeichert“, „Nicht gespeichert“, „Offline“ or „Wird verbunden …“, announced when it changes. */
export function SyncStatusPill({ sync }: { sync: SyncState }) {
  const { t } = useTranslation();
  const pill = syncPill(sync);
  const detail =
    pill === 'offline' && sync.unsaved
      ? t('guidelines.editor.sync.offlineUnsaved')
      : t(`guidelines.editor.sync.detail.${pill}`);
  return (
    <Badge
      role="status"
      aria-live="polite"
      variant="light"
      color={COLORS[pill]}
      size="lg"
      tt="none"
      title={detail}
      data-sync={pill}
    >
      {t(`guidelines.editor.sync.${pill}`)}
      <VisuallyHidden>{` – ${detail}`}</VisuallyHidden>
    </Badge>
  );
}
