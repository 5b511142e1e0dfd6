import { germanDay } from '../steering/calendar-days.js';
import { type Refusal, refusal } from './domain-error.js';

/** Why a steering group mandate is refused, besides the common reasons (REASONS). */
export const MANDATE_REASONS = {
  TOO_MANY_MANDATES: 'TOO_MANY_MANDATES',
  MANDATE_OVERLAP: 'MANDATE_OVERLAP',
  INVALID_DAY: 'INVALID_DAY',
  INVALID_TERM: 'INVALID_TERM',
} as const;

/** Their messages; days are `YYYY-MM-DD` and shown as TT.MM.JJJJ. */
export const MANDATE_REFUSALS = {
  tooMany: (day: string, max: number): Refusal =>
    refusal(
      MANDATE_REASONS.TOO_MANY_MANDATES,
      `Am ${germanDay(day)} wären es ${max + 1} aktive Mandate in der Steuerungsgruppe; erlaubt sind höchstens ${max} (Vereinbarung VI). Nichts wurde geändert.`,
      `On ${germanDay(day)} there would be ${max + 1} active mandates in the steering group; at most ${max} are allowed (agreement VI). Nothing was changed.`,
    ),
  overlap: (start: string, end: string): Refusal =>
    refusal(
      MANDATE_REASONS.MANDATE_OVERLAP,
      `Diese Person hat bereits ein Mandat vom ${germanDay(start)} bis zum ${germanDay(end)} (ausschließlich); Mandate einer Person dürfen sich nicht überschneiden.`,
      `This person already holds a mandate from ${germanDay(start)} until ${germanDay(end)} (exclusive); one person's mandates may not overlap.`,
    ),
  invalidDay: (label: { de: string; en: string }): Refusal =>
    refusal(
      MANDATE_REASONS.INVALID_DAY,
      `${label.de} muss ein gültiges Datum sein (JJJJ-MM-TT).`,
      `${label.en} must be a valid date (YYYY-MM-DD).`,
    ),
  /** The end must lie after the start and at most `years` after it. */
  invalidTerm: (maxEnd: string): Refusal =>
    refusal(
      MANDATE_REASONS.INVALID_TERM,
      `Das Ende muss nach dem Beginn liegen und spätestens am ${germanDay(maxEnd)} sein (drei Jahre).`,
      `The end must come after the start and be ${germanDay(maxEnd)} at the latest (three years).`,
    ),
};
