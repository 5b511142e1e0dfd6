import type { KeysetCursor } from '../../common/pagination/cursor.js';
import type { Tx } from '../../database/neo4j.service.js';
import { findKeysetPage, keysetOrder, type PageRow } from './keyset-page.repository.js';
import { checkIds, InputCheck, toLuceneQuery } from '@netzwerkstatt/domain';
import { pageSize } from '../../common/pagination/cursor.js';
import { cursorFor, toPage } from './page.js';
import { DEFAULT_TITLE_ORDER, type TitleOrder } from './title-order.js';

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

/** What a titled list asks its repository for, once the arguments are checked. */
export interface TitledPageRequest {
  lucene: string | null;
  order: TitleOrder;
  after: KeysetCursor | null;
  limit: number;
  withCount: boolean;
}

export interface TitledListQuery<F> {
  first?: number | null;
  after?: string | null;
  filter?: F | null;
  orderBy?: TitleOrder | null;
}

/**
 * A titled list as a Relay connection: checks the id filters, turns the text into a safe Lucene query,
 * continues after the cursor in the asked order, and asks `fetch` for one page.
 */
export async function listTitled<F extends { text?: string | null }, T extends { id: string }>(
  query: TitledListQuery<F>,
  withCount: boolean,
  idFilters: readonly (keyof F & string)[],
  fetch: (filter: F, request: TitledPageRequest) => Promise<{ rows: PageRow<T>[]; total: number | null }>,
) {
  const limit = pageSize(query.first);
  const order = query.orderBy ?? DEFAULT_TITLE_ORDER;
  const filter = query.filter ?? ({} as F);
  const check = new InputCheck();
  for (const name of idFilters)
    checkIds(check, `filter.${name}`, filter[name] as string[] | null | undefined);
  check.done();
  const page = await fetch(filter, {
    lucene: toLuceneQuery(filter.text),
    order,
    after: cursorFor(query.after, order),
    limit,
    withCount,
  });
  return toPage(page, limit);
}
