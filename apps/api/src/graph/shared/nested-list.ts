/**
 * Cost of a nested list field for the query cost limit. Such lists are short (the links of one node),
 * so a fixed estimate stands in for a page size.
 */
export function nestedListComplexity({ childComplexity }: { childComplexity: number }): number {
  return 1 + childComplexity * 5;
}
