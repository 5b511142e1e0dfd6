import { Button, Group } from '@mantine/core';
import { useGraphTexts } from '../hooks/useGraphTexts';

interface HistoryBarProps {
  canUndo: boolean;
  canRedo: boolean;
  canClear: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
}

/** Undo, redo (also Strg+Z / Strg+Y) and starting over. */
export function HistoryBar({ canUndo, canRedo, canClear, onUndo, onRedo, onClear }: HistoryBarProps) {
  const { t } = useGraphTexts();
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" disabled={!canUndo} onClick={onUndo} aria-keyshortcuts="Control+Z">
        {t('graph.history.undo')}
      </Button>
      <Button size="xs" variant="default" disabled={!canRedo} onClick={onRedo} aria-keyshortcuts="Control+Y">
        {t('graph.history.redo')}
      </Button>
      <Button size="xs" variant="subtle" color="red" disabled={!canClear} onClick={onClear}>
        {t('graph.history.clear')}
      </Button>
    </Group>
  );
}
