/** One field of a recorded change: its value before and after (`from` absent in old records). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  hasFrom: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Change.changes` ({ field: { from, to } }) as a list; a bare value counts as the new one. */
export function fieldChanges(changes: unknown): FieldChange[] {
  if (!isRecord(changes)) return [];
  return Object.entries(changes).map(([field, value]) =>
    isRecord(value) && ('from' in value || 'to' in value)
      ? { field, from: value.from ?? null, to: value.to ?? null, hasFrom: 'from' in value }
      : { field, from: null, to: value, hasFrom: false },
  );
}

export interface RestoreOptions {
  /** The value before the change can be put back. */
  from: boolean;
  /** The value the change set can be put back: a later change (shown above it) replaced it. */
  to: boolean;
}

/**
 * Per change and field, which of its values can be restored. `changes` are newest first; a value set by
 * a change counts as earlier only when a newer change of the same field is in the list.
 */
export function restoreOptions(
  changes: readonly { id: string; action: string; changes: unknown }[],
): Map<string, Map<string, RestoreOptions>> {
  const changedLater = new Set<string>();
  const options = new Map<string, Map<string, RestoreOptions>>();
  for (const change of changes) {
    const fields = fieldChanges(change.changes);
    const perField = new Map<string, RestoreOptions>();
    for (const { field, hasFrom } of fields) {
      perField.set(field, {
        from: change.action === 'update' && hasFrom,
        to: (change.action === 'update' || change.action === 'create') && changedLater.has(field),
      });
    }
    for (const { field } of fields) changedLater.add(field);
    options.set(change.id, perField);
  }
  return options;
}

/** Texts longer than this are shown shortened, with a way to see all of them. */
export const SHORT_TEXT = 200;

export function shorten(text: string, max = SHORT_TEXT): string {
  if ([...text].length <= max) return text;
  return `${[...text].slice(0, max).join('').trimEnd()} …`;
}
