import type { Role } from './roles.js';
import { STEERING_RECORD_TYPES } from './labels.js';

/**
 * Who may change what, as one table: every write operation of every concept is one of these, and a
 * spec performs each one as each role on its own and on someone else's record and compares the outcome
 * with this table. ARCHITECTURE.md shows the same table; why it refuses is in WRITE_REFUSALS.
 *
 * "own" means the person created the record (for `restore`: created or deleted it). A record is
 * *protected* when the steering group has taken it up: a challenge whose status or priority differs from
 * a member's default, a guideline in review or published.
 *
 * *Personal* records (saved graph views) are a person's own work rather than shared network content:
 * the `…Personal` rows replace create, update and delete for them. Analysts (the graph explorer's
 * people) and the steering group save views; only the owner changes or deletes one, admins any.
 */
export const WRITE_OPERATIONS = [
  'create',
  'update',
  'updateProtected',
  'steer',
  'link',
  'delete',
  'deleteProtected',
  'restore',
  'purge',
  'createPersonal',
  'updatePersonal',
  'deletePersonal',
] as const;
export type WriteOperation = (typeof WRITE_OPERATIONS)[number];

export type Ownership = 'own' | 'foreign';

/** For each operation and role: whether it is allowed on own and on foreign records. */
type Grant = Record<Ownership, boolean>;
const ALL: Grant = { own: true, foreign: true };
const OWN: Grant = { own: true, foreign: false };
const NONE: Grant = { own: false, foreign: false };

export const WRITE_POLICY: Record<WriteOperation, Record<Role, Grant>> = {
  /** Record something new. */
  create: { member: ALL, analyst: ALL, steering: ALL, admin: ALL },
  /** Edit the fields of a record that is not protected, or the unprotected fields of one that is. */
  update: { member: ALL, analyst: ALL, steering: ALL, admin: ALL },
  /** Edit the protected fields (title, description, field) of a protected record. */
  updateProtected: { member: NONE, analyst: NONE, steering: ALL, admin: ALL },
  /** Set a challenge's status or priority, move a guideline through its workflow. */
  steer: { member: NONE, analyst: NONE, steering: ALL, admin: ALL },
  /** Link or unlink two records (links merge; nobody's work is overwritten). */
  link: { member: ALL, analyst: ALL, steering: ALL, admin: ALL },
  /** Move a record that is not protected to the Papierkorb. */
  delete: { member: OWN, analyst: OWN, steering: ALL, admin: ALL },
  /** Move a protected record to the Papierkorb. */
  deleteProtected: { member: NONE, analyst: NONE, steering: ALL, admin: ALL },
  /** Bring a record back from the Papierkorb. */
  restore: { member: OWN, analyst: OWN, steering: ALL, admin: ALL },
  /** Delete a record in the Papierkorb for good. */
  purge: { member: NONE, analyst: NONE, steering: ALL, admin: ALL },
  /** Save a personal record (a graph view). */
  createPersonal: { member: NONE, analyst: ALL, steering: ALL, admin: ALL },
  /** Rename a personal record, change its content or share it. */
  updatePersonal: { member: OWN, analyst: OWN, steering: OWN, admin: ALL },
  /** Move a personal record to the Papierkorb. */
  deletePersonal: { member: OWN, analyst: OWN, steering: OWN, admin: ALL },
};

export function mayWrite(operation: WriteOperation, role: Role, ownership: Ownership): boolean {
  return WRITE_POLICY[operation][role][ownership];
}

/**
 * The steering group's own records (STEERING_RECORD_TYPES: its mandates, later its meetings): every
 * member reads them, and every write operation on them — create, change, delete, restore, purge — is the
 * steering group's and the admins' alone. For every other kind of record WRITE_POLICY decides.
 */
export function mayWriteRecord(
  type: string,
  operation: WriteOperation,
  role: Role,
  ownership: Ownership,
): boolean {
  if ((STEERING_RECORD_TYPES as readonly string[]).includes(type))
    return role === 'steering' || role === 'admin';
  return mayWrite(operation, role, ownership);
}
