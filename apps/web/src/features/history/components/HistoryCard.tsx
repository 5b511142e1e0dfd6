import { Paper } from '@mantine/core';
import { HistoryList } from './HistoryList';

/** The change history as the last card of an entity's page. */
export function HistoryCard({ entityId }: { entityId: string }) {
  return (
    <Paper withBorder p="lg">
      <HistoryList entityId={entityId} />
    </Paper>
  );
}
