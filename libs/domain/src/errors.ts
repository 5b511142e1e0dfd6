/** The error classes a client can rely on; each maps to GraphQL `extensions.code`. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LocalizedText {
  de: string;
  en: string;
}

/** One problem with one input field; `reason` is a stable machine-readable key such as `TOO_LONG`. */
export interface FieldIssue {
  field: string;
  reason: string;
  message: LocalizedText;
}

/**
 * An expected failure a person can act on. Thrown by services and repositories, translated to a
 * GraphQL error in exactly one place on the server, shown in the person's language by the client.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly reason: string;
  readonly localized: LocalizedText;
  readonly issues: FieldIssue[];
  /** Data the client needs to act on the error, e.g. the current values after a stale update. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    reason: string,
    message: LocalizedText,
    issues: FieldIssue[] = [],
    details?: Record<string, unknown>,
  ) {
    super(message.en);
    this.name = 'DomainError';
    this.code = code;
    this.reason = reason;
    this.localized = message;
    this.issues = issues;
    this.details = details;
  }
}

export function notFound(entity: LocalizedText, id: string): DomainError {
  return new DomainError('NOT_FOUND', 'NOT_FOUND', {
    de: `${entity.de} mit der ID „${id}“ wurde nicht gefunden.`,
    en: `${entity.en} with id "${id}" was not found.`,
  });
}

export function conflict(reason: string, message: LocalizedText): DomainError {
  return new DomainError('CONFLICT', reason, message);
}

export function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', 'FORBIDDEN', {
    de: 'Dafür fehlt Ihnen die Berechtigung.',
    en: 'You are not allowed to do this.',
  });
}

export function unauthenticated(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED', {
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  });
}

export function invalidInput(issues: FieldIssue[]): DomainError {
  const first = issues[0];
  return new DomainError(
    'BAD_USER_INPUT',
    first?.reason ?? 'INVALID',
    first?.message ?? { de: 'Die Eingabe ist ungültig.', en: 'The input is invalid.' },
    issues,
  );
}
