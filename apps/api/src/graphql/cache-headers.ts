import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL response is personal or access-controlled, so no cache may keep it: `no-store`, as
 * Apollo's cache-control plugin answers when no field carries a cache hint (none does). That plugin is
 * switched off (graphql.config.ts) because it wraps every field resolver to collect hints, a cost paid
 * per field of every response, for a header that never changes.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
