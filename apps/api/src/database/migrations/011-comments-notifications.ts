import { Migration } from './migration.js';

/**
 * Comments and notifications: found by id (unique, so a create's client id is unique too), a person's
 * notifications newest first.
 */
export const migration011: Migration = {
  version: 11,
  name: '011-comments-notifications',
  statements: [
    'CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (c:Comment) REQUIRE c.id IS UNIQUE',
    'CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX notification_created IF NOT EXISTS FOR (n:Notification) ON (n.createdAt)',
  ],
};
