import type { KeysetCursor } from '../../common/pagination/cursor.js';
import { SEARCH_INDEX } from '../../database/migrations/002-reference-and-search.js';
import type { Tx } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';

/**
 * The order of a list: an expression of `n`, the value a cursor keeps, and how a cursor's value is
 * compared again. Expressions come from the calling repository's constant tables, never from input.
 */
export interface KeysetOrder {
  expression: string;
  cursorValue: string;
  /** `$afterSort`, or `datetime($afterSort)` for timestamps. */
  after: string;
  direction: 'ASC' | 'DESC';
}

/**
 * One page of any list; the listed node is bound to `n` in every Cypher fragment. The one pager of the
 * house: actors, persons, the titled kinds and the history all page through it.
 */
export interface KeysetPageQuery {
  /** The label of the listed nodes. */
  label: string;
  order: KeysetOrder;
  /**
   * Where the page starts when no text is given, ending in a clause that binds `n` and takes a WHERE (e.g. `MATCH (:Actor {id: $actorId})
   * <-[:WORKS_FOR]-(n) WITH DISTINCT n`): from a few linked nodes instead of the whole sort index.
   * Without it the page walks the label's sort index.
   */
  start?: string;
  /** Predicates on `n`, written by the calling repository; values only as parameters. */
  conditions: string[];
  /** A Lucene query for the full-text index, or null for no text criterion. */
  lucene: string | null;
  params: Record<string, unknown>;
  after: KeysetCursor | null;
  limit: number;
  /** A map projection of `n`. */
  projection: string;
  /** Whether the client reads the total; it is not counted otherwise. */
  withCount: boolean;
  /**
   * A statement that returns `total` for the same filter, when it can be counted more cheaply than by
   * walking the page's source (e.g. from the filter's nodes, see the actor list).
   */
  countStatement?: string;
}

export interface PageRow<T> {
  row: T;
  sortValue: string;
}

/**
 * Keyset paging: the page starts strictly after the (sort value, id) of the cursor, so a range seek
 * finds it and page 50 costs what page 1 costs (no SKIP). Where it starts depends on the filter:
 * - by text: from the full-text index, asked once; its hits are sorted whole and counted;
 * - from `start` (linked nodes): a handful to a few hundred candidates, sorted;
 * - otherwise: a range seek on the sort index, delivered in order.
 * The total (same filter, no keyset) is counted in the same statement, and only when `withCount`.
 */
export async function findKeysetPage<T>(
  tx: Tx,
  query: KeysetPageQuery,
): Promise<{ rows: PageRow<T>[]; total: number | null }> {
  const { expression, cursorValue, after, direction } = query.order;
  const beyond = direction === 'ASC' ? '>' : '<';
  const source = query.lucene
    ? `CALL db.index.fulltext.queryNodes($searchIndex, $lucene) YIELD node WITH node AS n`
    : (query.start ?? `MATCH (n:${query.label})`);
  const filter = [`n:${query.label}`, `${expression} IS NOT NULL`, ...query.conditions]
    .map((condition) => `(${condition})`)
    .join(' AND ');
  const keyset = query.after
    ? `${expression} ${beyond}= ${after} AND (${expression} ${beyond} ${after} OR n.id ${beyond} $afterId)`
    : 'true';
  const orderBy = `${expression} ${direction}, n.id ${direction}`;
  const row = `{ row: ${query.projection}, sortValue: ${cursorValue} }`;
  let cypher: string;
  if (query.lucene && query.withCount) {
    cypher = `${source} WHERE ${filter}
      WITH n ORDER BY ${orderBy}
      WITH collect(n) AS hits
      WITH size(hits) AS total, [n IN hits WHERE ${keyset}][0..toInteger($limit)] AS page
      RETURN total, [n IN page | ${row}] AS rows`;
  } else {
    const page = `CALL () {
        ${source} WHERE ${filter} AND ${keyset}
        WITH n ORDER BY ${orderBy} LIMIT toInteger($limit)
        RETURN collect(${row}) AS rows
      }`;
    const count =
      query.lucene || !query.countStatement
        ? `${source} WHERE ${filter} RETURN count(n) AS total`
        : query.countStatement;
    cypher = query.withCount
      ? `CALL () { ${count} } ${page} RETURN total, rows`
      : `${page} RETURN null AS total, rows`;
  }
  const result = await tx.run(cypher, {
    ...query.params,
    searchIndex: SEARCH_INDEX,
    lucene: query.lucene,
    afterSort: query.after?.sort ?? null,
    afterId: query.after?.id ?? null,
    limit: query.limit + 1,
  });
  const record = result.records[0];
  const total = record.get('total') as number | null;
  return {
    total: total === null ? null : Number(total),
    rows: toPlain(record.get('rows')) as PageRow<T>[],
  };
}

/** The orders every dated list offers; a name or title order adds its `sortKey`. */
export function keysetOrder(
  field: 'SORT_KEY' | 'CREATED_AT' | 'UPDATED_AT',
  direction: 'ASC' | 'DESC',
): KeysetOrder {
  // Timestamps go into cursors as Neo4j's own string, full precision: a millisecond-rounded value
  // would skip rows created within the same millisecond.
  switch (field) {
    case 'SORT_KEY':
      return { expression: 'n.sortKey', cursorValue: 'n.sortKey', after: '$afterSort', direction };
    case 'CREATED_AT':
      return {
        expression: 'n.createdAt',
        cursorValue: 'toString(n.createdAt)',
        after: 'datetime($afterSort)',
        direction,
      };
    case 'UPDATED_AT':
      return {
        expression: 'n.updatedAt',
        cursorValue: 'toString(n.updatedAt)',
        after: 'datetime($afterSort)',
        direction,
      };
  }
}
