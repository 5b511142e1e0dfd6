import type { CommentRange } from './editorAnchor';

interface OrderableThread {
  id: string;
  resolved: boolean;
  createdAt: string;
}

/** A thread with where its text is now (null: the text was deleted). */
export type PlacedThread<T> = T & { range: CommentRange | null };

/**
 * The threads to list, in the order of their text in the document; threads whose text was deleted
 * follow, oldest first, so none is lost. Resolved threads only when asked for.
 */
export function orderThreads<T extends OrderableThread>(
  threads: readonly T[],
  ranges: Record<string, CommentRange | null>,
  showResolved: boolean,
): PlacedThread<T>[] {
  return threads
    .filter((thread) => showResolved || !thread.resolved)
    .map((thread) => ({ ...thread, range: ranges[thread.id] ?? null }))
    .sort((a, b) => {
      if (a.range && b.range) return a.range.from - b.range.from || a.range.to - b.range.to;
      if (a.range || b.range) return a.range ? -1 : 1;
      return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
    });
}

/** The innermost thread whose text holds the position, for marking it in the panel. */
export function threadAt(ranges: Record<string, CommentRange | null>, position: number): string | null {
  let found: { id: string; size: number } | null = null;
  for (const [id, range] of Object.entries(ranges)) {
    if (!range || position < range.from || position > range.to) continue;
    const size = range.to - range.from;
    if (!found || size < found.size) found = { id, size };
  }
  return found?.id ?? null;
}
