import { Migration } from './migration.js';

/**
 * The write path: the Papierkorb (`:Trashed` nodes keep their id; unique, so a restore or a client's
 * retried create can never meet a second node with it) and restoring earlier values (changes by id).
 */
export const migration007: Migration = {
  version: 7,
  name: '007-write-path',
  statements: [
    'CREATE CONSTRAINT trashed_id IF NOT EXISTS FOR (n:Trashed) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX trashed_at IF NOT EXISTS FOR (n:Trashed) ON (n.trashedAt)',
    'CREATE INDEX change_id IF NOT EXISTS FOR (n:Change) ON (n.id)',
  ],
};
