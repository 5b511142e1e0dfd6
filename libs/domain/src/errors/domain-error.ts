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

/**
 * Why something is refused: a stable machine-readable `reason` (such as `TOO_LONG`, which clients and
 * tests rely on) and the message a person reads, in German and English. Every entry of a message table
 * (`REFUSALS`, `ACTOR_REFUSALS`, …) gives one.
 */
export interface Refusal {
  reason: string;
  message: LocalizedText;
}

/** One problem with one input field. */
export interface FieldIssue extends Refusal {
  field: string;
}

/** A table entry's result: the reason with its German and English message. */
export function refusal(reason: string, de: string, en: string): Refusal {
  return { reason, message: { de, en } };
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
