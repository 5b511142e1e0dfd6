import type { FieldChanges } from './change-log.repository.js';

/** A create as history: every field that has a value, from null. */
export function changesOnCreate(snapshot: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      changes[key] = { from: null, to: value };
    }
  }
  return changes;
}

/** A delete as history: every field that had a value, to null, so the last state stays readable. */
export function changesOnDelete(snapshot: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [key, { to }] of Object.entries(changesOnCreate(snapshot)))
    changes[key] = { from: to, to: null };
  return changes;
}
