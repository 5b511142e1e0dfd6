import type { KeysetCursor } from '../../common/pagination/cursor.js';
import type { Tx } from '../../database/neo4j.service.js';
import { findKeysetPage, keysetOrder, type PageRow } from './keyset-page.repository.js';
import type { TitleOrder } from './title-order.js';

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
export interface TitledPageQuery {
  label: TitledLabel;
  /** Cypher predicates on `n`'s own properties, written by the calling repository; values only as parameters. */
  conditions: string[];
  /** Filters by linked ids, the most selective first: without text, the first is where the page starts. */
  links?: LinkFilter[];
  params: Record<string, unknown>;
  lucene: string | null;
  order: TitleOrder;
  after: KeysetCursor | null;
  limit: number;
  projection: string;
  withCount: boolean;
}

/** Titled lists (challenges, solution approaches, good practices, guidelines) on the one pager. */
export function findPage<T>(
  tx: Tx,
  query: TitledPageQuery,
): Promise<{ rows: PageRow<T>[]; total: number | null }> {
  const links = query.links ?? [];
  const exists = (link: LinkFilter) => `EXISTS { MATCH ${link.pattern} WHERE ${link.where} }`;
  const [first, ...others] = links;
  const startsAtLink = !query.lucene && first !== undefined;
  return findKeysetPage<T>(tx, {
    label: query.label,
    order: keysetOrder(query.order.field === 'TITLE' ? 'SORT_KEY' : query.order.field, query.order.direction),
    start: startsAtLink ? `MATCH ${first.pattern} WHERE ${first.where} WITH DISTINCT n` : undefined,
    conditions: [...(startsAtLink ? others : links).map(exists), ...query.conditions],
    lucene: query.lucene,
    params: query.params,
    after: query.after,
    limit: query.limit,
    projection: query.projection,
    withCount: query.withCount,
  });
}
