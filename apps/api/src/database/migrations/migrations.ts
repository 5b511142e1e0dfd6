import { Migration } from './migration.js';
import { migration001 } from './001-unique-ids.js';
import { migration002 } from './002-reference-and-search.js';
import { migration003 } from './003-actors-people.js';
import { migration004 } from './004-challenges-solutions.js';
import { migration005 } from './005-accounts.js';
import { migration006 } from './006-legal-and-imports.js';
import { migration007 } from './007-write-path.js';
import { migration008 } from './008-guideline-text.js';
import { migration009 } from './009-search-guideline-text.js';
import { migration010 } from './010-guideline-versions.js';
import { migration011 } from './011-comments-notifications.js';
import { migration012 } from './012-mandates.js';
import { migration013 } from './013-revocations.js';
import { migration014 } from './014-saved-graph-views.js';
import { migration015 } from './015-account-links.js';
import { migration016 } from './016-meetings.js';

/** The schema, in order. Never edit an applied migration: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
];
