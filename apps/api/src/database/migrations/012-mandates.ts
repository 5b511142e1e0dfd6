import { Migration } from './migration.js';

/** Steering group mandates: found by id (unique, so a create's client id is unique too) and by their days. */
export const migration012: Migration = {
  version: 12,
  name: '012-mandates',
  statements: [
    'CREATE CONSTRAINT mandate_id IF NOT EXISTS FOR (m:Mandate) REQUIRE m.id IS UNIQUE',
    'CREATE INDEX mandate_start IF NOT EXISTS FOR (m:Mandate) ON (m.startDate)',
    'CREATE INDEX mandate_end IF NOT EXISTS FOR (m:Mandate) ON (m.endDate)',
  ],
};
