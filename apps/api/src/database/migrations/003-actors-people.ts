import { Migration } from './migration.js';

/**
 * Keyset paging of actors by creation or change time (sortKey, statewide and the search index are
 * in 002). The id tie-breaker needs no index of its own: it only orders rows with equal timestamps.
 */
export const migration003: Migration = {
  version: 3,
  name: '003-actors-people',
  statements: [
    'CREATE INDEX actor_created_at IF NOT EXISTS FOR (n:Actor) ON (n.createdAt)',
    'CREATE INDEX actor_updated_at IF NOT EXISTS FOR (n:Actor) ON (n.updatedAt)',
  ],
};
