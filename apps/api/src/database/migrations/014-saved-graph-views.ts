import { Migration } from './migration.js';

/** Saved graph views: found by id (unique, so a create's client id is unique too), listed by last change. */
export const migration014: Migration = {
  version: 14,
  name: '014-saved-graph-views',
  statements: [
    'CREATE CONSTRAINT savedgraphview_id IF NOT EXISTS FOR (v:SavedGraphView) REQUIRE v.id IS UNIQUE',
    'CREATE INDEX savedgraphview_updated IF NOT EXISTS FOR (v:SavedGraphView) ON (v.updatedAt)',
  ],
};
