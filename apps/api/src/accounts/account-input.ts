import { InputCheck, LIMITS, type LocalizedText, isRole } from '@netzwerkstatt/domain';

export const FIELD_LABELS = {
  email: { de: 'Die E-Mail-Adresse', en: 'The e-mail address' },
  displayName: { de: 'Der Anzeigename', en: 'The display name' },
  password: { de: 'Das Passwort', en: 'The password' },
} satisfies Record<string, LocalizedText>;

/** E-mail addresses are compared case-insensitively, so they are stored lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(check: InputCheck, field: string, value: unknown): InputCheck {
  check.requiredText(field, FIELD_LABELS.email, value, LIMITS.email);
  if (typeof value === 'string' && value.trim() !== '')
    check.optionalEmail(field, FIELD_LABELS.email, value.trim());
  return check;
}

export function checkDisplayName(check: InputCheck, field: string, value: unknown): InputCheck {
  return check.requiredText(field, FIELD_LABELS.displayName, value, LIMITS.name);
}

/** Length only: long passphrases beat composition rules. Counted in characters, not UTF-16 units. */
export function checkPassword(check: InputCheck, field: string, value: unknown): InputCheck {
  const { min, max } = LIMITS.password;
  const length = typeof value === 'string' ? [...value].length : 0;
  return check.custom(field, typeof value === 'string' && length >= min && length <= max, 'PASSWORD_LENGTH', {
    de: `Das Passwort muss zwischen ${min} und ${max} Zeichen lang sein.`,
    en: `The password must be between ${min} and ${max} characters long.`,
  });
}

export function checkRole(check: InputCheck, field: string, value: unknown): InputCheck {
  return check.custom(field, isRole(value), 'INVALID_ROLE', {
    de: 'Die Rolle muss member, analyst, steering oder admin sein.',
    en: 'The role must be member, analyst, steering or admin.',
  });
}
