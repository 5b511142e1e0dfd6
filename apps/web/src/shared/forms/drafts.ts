/**
 * What a person typed into a form when their session ended, kept in this tab (sessionStorage) under the
 * form's address until they are back on it, signed in again, and save or discard it.
 */
export interface Draft<V> {
  values: V;
  /** The revision the form was based on; a save from the draft still notices changes made meanwhile. */
  baseRevision?: number;
  /** The id a new record gets (so a create that did reach the server is not made twice). */
  createId?: string;
  savedAt: string;
}

const PREFIX = 'netzwerkstatt.draft';
/** A draft older than this is not offered any more. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** One key per person and form address ("/herausforderungen/42/bearbeiten"). */
export function draftKey(userId: string, path: string): string {
  return `${PREFIX}:${userId}:${path}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveDraft<V>(key: string, draft: Omit<Draft<V>, 'savedAt'>, now = new Date()): void {
  try {
    storage()?.setItem(key, JSON.stringify({ ...draft, savedAt: now.toISOString() }));
  } catch {
    // Storage full or switched off: nothing to keep the values in.
  }
}

/**
 * The draft kept under `key`, if there is a readable one not older than a day whose values have the
 * form's fields (`template`); anything else is removed and undefined returned.
 */
export function loadDraft<V extends Record<string, unknown>>(
  key: string,
  template: V,
  now = new Date(),
): Draft<V> | undefined {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  const draft = parse(raw, template);
  const age = draft ? now.getTime() - Date.parse(draft.savedAt) : Infinity;
  if (!draft || !(age >= 0 && age <= DRAFT_MAX_AGE_MS)) {
    clearDraft(key);
    return undefined;
  }
  return draft;
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

function parse<V extends Record<string, unknown>>(raw: string, template: V): Draft<V> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { values, baseRevision, createId, savedAt } = data as Record<string, unknown>;
  if (typeof values !== 'object' || values === null || typeof savedAt !== 'string') return undefined;
  const stored = values as Record<string, unknown>;
  // Every field of the form, each of the same kind as the form's (text, yes/no, list).
  const fits = Object.keys(template).every(
    (field) =>
      field in stored &&
      (Array.isArray(template[field])
        ? Array.isArray(stored[field])
        : typeof stored[field] === typeof template[field]),
  );
  if (!fits) return undefined;
  const picked = Object.fromEntries(Object.keys(template).map((field) => [field, stored[field]])) as V;
  return {
    values: picked,
    baseRevision: typeof baseRevision === 'number' ? baseRevision : undefined,
    createId: typeof createId === 'string' ? createId : undefined,
    savedAt,
  };
}
