import { Migration } from './migration.js';

/** Accounts and sessions (see ARCHITECTURE.md, "Accounts and sessions"). */
export const migration005: Migration = {
  version: 5,
  name: '005-accounts',
  statements: [
    // E-mail addresses are stored lower-cased, so this makes them unique regardless of case.
    'CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE',
    'CREATE INDEX user_sort_key IF NOT EXISTS FOR (u:User) ON (u.sortKey)',
    'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE',
    // Every authenticated request looks its session up by this hash; unique, which also indexes it.
    'CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE',
    // "My data" lists a person's changes.
    'CREATE INDEX change_user IF NOT EXISTS FOR (c:Change) ON (c.userId)',
  ],
};
