import { addDays, addYears, berlinToday, isIsoDay } from './calendar-days.js';
import { activeOn, firstDayOverCap, mandateEnd, overlaps, type Term } from './mandate-term.js';

describe('mandate terms', () => {
  it('ends three years later, a 29 February on 28 February', () => {
    expect(mandateEnd('2024-02-29')).toBe('2027-02-28');
    expect(mandateEnd('2024-03-01')).toBe('2027-03-01');
    expect(mandateEnd('2023-02-28')).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('runs from its first day up to the day before its end', () => {
    const term = { start: '2024-02-29', end: '2027-02-28' };
    expect(activeOn(term, '2024-02-28')).toBe(false);
    expect(activeOn(term, '2024-02-29')).toBe(true);
    expect(activeOn(term, '2027-02-27')).toBe(true);
    expect(activeOn(term, '2027-02-28')).toBe(false);
  });

  it('a successor starting on the end day does not overlap', () => {
    const term = { start: '2024-03-01', end: '2027-03-01' };
    expect(overlaps(term, { start: '2027-03-01', end: '2030-03-01' })).toBe(false);
    expect(overlaps(term, { start: '2027-02-28', end: '2030-02-28' })).toBe(true);
  });

  it('names the first day an eleventh mandate would run', () => {
    const ten: Term[] = Array.from({ length: 9 }, () => ({ start: '2024-01-01', end: '2027-01-01' }));
    const later = { start: '2025-06-01', end: '2028-06-01' };
    expect(firstDayOverCap({ start: '2024-01-01', end: '2027-01-01' }, ten, 10)).toBeNull();
    expect(firstDayOverCap({ start: '2024-01-01', end: '2027-01-01' }, [...ten, later], 10)).toBe(
      '2025-06-01',
    );
    // Ending the day the tenth starts: never eleven.
    expect(firstDayOverCap({ start: '2022-06-01', end: '2025-06-01' }, [...ten, later], 10)).toBeNull();
  });

  it('knows real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-13-01')).toBe(false);
    expect(isIsoDay('1.3.2024')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(berlinToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
