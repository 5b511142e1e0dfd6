import { FieldIssue, LocalizedText, invalidInput } from './errors.js';

/** Limits shared by server validation and client forms. */
export const LIMITS = {
  name: 200,
  title: 300,
  description: 10_000,
  shortText: 500,
  email: 254,
  url: 2_000,
  password: { min: 12, max: 256 },
} as const;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/**
 * Collects field issues for one input; `done()` throws a BAD_USER_INPUT DomainError listing all of them.
 * Values are checked, never altered: what passes is stored verbatim (HTML included) and escaped on output.
 */
export class InputCheck {
  private readonly issues: FieldIssue[] = [];

  private add(field: string, reason: string, message: LocalizedText): this {
    this.issues.push({ field, reason, message });
    return this;
  }

  requiredText(field: string, label: LocalizedText, value: unknown, max: number): this {
    if (typeof value !== 'string' || value.trim().length === 0) {
      return this.add(field, 'REQUIRED', {
        de: `${label.de} ist erforderlich.`,
        en: `${label.en} is required.`,
      });
    }
    return this.optionalText(field, label, value, max);
  }

  optionalText(field: string, label: LocalizedText, value: unknown, max: number): this {
    if (value === undefined || value === null) return this;
    if (typeof value !== 'string') {
      return this.add(field, 'NOT_TEXT', {
        de: `${label.de} muss ein Text sein.`,
        en: `${label.en} must be text.`,
      });
    }
    if ([...value].length > max) {
      return this.add(field, 'TOO_LONG', {
        de: `${label.de} darf höchstens ${max.toLocaleString('de-DE')} Zeichen lang sein.`,
        en: `${label.en} may be at most ${max.toLocaleString('en-GB')} characters long.`,
      });
    }
    return this;
  }

  optionalEmail(field: string, label: LocalizedText, value: unknown): this {
    if (value === undefined || value === null || value === '') return this;
    if (typeof value !== 'string' || value.length > LIMITS.email || !EMAIL.test(value)) {
      return this.add(field, 'INVALID_EMAIL', {
        de: `${label.de} ist keine gültige E-Mail-Adresse.`,
        en: `${label.en} is not a valid e-mail address.`,
      });
    }
    return this;
  }

  optionalUrl(field: string, label: LocalizedText, value: unknown): this {
    if (value === undefined || value === null || value === '') return this;
    if (typeof value !== 'string' || value.length > LIMITS.url || !isHttpUrl(value)) {
      return this.add(field, 'INVALID_URL', {
        de: `${label.de} muss eine Webadresse sein, die mit http:// oder https:// beginnt.`,
        en: `${label.en} must be a web address starting with http:// or https://.`,
      });
    }
    return this;
  }

  custom(field: string, ok: boolean, reason: string, message: LocalizedText): this {
    return ok ? this : this.add(field, reason, message);
  }

  done(): void {
    if (this.issues.length > 0) throw invalidInput(this.issues);
  }
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
