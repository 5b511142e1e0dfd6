import type { LocalizedText } from '../errors/domain-error.js';
import { REFUSALS } from '../errors/reasons.js';
import { type InputCheck, isYear } from './input-check.js';
import { FIELD_LABELS, idIn, quoted } from './labels.js';
import { LIMITS, yearRange } from './limits.js';

// The rules of the fields many concepts have. A concept's own rules (an actor's links, a person's
// telephone number, an account's password) stay with the concept and use the same tables.

/** A title: required on create; on update only when given, and then not blank. */
export function checkTitle(check: InputCheck, value: unknown, required: boolean): InputCheck {
  return required || value !== undefined
    ? check.requiredText('title', FIELD_LABELS.title, value, LIMITS.title)
    : check;
}

export function checkDescription(check: InputCheck, value: unknown): InputCheck {
  return check.optionalText('description', FIELD_LABELS.description, value, LIMITS.description);
}

/** The text of a comment: required, as long as a description may be. */
export function checkCommentBody(check: InputCheck, value: unknown): InputCheck {
  return check.requiredText('body', FIELD_LABELS.body, value, LIMITS.description);
}

/** A required name (of an actor, a person, an account, a token). */
export function checkName(
  check: InputCheck,
  field: string,
  value: unknown,
  label: LocalizedText = FIELD_LABELS.name,
): InputCheck {
  return check.requiredText(field, label, value, LIMITS.name);
}

/** An optional e-mail address; a required one must also be given (and is checked without surrounding spaces). */
export function checkEmail(
  check: InputCheck,
  field: string,
  value: unknown,
  required = false,
  label: LocalizedText = FIELD_LABELS.email,
): InputCheck {
  if (!required) return check.optionalEmail(field, label, value);
  check.requiredText(field, label, value, LIMITS.email);
  if (typeof value === 'string' && value.trim() !== '') check.optionalEmail(field, label, value.trim());
  return check;
}

/** An optional http(s) address. */
export function checkUrl(
  check: InputCheck,
  field: string,
  value: unknown,
  label: LocalizedText = FIELD_LABELS.url,
): InputCheck {
  return check.optionalUrl(field, label, value);
}

/** A single required id: present and not blank (whether it exists is checked in the transaction). */
export function checkId(check: InputCheck, field: string, value: unknown): InputCheck {
  return check.custom(
    field,
    typeof value === 'string' && value.trim() !== '',
    REFUSALS.required(idIn(field)),
  );
}

/** A list of ids in an argument or filter: each non-blank, at most LIMITS.ids of them. */
export function checkIds(
  check: InputCheck,
  field: string,
  value: readonly unknown[] | null | undefined,
): InputCheck {
  if (value === null || value === undefined) return check;
  check.custom(field, value.length <= LIMITS.ids, REFUSALS.tooManyIds(quoted(field), LIMITS.ids));
  return check.custom(
    field,
    value.every((id) => typeof id === 'string' && id.trim() !== ''),
    REFUSALS.emptyId(quoted(field)),
  );
}

/** A named list of ids (an actor's categories, fields, regions): a list of non-blank ids, at most LIMITS.ids. */
export function checkIdList(
  check: InputCheck,
  field: string,
  label: LocalizedText,
  value: unknown,
): InputCheck {
  if (value === undefined || value === null) return check;
  const ok = Array.isArray(value) && value.every((id) => typeof id === 'string' && id.trim().length > 0);
  check.custom(field, ok, REFUSALS.notAnIdList(label));
  if (ok)
    check.custom(field, (value as string[]).length <= LIMITS.ids, REFUSALS.tooManyEntries(label, LIMITS.ids));
  return check;
}

/** An optional year (LIMITS.year, as of `now`). */
export function checkYear(
  check: InputCheck,
  field: string,
  value: unknown,
  now: Date = new Date(),
): InputCheck {
  if (value === undefined || value === null) return check;
  const { min, max } = yearRange(now);
  return check.custom(field, isYear(value, now), REFUSALS.outOfRange(FIELD_LABELS.year, min, max));
}

/** An optional progress in whole percent (LIMITS.progress). */
export function checkProgress(check: InputCheck, field: string, value: unknown): InputCheck {
  if (value === undefined || value === null) return check;
  const { min, max } = LIMITS.progress;
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  return check.custom(field, ok, REFUSALS.outOfRange(FIELD_LABELS.progress, min, max));
}

/** An optional version text (a guideline's). */
export function checkVersion(check: InputCheck, value: unknown): InputCheck {
  return check.optionalText('version', FIELD_LABELS.version, value, LIMITS.version);
}

/** The optional role text of a contact person at an actor. */
export function checkRoleText(check: InputCheck, value: unknown): InputCheck {
  return check.optionalText('role', FIELD_LABELS.role, value, LIMITS.name);
}

/** A true/false flag (the caller decides when an absent one is fine). */
export function checkFlag(
  check: InputCheck,
  field: string,
  label: LocalizedText,
  value: unknown,
): InputCheck {
  return check.custom(field, typeof value === 'boolean', REFUSALS.notBoolean(label));
}
