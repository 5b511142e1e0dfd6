import { charCount, isEmail, isHttpUrl, isYear, LIMITS, yearRange } from '@netzwerkstatt/domain';

/** A translation key with its values; translated where it is shown, so a language switch applies. */
export interface ValidationMessage {
  key: string;
  values?: Record<string, string | number>;
}

/** `values` is the whole form, for rules that compare fields (e.g. a repeated password). */
export type Rule<T = string> = (value: T, values: Record<string, unknown>) => ValidationMessage | undefined;

/** Client-side checks mirroring the server's (the same limits and predicates from the domain library). */
export const rules = {
  sameAs:
    (other: string): Rule =>
    (value, values) =>
      value !== values[other] ? { key: 'validation.passwordsDiffer' } : undefined,
  required: ((value: string) => (value.trim() === '' ? { key: 'validation.required' } : undefined)) as Rule,
  maxLength:
    (max: number): Rule =>
    (value) =>
      charCount(value) > max
        ? { key: 'validation.tooLong', values: { max, count: charCount(value) } }
        : undefined,
  minLength:
    (min: number): Rule =>
    (value) =>
      value !== '' && charCount(value) < min ? { key: 'validation.tooShort', values: { min } } : undefined,
  email: ((value: string) =>
    value.trim() !== '' && !isEmail(value.trim()) ? { key: 'validation.email' } : undefined) as Rule,
  url: ((value: string) =>
    value.trim() !== '' && !isHttpUrl(value.trim()) ? { key: 'validation.url' } : undefined) as Rule,
  /** A good practice's year (from 1950 to next year), as the server takes it; empty is fine. */
  year: ((value: string) =>
    value.trim() !== '' && !isYear(Number(value))
      ? { key: 'validation.year', values: yearRange() }
      : undefined) as Rule,
  selectedAtLeastOne: ((value: string[]) =>
    value.length === 0 ? { key: 'validation.selectOne' } : undefined) as Rule<string[]>,
};

export { LIMITS };

export function firstProblem<T>(
  value: T,
  values: Record<string, unknown>,
  list: readonly Rule<T>[] | undefined,
): ValidationMessage | undefined {
  for (const rule of list ?? []) {
    const problem = rule(value, values);
    if (problem) return problem;
  }
  return undefined;
}
