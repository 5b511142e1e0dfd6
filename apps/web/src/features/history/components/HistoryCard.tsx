import { Paper } from '@mantine/core';
import { HistoryList } from './HistoryList';

/** The change history as the last card of an entity's page; with `revision`, earlier values can be restored. */
export function HistoryCard({ entityId, revision }: { entityId: string; revision?: number }) {
  return (
    <Paper withBorder p="lg">
      <HistoryList entityId={entityId} revision={revision} />
    </Paper>
  );
}
