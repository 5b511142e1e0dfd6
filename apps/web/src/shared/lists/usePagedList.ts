import { useEffect, useState } from 'react';

/**
 * Keyset paging for a list page: remembers the cursors of the pages before the current one, so "previous"
 * works, and starts again at the first page whenever one of `resetOn` (the filter values) changes.
 */
export function usePagedList(resetOn: readonly unknown[]) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  // The caller's filter values are the dependencies, compared one by one like any effect's.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setCursors([null]), resetOn);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    previous: () => setCursors((c) => c.slice(0, -1)),
    next: (endCursor: string | null | undefined) => setCursors((c) => [...c, endCursor ?? null]),
  };
}

export type PagedList = ReturnType<typeof usePagedList>;
