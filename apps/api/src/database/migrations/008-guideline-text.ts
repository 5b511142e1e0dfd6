import { Migration } from './migration.js';

/**
 * Co-edited guideline text: one (:GuidelineContent) per guideline (unique, so two servers seeding the
 * same new document at once end with one seed), and the update log, whose (guidelineId, seq) is unique
 * and read per guideline in seq order.
 */
export const migration008: Migration = {
  version: 8,
  name: '008-guideline-text',
  statements: [
    'CREATE CONSTRAINT guidelinecontent_guideline IF NOT EXISTS FOR (c:GuidelineContent) REQUIRE c.guidelineId IS UNIQUE',
    'CREATE CONSTRAINT guidelineupdate_seq IF NOT EXISTS FOR (u:GuidelineUpdate) REQUIRE (u.guidelineId, u.seq) IS UNIQUE',
    'CREATE INDEX guidelineupdate_guideline IF NOT EXISTS FOR (u:GuidelineUpdate) ON (u.guidelineId)',
  ],
};
