import { FIELD_LABELS, REFUSALS, REQUEST_REFUSALS, badField } from '@netzwerkstatt/domain';

/** Page size limits for every connection. */
export const PAGE = { default: 20, max: 100 } as const;

/**
 * Keyset cursors: the sort value and id of the last row seen, opaque to clients (base64url JSON).
 * The next page starts strictly after that pair, so deep pages cost what the first page costs.
 */
export interface KeysetCursor {
  sort: string | number | null;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(value: string | undefined | null): KeysetCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [sort, id] = parsed as [unknown, string];
      if (sort === null || typeof sort === 'string' || typeof sort === 'number') return { sort, id };
    }
  } catch {
    // fall through to the error below
  }
  throw badField('after', REQUEST_REFUSALS.invalidCursor());
}

/** Clamps `first` to 1..PAGE.max; a bad value is an input error rather than a silent clamp. */
export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return PAGE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE.max) {
    throw badField('first', REFUSALS.outOfRange(FIELD_LABELS.first, 1, PAGE.max));
  }
  return first;
}

/** Turns `limit + 1` fetched rows into a connection page; `totalCount` is null when not counted. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  limit: number,
  totalCount: number | null,
  sortValue: (row: T) => string | number | null,
) {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ sort: sortValue(node), id: node.id }) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor },
  };
}
