import type { KeysetCursor } from '../../common/pagination/cursor.js';
import { SEARCH_INDEX } from '../../database/migrations/002-reference-and-search.js';
import type { Tx } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';
import type { TitleOrder, TitleOrderField } from './title-order.js';

export type TitledLabel = 'Challenge' | 'SolutionApproach' | 'GoodPractice' | 'Guideline';

/**
 * A filter by linked ids: `pattern` reaches `n` from the linked nodes, `where` picks them, e.g.
 * `(c:Challenge)<-[:ADDRESSES]-(n)` and `c.id IN $challengeIds`. Both written by the calling repository.
 */
export interface LinkFilter {
  pattern: string;
  where: string;
}

/** One page of a titled kind of node, the node bound to `n` in every Cypher fragment. */
export interface PageQuery {
  label: TitledLabel;
  /** Cypher predicates on `n`'s own properties, written by the calling repository; values only as parameters. */
  conditions: string[];
  /** Filters by linked ids, the most selective first: without text, the first is where the page starts. */
  links?: LinkFilter[];
  params: Record<string, unknown>;
  /** A Lucene query for the full-text index, or null for no text criterion. */
  lucene: string | null;
  order: TitleOrder;
  after: KeysetCursor | null;
  limit: number;
  /** A map projection of `n`, e.g. `n { .id, .title }`. */
  projection: string;
  /** Whether the client reads the total; it is not counted otherwise. */
  withCount: boolean;
}

export interface PageRow<T> {
  row: T;
  sortValue: string;
}

// Timestamps go into cursors as Neo4j's own string, full precision: a millisecond-rounded value
// would skip rows created within the same millisecond.
const SORT: Record<TitleOrderField, { expression: string; value: string; param: string }> = {
  TITLE: { expression: 'n.sortKey', value: 'n.sortKey', param: '$afterSort' },
  CREATED_AT: { expression: 'n.createdAt', value: 'toString(n.createdAt)', param: 'datetime($afterSort)' },
  UPDATED_AT: { expression: 'n.updatedAt', value: 'toString(n.updatedAt)', param: 'datetime($afterSort)' },
};

/**
 * Keyset paging: the page starts strictly after the (sort value, id) of the cursor. Where it starts
 * depends on the filter, so each case reads as little as it can:
 * - by linked ids: from the linked nodes (a handful to a few hundred candidates, sorted), instead of
 *   testing every node of the label;
 * - by text: from the full-text index, queried once; its hits are sorted whole and counted;
 * - otherwise: a range seek on the sort index, delivered in order, so page 50 costs what page 1 costs.
 * The total (same filter, no keyset) is counted in the same statement, and only when `withCount`.
 */
export async function findPage<T>(
  tx: Tx,
  query: PageQuery,
): Promise<{ rows: PageRow<T>[]; total: number | null }> {
  const sort = SORT[query.order.field];
  const direction = query.order.direction === 'DESC' ? 'DESC' : 'ASC';
  const beyond = direction === 'ASC' ? '>' : '<';
  const links = query.links ?? [];
  const exists = (link: LinkFilter) => `EXISTS { MATCH ${link.pattern} WHERE ${link.where} }`;
  let source: string;
  let conditions: string[];
  if (query.lucene) {
    source = `CALL db.index.fulltext.queryNodes($searchIndex, $lucene) YIELD node WITH node AS n`;
    conditions = [...links.map(exists), ...query.conditions];
  } else if (links.length > 0) {
    source = `MATCH ${links[0].pattern} WHERE ${links[0].where} WITH DISTINCT n`;
    conditions = [...links.slice(1).map(exists), ...query.conditions];
  } else {
    source = `MATCH (n:${query.label})`;
    conditions = query.conditions;
  }
  const filter = [`n:${query.label}`, `${sort.expression} IS NOT NULL`, ...conditions]
    .map((condition) => `(${condition})`)
    .join(' AND ');
  const keyset = query.after
    ? `${sort.expression} ${beyond}= ${sort.param} AND (${sort.expression} ${beyond} ${sort.param} OR n.id ${beyond} $afterId)`
    : 'true';
  const orderBy = `${sort.expression} ${direction}, n.id ${direction}`;
  const row = `{ row: ${query.projection}, sortValue: ${sort.value} }`;
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
    cypher = query.withCount
      ? `CALL () { ${source} WHERE ${filter} RETURN count(n) AS total } ${page} RETURN total, rows`
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
