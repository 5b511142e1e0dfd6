import { Migration } from './migration.js';

/**
 * Legal pages (Impressum, Datenschutz, Barrierefreiheit). The actor import needs no schema of its own:
 * it checks names through the actor sort-key index (002) and writes what createActor writes.
 */
export const migration006: Migration = {
  version: 6,
  name: '006-legal-and-imports',
  statements: [
    'CREATE CONSTRAINT legalpage_id IF NOT EXISTS FOR (p:LegalPage) REQUIRE p.id IS UNIQUE',
    // One node per page key; also makes two concurrent first saves of a page merge into one.
    'CREATE CONSTRAINT legal_page_key IF NOT EXISTS FOR (p:LegalPage) REQUIRE p.key IS UNIQUE',
  ],
};
