import {
  ACCOUNT_REFUSALS,
  FIELD_LABELS,
  InputCheck,
  LIMITS,
  charCount,
  checkEmail as checkEmailField,
  checkName,
  isRole,
} from '@netzwerkstatt/domain';

/** E-mail addresses are compared case-insensitively, so they are stored lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An account's address is required. */
export function checkEmail(check: InputCheck, field: string, value: unknown): InputCheck {
  return checkEmailField(check, field, value, true);
}

export function checkDisplayName(check: InputCheck, field: string, value: unknown): InputCheck {
  return checkName(check, field, value, FIELD_LABELS.displayName);
}

/** Length only: long passphrases beat composition rules. Counted in characters, not UTF-16 units. */
export function checkPassword(check: InputCheck, field: string, value: unknown): InputCheck {
  const { min, max } = LIMITS.password;
  const length = typeof value === 'string' ? charCount(value) : 0;
  const ok = typeof value === 'string' && length >= min && length <= max;
  return check.custom(field, ok, ACCOUNT_REFUSALS.passwordLength(min, max));
}

export function checkRole(check: InputCheck, field: string, value: unknown): InputCheck {
  return check.custom(field, isRole(value), ACCOUNT_REFUSALS.invalidRole());
}
