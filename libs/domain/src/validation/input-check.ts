import type { FieldIssue, LocalizedText, Refusal } from '../errors/domain-error.js';
import { REFUSALS } from '../errors/reasons.js';
import { fieldIssue, invalidInput } from '../errors/refuse.js';
import { LIMITS, yearRange } from './limits.js';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const PHONE = new RegExp(`^\\+?[0-9 ()/.-]{${LIMITS.phone.min},${LIMITS.phone.max}}$`);

/** Length as a person counts it: characters, not UTF-16 units (an emoji is one). */
export function charCount(value: string): number {
  return [...value].length;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isEmail(value: string): boolean {
  return value.length <= LIMITS.email && EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/** A whole year a good practice may name (LIMITS.year), as of `now`. */
export function isYear(value: unknown, now: Date = new Date()): boolean {
  const { min, max } = yearRange(now);
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Collects field issues for one input; `done()` throws a BAD_USER_INPUT DomainError listing all of them.
 * Values are checked, never altered: what passes is stored verbatim (HTML included) and escaped on output.
 * The messages come from the tables (REFUSALS and each concept's), never from the caller's own strings.
 */
export class InputCheck {
  private readonly issues: FieldIssue[] = [];

  /** Records `refusal` for `field` unless `ok`. */
  custom(field: string, ok: boolean, refusal: Refusal): this {
    if (!ok) this.issues.push(fieldIssue(field, refusal));
    return this;
  }

  requiredText(field: string, label: LocalizedText, value: unknown, max: number): this {
    if (typeof value !== 'string' || value.trim().length === 0) {
      return this.custom(field, false, REFUSALS.required(label));
    }
    return this.optionalText(field, label, value, max);
  }

  optionalText(field: string, label: LocalizedText, value: unknown, max: number): this {
    if (value === undefined || value === null) return this;
    if (typeof value !== 'string') return this.custom(field, false, REFUSALS.notText(label));
    return this.custom(field, charCount(value) <= max, REFUSALS.tooLong(label, max));
  }

  optionalEmail(field: string, label: LocalizedText, value: unknown): this {
    if (value === undefined || value === null || value === '') return this;
    return this.custom(field, typeof value === 'string' && isEmail(value), REFUSALS.invalidEmail(label));
  }

  optionalUrl(field: string, label: LocalizedText, value: unknown): this {
    if (value === undefined || value === null || value === '') return this;
    const ok = typeof value === 'string' && value.length <= LIMITS.url && isHttpUrl(value);
    return this.custom(field, ok, REFUSALS.invalidUrl(label));
  }

  done(): void {
    if (this.issues.length > 0) throw invalidInput(this.issues);
  }
}
