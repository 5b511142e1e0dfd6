import { InputCheck, LIMITS, LocalizedText } from '@netzwerkstatt/domain';

export const PERSON_LABELS = {
  name: { de: 'Der Name', en: 'The name' },
  function: { de: 'Die Funktion', en: 'The function' },
  email: { de: 'Die E-Mail-Adresse', en: 'The e-mail address' },
  phone: { de: 'Die Telefonnummer', en: 'The phone number' },
  actorId: { de: 'Der Akteur', en: 'The actor' },
  role: { de: 'Die Rolle', en: 'The role' },
} satisfies Record<string, LocalizedText>;

const PHONE = /^\+?[0-9 ()/.-]{3,40}$/;

export interface PersonInputShape {
  name?: unknown;
  function?: unknown;
  email?: unknown;
  phone?: unknown;
  role?: unknown;
}

/** Checks a person input (lengths, formats); on update only the fields present. */
export function checkPersonInput(input: PersonInputShape, mode: 'create' | 'update'): void {
  const check = new InputCheck();
  if (mode === 'create' || input.name !== undefined) {
    check.requiredText('name', PERSON_LABELS.name, input.name, LIMITS.name);
  }
  check
    .optionalText('function', PERSON_LABELS.function, input.function, LIMITS.name)
    .optionalEmail('email', PERSON_LABELS.email, input.email);
  checkPhone(check, input.phone);
  checkRole(check, input.role);
  check.done();
}

export function checkRole(check: InputCheck, role: unknown): InputCheck {
  return check.optionalText('role', PERSON_LABELS.role, role, LIMITS.name);
}

function checkPhone(check: InputCheck, phone: unknown): void {
  if (phone === undefined || phone === null || phone === '') return;
  check.custom('phone', typeof phone === 'string' && PHONE.test(phone), 'INVALID_PHONE', {
    de: `${PERSON_LABELS.phone.de} darf nur Ziffern, Leerzeichen und + ( ) / . - enthalten (3 bis 40 Zeichen).`,
    en: `${PERSON_LABELS.phone.en} may contain only digits, spaces and + ( ) / . - (3 to 40 characters).`,
  });
}

/** An optional text as stored: empty means absent. */
export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
