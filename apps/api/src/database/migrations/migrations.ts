import { Migration } from './migration.js';

/**
 * The schema, in order. Never edit an applied migration: add a new one.
 * Uniqueness constraints on every id; indexes for the lookups and sorts the repositories run;
 * the full-text index over names, titles and descriptions with Lucene's German analyzer.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'unique ids',
    statements: [
      'ActionField',
      'ActorCategory',
      'Actor',
      'Person',
      'Region',
      'Challenge',
      'SolutionApproach',
      'GoodPractice',
      'Guideline',
      'ActionGoal',
      'User',
      'Change',
    ].map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  },
];
