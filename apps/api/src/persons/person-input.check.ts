import {
  FIELD_LABELS,
  InputCheck,
  LIMITS,
  PERSON_REFUSALS,
  checkEmail,
  checkName,
  checkRoleText,
  isPhone,
} from '@netzwerkstatt/domain';

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
  if (mode === 'create' || input.name !== undefined) checkName(check, 'name', input.name);
  check.optionalText('function', FIELD_LABELS.function, input.function, LIMITS.name);
  checkEmail(check, 'email', input.email);
  checkPhone(check, input.phone);
  checkRoleText(check, input.role);
  check.done();
}

function checkPhone(check: InputCheck, phone: unknown): void {
  if (phone === undefined || phone === null || phone === '') return;
  const { min, max } = LIMITS.phone;
  check.custom(
    'phone',
    typeof phone === 'string' && isPhone(phone),
    PERSON_REFUSALS.invalidPhone(FIELD_LABELS.phone, min, max),
  );
}
