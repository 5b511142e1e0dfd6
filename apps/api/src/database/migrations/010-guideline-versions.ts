import { Migration } from './migration.js';

/**
 * What a guideline's text keeps besides its live state: published versions, numbered per guideline
 * (the number is unique within the guideline, so two publications cannot both become version 2),
 * revisions (snapshots while people write, and named ones) found by id, and templates by id and name.
 */
export const migration010: Migration = {
  version: 10,
  name: '010-guideline-versions',
  statements: [
    'CREATE CONSTRAINT guidelineversion_number IF NOT EXISTS FOR (v:GuidelineVersion) REQUIRE (v.guidelineId, v.number) IS UNIQUE',
    'CREATE CONSTRAINT guidelinerevision_id IF NOT EXISTS FOR (r:GuidelineRevision) REQUIRE r.id IS UNIQUE',
    'CREATE CONSTRAINT guidelinetemplate_id IF NOT EXISTS FOR (t:GuidelineTemplate) REQUIRE t.id IS UNIQUE',
    'CREATE INDEX guidelinetemplate_sortkey IF NOT EXISTS FOR (t:GuidelineTemplate) ON (t.sortKey)',
  ],
};
