import { SEARCHABLE_TYPES } from '@netzwerkstatt/domain';
import { Migration } from './migration.js';

/** Labels whose nodes are listed by name or title and paged by keyset on (sortKey, id). */
const SORTED = ['Actor', 'Person', 'Challenge', 'SolutionApproach', 'GoodPractice', 'Guideline'];
const TITLED = ['Challenge', 'SolutionApproach', 'GoodPractice'];

/** Everything the one search box finds (libs/domain, where the client reads it too). */
export const SEARCHABLE_LABELS = SEARCHABLE_TYPES;
export const SEARCH_INDEX = 'search_text';

/**
 * Reference data is merged by its natural key on every start, so those keys are unique (which also
 * makes concurrent starts safe: MERGE on a uniquely constrained property takes a lock). The full-text
 * index uses Lucene's German analyzer, which folds ä/ae, ö/oe, ü/ue and ß/ss to one form and stems
 * light plurals, in the index and in the query alike; it does not split compounds (see ARCHITECTURE.md).
 */
export const migration002: Migration = {
  version: 2,
  name: '002-reference-and-search',
  statements: [
    'CREATE CONSTRAINT actionfield_key IF NOT EXISTS FOR (n:ActionField) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT actorcategory_key IF NOT EXISTS FOR (n:ActorCategory) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT actiongoal_number IF NOT EXISTS FOR (n:ActionGoal) REQUIRE n.number IS UNIQUE',
    'CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE',
    ...SORTED.map(
      (label) => `CREATE INDEX ${label.toLowerCase()}_sortkey IF NOT EXISTS FOR (n:${label}) ON (n.sortKey)`,
    ),
    ...TITLED.map(
      (label) => `CREATE INDEX ${label.toLowerCase()}_title IF NOT EXISTS FOR (n:${label}) ON (n.title)`,
    ),
    'CREATE INDEX change_entityid IF NOT EXISTS FOR (n:Change) ON (n.entityId)',
    'CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at)',
    'CREATE INDEX actor_statewide IF NOT EXISTS FOR (n:Actor) ON (n.statewide)',
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
       FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.title, n.description]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'german', \`fulltext.eventually_consistent\`: false } }`,
  ],
};
