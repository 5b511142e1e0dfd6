import { SEARCH_INDEX, SEARCHABLE_LABELS } from './002-reference-and-search.js';
import { Migration } from './migration.js';

/**
 * The search box finds a guideline by its text: `search_text` gets the guideline's `bodyText` (the
 * plain text of its co-edited document, copied onto the node at every compaction). A full-text index
 * cannot gain a property, so it is dropped and created again with the same analyzer; the last statement
 * waits until it is online again, so no search runs against a half-filled index.
 */
export const migration009: Migration = {
  version: 9,
  name: '009-search-guideline-text',
  statements: [
    `DROP INDEX ${SEARCH_INDEX} IF EXISTS`,
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
       FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.title, n.description, n.bodyText]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'german', \`fulltext.eventually_consistent\`: false } }`,
    `CALL db.awaitIndex('${SEARCH_INDEX}', 600)`,
  ],
};
