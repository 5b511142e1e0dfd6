import { Migration } from './migration.js';

const LABELS = [
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
];

/** Every node has a stable opaque id, unique per label. */
export const migration001: Migration = {
  version: 1,
  name: 'unique ids',
  statements: LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
};
