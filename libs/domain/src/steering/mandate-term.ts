import { addYears } from './calendar-days.js';

/** How a person came to the seat (agreement VI: confirmed by the network or newly chosen). */
export const MANDATE_KINDS = ['confirmed', 'new'] as const;
export type MandateKind = (typeof MANDATE_KINDS)[number];

/** Agreement VI: the members are confirmed or chosen anew every three years; at most 10 at once. */
export const MANDATE_TERM_YEARS = 3;
export const MANDATE_MAX_ACTIVE = 10;
/** Confirmations are listed (and their holders' steering group notified) this many days ahead. */
export const MANDATE_CONFIRMATION_NOTICE_DAYS = 90;

/**
 * A term from its first day (`start`, inclusive) to its `end`, which is exclusive: the end day is the
 * first day the mandate no longer runs, so a confirmation or successor starts on it without overlap.
 * A term is start + 3 years (29.02.2024 → 28.02.2027: in office up to and including 27.02.2027).
 */
export interface Term {
  start: string;
  end: string;
}

export function mandateEnd(start: string, years: number = MANDATE_TERM_YEARS): string {
  return addYears(start, years);
}

/** The mandate runs on `day`: start ≤ day < end. */
export function activeOn(term: Term, day: string): boolean {
  return term.start <= day && day < term.end;
}

export function overlaps(a: Term, b: Term): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The first day within `term` on which `others` plus the term itself would be more than `max`
 * mandates, or null. The number running only rises on a start day, so it suffices to count on the
 * term's first day and on every other term's start inside it.
 */
export function firstDayOverCap(term: Term, others: readonly Term[], max: number): string | null {
  const candidates = [
    term.start,
    ...others.map((other) => other.start).filter((start) => start > term.start && start < term.end),
  ].sort();
  for (const day of candidates) {
    const running = others.filter((other) => activeOn(other, day)).length + 1;
    if (running > max) return day;
  }
  return null;
}
