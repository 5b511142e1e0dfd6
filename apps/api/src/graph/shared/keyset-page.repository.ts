import type { KeysetCursor } from '../../common/pagination/cursor.js';
import { SEARCH_INDEX } from '../../database/migrations/002-reference-and-search.js';
import type { Tx } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';
import type { TitleOrder, TitleOrderField } from './title-order.js';

export type TitledLabel = 'Challenge' | 'SolutionApproach' | 'GoodPractice' | 'Guideline';

/** One page of a titled kind of node, the node bound to `n` in every Cypher fragment. */
export interface PageQuery {
  label: TitledLabel;
  /** Cypher predicates on `n`, written by the calling repository; values only ever as parameters. */
  conditions: string[];
  params: Record<string, unknown>;
  /** A Lucene query for the full-text index, or null for no text criterion. */
  lucene: string | null;
  order: TitleOrder;
  after: KeysetCursor | null;
  limit: number;
  /** A map projection of `n`, e.g. `n { .id, .title }`. */
  projection: string;
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
 * Keyset paging: the page starts strictly after the (sort value, id) of the cursor, with a range
 * predicate the sort-key index can seek and deliver in order, so page 50 costs what page 1 costs.
 * The total runs the same filter without the keyset, in the same statement.
 */
export async function findPage<T>(tx: Tx, query: PageQuery): Promise<{ rows: PageRow<T>[]; total: number }> {
  const sort = SORT[query.order.field];
  const direction = query.order.direction === 'DESC' ? 'DESC' : 'ASC';
  const beyond = direction === 'ASC' ? '>' : '<';
  const source = query.lucene
    ? `CALL db.index.fulltext.queryNodes($searchIndex, $lucene) YIELD node WITH node AS n WHERE n:${query.label}`
    : `MATCH (n:${query.label}) WHERE true`;
  const filter = query.conditions.map((condition) => ` AND (${condition})`).join('');
  const keyset = query.after
    ? ` AND ${sort.expression} ${beyond}= ${sort.param} AND (${sort.expression} ${beyond} ${sort.param} OR n.id ${beyond} $afterId)`
    : ` AND ${sort.expression} IS NOT NULL`;
  const result = await tx.run(
    `CALL () { ${source}${filter} RETURN count(n) AS total }
     CALL () {
       ${source}${filter}${keyset}
       WITH n ORDER BY ${sort.expression} ${direction}, n.id ${direction} LIMIT toInteger($limit)
       RETURN collect({ row: ${query.projection}, sortValue: ${sort.value} }) AS rows
     }
     RETURN total, rows`,
    {
      ...query.params,
      searchIndex: SEARCH_INDEX,
      lucene: query.lucene,
      afterSort: query.after?.sort ?? null,
      afterId: query.after?.id ?? null,
      limit: query.limit + 1,
    },
  );
  const record = result.records[0];
  return { total: Number(record.get('total')), rows: toPlain(record.get('rows')) as PageRow<T>[] };
}
