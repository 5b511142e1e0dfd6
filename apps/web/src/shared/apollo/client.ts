import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

/** Operations that may legitimately answer UNAUTHENTICATED without meaning "your session ended". */
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'SetupFirstAdmin', 'Me']);

export interface ApolloClientOptions {
  /** Called once per failing request whose session is gone (expired, signed out elsewhere). */
  onSessionExpired: () => void;
  uri?: string;
}

export function createApolloClient({
  onSessionExpired,
  uri = '/graphql',
}: ApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const expired = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (expired && !SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) onSessionExpired();
  });

  return new ApolloClient({
    // Same origin: the session cookie travels with every request, and no CORS set-up is needed.
    link: ApolloLink.from([errorLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    // Paged lists are fetched page by page (each page its own cache entry, keyed by all arguments).
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
