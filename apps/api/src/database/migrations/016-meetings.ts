import { Migration } from './migration.js';

/**
 * Meetings, agenda items, action items (found by id; meetings by start time) and calendar links (found
 * by the hash of their secret token).
 */
export const migration016: Migration = {
  version: 16,
  name: '016-meetings',
  statements: [
    'CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE',
    'CREATE INDEX meeting_starts IF NOT EXISTS FOR (m:Meeting) ON (m.startsAt)',
    'CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (i:AgendaItem) REQUIRE i.id IS UNIQUE',
    'CREATE CONSTRAINT action_item_id IF NOT EXISTS FOR (i:ActionItem) REQUIRE i.id IS UNIQUE',
    'CREATE CONSTRAINT calendar_feed_token IF NOT EXISTS FOR (f:CalendarFeed) REQUIRE f.tokenHash IS UNIQUE',
  ],
};
