import {
  FIELD_LABELS,
  type InputCheck,
  LIMITS,
  MEETING_REFUSALS,
  MANDATE_REFUSALS,
  isIsoDay,
  isLocalDateTime,
} from '@netzwerkstatt/domain';

// The field rules of meetings, agenda items and action items, with the domain's messages.

export function checkTime(
  check: InputCheck,
  field: 'startsAt' | 'endsAt',
  value: unknown,
  required: boolean,
) {
  if (value === undefined || value === null) {
    if (required) check.custom(field, false, MEETING_REFUSALS.invalidTime(FIELD_LABELS[field]));
    return check;
  }
  return check.custom(field, isLocalDateTime(value), MEETING_REFUSALS.invalidTime(FIELD_LABELS[field]));
}

export function checkDueDate(check: InputCheck, value: unknown) {
  if (value === undefined || value === null || value === '') return check;
  return check.custom('dueDate', isIsoDay(value), MANDATE_REFUSALS.invalidDay(FIELD_LABELS.dueDate));
}

export function checkPlace(check: InputCheck, value: unknown) {
  return check.optionalText('place', FIELD_LABELS.place, value, LIMITS.shortText);
}

export function checkMinutes(check: InputCheck, value: unknown) {
  return check.optionalText('minutes', FIELD_LABELS.minutes, value, LIMITS.minutes);
}

export function checkLongText(check: InputCheck, field: 'notes' | 'decision', value: unknown) {
  return check.optionalText(field, FIELD_LABELS[field], value, LIMITS.description);
}
