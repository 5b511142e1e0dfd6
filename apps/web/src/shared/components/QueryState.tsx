import type { ReactNode } from 'react';
import { isNotFound } from '../errors/apiError';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { NotFoundState, type ListLink } from './NotFoundState';

interface QueryStateProps<T> {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
  /** Where a NOT_FOUND answer leads back to (the record's list); the start page when not given. */
  list?: ListLink;
  children: (data: T) => ReactNode;
}

/**
 * The states of a query in one place: loading, not found (with the way back to the list), failed
 * (with a retry), or the data. Data already in the cache is shown even while it is refreshed.
 */
export function QueryState<T>({ data, loading, error, refetch, list, children }: QueryStateProps<T>) {
  if (data !== undefined && data !== null) return <>{children(data)}</>;
  if (error && isNotFound(error)) return <NotFoundState error={error} list={list} />;
  if (error) return <ErrorState error={error} onRetry={refetch ? () => void refetch() : undefined} />;
  if (loading) return <LoadingState />;
  return <LoadingState />;
}
