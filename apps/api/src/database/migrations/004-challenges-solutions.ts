import { Migration } from './migration.js';

/** Kinds listed with keyset paging by title (indexed in 002) or by creation and change time (here). */
const LISTED = ['Challenge', 'SolutionApproach', 'GoodPractice', 'Guideline'];

/**
 * Filters and orders of the challenge, solution, good-practice and guideline lists that 002 does not
 * index: statuses and priority (list filters), and the audit timestamps (newest / recently changed first).
 */
export const migration004: Migration = {
  version: 4,
  name: '004-challenges-solutions',
  statements: [
    'CREATE INDEX challenge_status IF NOT EXISTS FOR (n:Challenge) ON (n.status)',
    'CREATE INDEX challenge_priority IF NOT EXISTS FOR (n:Challenge) ON (n.priority)',
    'CREATE INDEX solutionapproach_status IF NOT EXISTS FOR (n:SolutionApproach) ON (n.status)',
    'CREATE INDEX guideline_status IF NOT EXISTS FOR (n:Guideline) ON (n.status)',
    ...LISTED.flatMap((label) => [
      `CREATE INDEX ${label.toLowerCase()}_createdat IF NOT EXISTS FOR (n:${label}) ON (n.createdAt)`,
      `CREATE INDEX ${label.toLowerCase()}_updatedat IF NOT EXISTS FOR (n:${label}) ON (n.updatedAt)`,
    ]),
  ],
};
