import { InputCheck, LIMITS, type LocalizedText } from '@netzwerkstatt/domain';

export const FIELD_LABELS = {
  title: { de: 'Der Titel', en: 'The title' },
  description: { de: 'Die Beschreibung', en: 'The description' },
  url: { de: 'Die Webadresse', en: 'The web address' },
  year: { de: 'Das Jahr', en: 'The year' },
  version: { de: 'Die Version', en: 'The version' },
  id: { de: 'Die ID', en: 'The id' },
} satisfies Record<string, LocalizedText>;

/** Most ids one input or filter may list: enough for any real selection, small enough to stay cheap. */
export const MAX_IDS = 100;

export function checkTitle(check: InputCheck, value: unknown, required: boolean): InputCheck {
  return required || value !== undefined
    ? check.requiredText('title', FIELD_LABELS.title, value, LIMITS.title)
    : check;
}

export function checkDescription(check: InputCheck, value: unknown): InputCheck {
  return check.optionalText('description', FIELD_LABELS.description, value, LIMITS.description);
}

/** A single required id: present and not blank (whether it exists is checked in the transaction). */
export function checkId(check: InputCheck, field: string, value: unknown): InputCheck {
  return check.custom(field, typeof value === 'string' && value.trim() !== '', 'REQUIRED', {
    de: `Die ID in „${field}“ ist erforderlich.`,
    en: `The id in "${field}" is required.`,
  });
}

/** A list of ids: each non-blank, at most MAX_IDS of them. */
export function checkIds(
  check: InputCheck,
  field: string,
  value: readonly unknown[] | null | undefined,
): InputCheck {
  if (value === null || value === undefined) return check;
  check.custom(field, value.length <= MAX_IDS, 'TOO_MANY', {
    de: `„${field}“ darf höchstens ${MAX_IDS} IDs enthalten.`,
    en: `"${field}" may list at most ${MAX_IDS} ids.`,
  });
  return check.custom(
    field,
    value.every((id) => typeof id === 'string' && id.trim() !== ''),
    'REQUIRED',
    {
      de: `„${field}“ enthält eine leere ID.`,
      en: `"${field}" contains an empty id.`,
    },
  );
}

/** Blank optional text is stored as absent; anything else exactly as given. */
export function optional(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Ids without repeats, sorted, so a list compares equal whatever order it was given in. */
export function idSet(ids: readonly string[] | null | undefined): string[] {
  return [...new Set(ids ?? [])].sort();
}
