import { type Refusal, refusal } from './domain-error.js';

/** Why a guideline is refused, besides the common reasons (REASONS). */
export const GUIDELINE_REASONS = {
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  TEXT_TOO_LARGE: 'TEXT_TOO_LARGE',
} as const;

/** Their messages. */
export const GUIDELINE_REFUSALS = {
  /** The workflow moves one step at a time; `allowed`: the statuses reachable from `from`. */
  invalidTransition: (from: string, to: string, allowed: readonly string[]): Refusal =>
    refusal(
      GUIDELINE_REASONS.INVALID_TRANSITION,
      `Der Status kann nicht von „${from}“ zu „${to}“ wechseln; erlaubt: ${allowed.join(', ')}.`,
      `The status cannot change from "${from}" to "${to}"; allowed: ${allowed.join(', ')}.`,
    ),
  /** A restored revision would add text to a document that is above its size limit. */
  textTooLarge: (): Refusal =>
    refusal(
      GUIDELINE_REASONS.TEXT_TOO_LARGE,
      'Der Text des Leitfadens ist zu groß, um diesen Stand wiederherzustellen. Bitte kürzen Sie ihn zuerst.',
      'The guideline’s text is too large to restore this revision. Please shorten it first.',
    ),
};
