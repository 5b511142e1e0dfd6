import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';

interface ListResultsProps<C> {
  /** The current page, or the previous one while the next loads (so the list does not flicker). */
  connection: C | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  children: (connection: C) => ReactNode;
}

/** A list's loading and error states until the first page is there; afterwards the page itself. */
export function ListResults<C>({ connection, loading, error, refetch, children }: ListResultsProps<C>) {
  return (
    <>
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <LoadingState /> : null}
      {connection ? children(connection) : null}
    </>
  );
}

/** "n Einträge" above a list, announced politely when a filter changes it. */
export function ListCount({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
      {children}
    </Text>
  );
}
