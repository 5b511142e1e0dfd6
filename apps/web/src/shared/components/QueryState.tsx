import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface QueryStateProps<T> {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
  children: (data: T) => ReactNode;
}

/**
 * The three states of a query in one place: loading, failed (with a retry), or the data. Data
 * already in the cache is shown even while it is refreshed.
 */
export function QueryState<T>({ data, loading, error, refetch, children }: QueryStateProps<T>) {
  if (data !== undefined && data !== null) return <>{children(data)}</>;
  if (error) return <ErrorState error={error} onRetry={refetch ? () => void refetch() : undefined} />;
  if (loading) return <LoadingState />;
  return <LoadingState />;
}
