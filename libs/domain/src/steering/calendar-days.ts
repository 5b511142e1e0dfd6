/**
 * Calendar days as ISO strings (`YYYY-MM-DD`). The network lives in Saxony-Anhalt, so "today" is the
 * day in Europe/Berlin; days are compared as strings, which orders them correctly.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written as `YYYY-MM-DD` (no 30.02., no 29.02. outside leap years). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(day: string): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [year, month, date];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day `years` later; a 29 February becomes 28 February when the target year has none
 * (29.02.2024 + 3 years = 28.02.2027), never 1 March.
 */
export function addYears(day: string, years: number): string {
  const [year, month, date] = parts(day);
  const target = year + years;
  return iso(target, month, Math.min(date, daysInMonth(target, month)));
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day);
  const moved = new Date(Date.UTC(year, month - 1, date + days));
  return iso(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Today in Europe/Berlin. */
export function berlinToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `YYYY-MM-DD` → `TT.MM.JJJJ`, as messages name a day. */
export function germanDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}
