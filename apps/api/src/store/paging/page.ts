import { badField, REQUEST_REFUSALS } from '@netzwerkstatt/domain';
import { decodeCursor, toConnection, type KeysetCursor } from '../../common/pagination/cursor.js';
import type { PageRow } from './keyset-page.repository.js';
import type { TitleOrder } from './title-order.js';

/** Turns a fetched keyset page (limit + 1 rows) into a Relay connection. */
export function toPage<T extends { id: string }>(
  page: { rows: PageRow<T>[]; total: number | null },
  limit: number,
) {
  const sortOf = new Map(page.rows.map(({ row, sortValue }) => [row.id, sortValue]));
  return toConnection(
    page.rows.map(({ row }) => row),
    limit,
    page.total,
    (row) => sortOf.get(row.id) ?? null,
  );
}

/**
 * Decodes `after` and makes sure it can continue a list in this order: a cursor from a list sorted by
 * title cannot continue one sorted by time, and would otherwise fail in the database instead of here.
 */
export function cursorFor(after: string | null | undefined, order: TitleOrder): KeysetCursor | null {
  const cursor = decodeCursor(after);
  if (!cursor) return null;
  const fits =
    typeof cursor.sort === 'string' && (order.field === 'TITLE' || !Number.isNaN(Date.parse(cursor.sort)));
  if (fits) return cursor;
  throw badField('after', REQUEST_REFUSALS.cursorOrderMismatch());
}
