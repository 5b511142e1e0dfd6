import { type Refusal, refusal } from './domain-error.js';

/** Why a guideline is refused, besides the common reasons (REASONS). */
export const GUIDELINE_REASONS = {
  INVALID_TRANSITION: 'INVALID_TRANSITION',
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
};
