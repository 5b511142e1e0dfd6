import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';

/** What every Relay connection of the API has; enough to walk it page by page. */
export interface PagedConnection<N> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: N }[];
}

/** The API's largest page; an export walks the list in as few requests as that allows. */
export const EXPORT_PAGE_SIZE = 100;

/** A bound against walking forever (a server bug, or a list far beyond what the network has). */
export const EXPORT_MAX_ROWS = 50_000;

/**
 * Every node of a paged list with the page's filter, fetched fresh from the server (an export must show
 * what is stored now, not what the cache remembers). `onProgress` gets the count fetched so far.
 */
export async function fetchAllPages<
  Q,
  V extends OperationVariables & { first?: number | null; after?: string | null },
  N,
>(
  client: ApolloClient,
  query: TypedDocumentNode<Q, V>,
  variables: Omit<V, 'first' | 'after'>,
  select: (data: Q) => PagedConnection<N>,
  onProgress?: (fetched: number) => void,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await client.query({
      query,
      variables: { ...variables, first: EXPORT_PAGE_SIZE, after } as unknown as V,
      fetchPolicy: 'no-cache',
    });
    if (result.error) throw result.error;
    const connection = select(result.data as Q);
    nodes.push(...connection.edges.map((edge) => edge.node));
    onProgress?.(nodes.length);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || nodes.length >= EXPORT_MAX_ROWS)
      return nodes;
    after = connection.pageInfo.endCursor;
  }
}
