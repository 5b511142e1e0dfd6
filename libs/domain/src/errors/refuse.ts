import {
  DomainError,
  type ErrorCode,
  type FieldIssue,
  type LocalizedText,
  type Refusal,
} from './domain-error.js';
import { REFUSALS } from './reasons.js';

/** A refusal from a message table as an error of the given class. */
export function refuse(
  code: ErrorCode,
  { reason, message }: Refusal,
  issues: FieldIssue[] = [],
  details?: Record<string, unknown>,
): DomainError {
  return new DomainError(code, reason, message, issues, details);
}

export function fieldIssue(field: string, { reason, message }: Refusal): FieldIssue {
  return { field, reason, message };
}

/** BAD_USER_INPUT listing every issue; its own reason and message are the first issue's. */
export function invalidInput(issues: FieldIssue[]): DomainError {
  return refuse('BAD_USER_INPUT', issues[0] ?? REFUSALS.invalid(), issues);
}

/** BAD_USER_INPUT about one field. */
export function badField(field: string, refusal: Refusal): DomainError {
  return invalidInput([fieldIssue(field, refusal)]);
}

export function notFound(thing: LocalizedText, id: string): DomainError {
  return refuse('NOT_FOUND', REFUSALS.notFound(thing, id));
}

export function conflict(refusal: Refusal): DomainError {
  return refuse('CONFLICT', refusal);
}

export function forbidden(): DomainError {
  return refuse('FORBIDDEN', REFUSALS.forbidden());
}

export function unauthenticated(): DomainError {
  return refuse('UNAUTHENTICATED', REFUSALS.unauthenticated());
}
