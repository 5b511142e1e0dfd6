import { daysInMonth } from './calendar-days.js';

/**
 * Agreement V.1: the network meets every quarter; the steering group may call special meetings and
 * meets itself as needed.
 */
export const MEETING_KINDS = ['network', 'special', 'steering'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * Open action items come back on the next meetings of their series until done: network and special
 * meetings are one series (the network's), steering group meetings the other.
 */
export function meetingSeries(kind: MeetingKind): 'network' | 'steering' {
  return kind === 'steering' ? 'steering' : 'network';
}

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A wall-clock time in Europe/Berlin as `YYYY-MM-DDTHH:MM` (what a date-time input gives). */
export function isLocalDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return (
    year >= 1900 &&
    year <= 2999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59
  );
}

/**
 * The four network meetings proposed for a year: the second Wednesday of each quarter's middle month
 * (February, May, August, November), 10:00–13:00 Berlin time. The steering group moves them as needed.
 */
export function proposedNetworkMeetings(
  year: number,
): { quarter: number; startsAt: string; endsAt: string }[] {
  return [2, 5, 8, 11].map((month, index) => {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const firstWednesday = 1 + ((3 - firstWeekday + 7) % 7);
    const day = `${year}-${String(month).padStart(2, '0')}-${String(firstWednesday + 7).padStart(2, '0')}`;
    return { quarter: index + 1, startsAt: `${day}T10:00`, endsAt: `${day}T13:00` };
  });
}

/** The quarter (1–4) of a `YYYY-MM-DD…` day. */
export function quarterOf(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}
