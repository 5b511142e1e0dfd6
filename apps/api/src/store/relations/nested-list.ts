import { PAGE } from '../../common/pagination/cursor.js';

/**
 * Cost of a nested list field for the query cost limit. Such lists are short (the links of one node),
 * so a fixed estimate stands in for a page size.
 */
export function nestedListComplexity({ childComplexity }: { childComplexity: number }): number {
  return 1 + childComplexity * 5;
}

/**
 * Cost of a nested list that grows with the network rather than with one node's links (the challenges
 * of an action field: a ninth of all challenges): estimated like a connection's default page.
 */
export function growingListComplexity({ childComplexity }: { childComplexity: number }): number {
  return 1 + childComplexity * PAGE.default;
}
