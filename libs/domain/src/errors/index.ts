import { ACCOUNT_REASONS } from './accounts.js';
import { ACTOR_REASONS } from './actors.js';
import { GRAPH_REASONS } from './graph.js';
import { GUIDELINE_REASONS } from './guidelines.js';
import { IMPORT_REASONS } from './imports.js';
import { MANDATE_REASONS } from './mandates.js';
import { MEETING_REASONS } from './meetings.js';
import { PERSON_REASONS } from './persons.js';
import { REASONS } from './reasons.js';
import { REQUEST_REASONS } from './requests.js';
import { SEED_REASONS } from './seeds.js';
import { WRITE_REASONS } from './write.js';

export * from './domain-error.js';
export * from './reasons.js';
export * from './refuse.js';
export * from './write.js';
export * from './actors.js';
export * from './persons.js';
export * from './guidelines.js';
export * from './accounts.js';
export * from './imports.js';
export * from './requests.js';
export * from './seeds.js';
export * from './graph.js';
export * from './mandates.js';
export * from './meetings.js';

/**
 * Every table of reasons: the common ones and each concept's. A concept that adds a reason adds it to
 * its table here (and its message to the table beside it); the keys are what clients rely on.
 */
export const REASON_TABLES = {
  common: REASONS,
  write: WRITE_REASONS,
  actors: ACTOR_REASONS,
  persons: PERSON_REASONS,
  guidelines: GUIDELINE_REASONS,
  accounts: ACCOUNT_REASONS,
  imports: IMPORT_REASONS,
  requests: REQUEST_REASONS,
  seeds: SEED_REASONS,
  graph: GRAPH_REASONS,
  mandates: MANDATE_REASONS,
  meetings: MEETING_REASONS,
} as const;

type Values<T> = T[keyof T];
/** Every reason key the API gives. */
export type Reason = Values<{ [Table in keyof typeof REASON_TABLES]: Values<(typeof REASON_TABLES)[Table]> }>;
