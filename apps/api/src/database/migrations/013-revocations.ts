import { Migration } from './migration.js';

/**
 * The one (:Revocations) node whose counter every account or session change raises, so each server
 * notices within a fraction of a second (see ARCHITECTURE.md, "Session cache"); unique, so two first
 * changes at once cannot create two.
 */
export const migration013: Migration = {
  version: 13,
  name: '013-revocations',
  statements: ['CREATE CONSTRAINT revocations_id IF NOT EXISTS FOR (r:Revocations) REQUIRE r.id IS UNIQUE'],
};
