import { compareGerman, formatBytes, formatDate, formatDateTime, formatNumber, sortGerman } from './index';

describe('German formats', () => {
  it('writes dates as TT.MM.JJJJ in German time', () => {
    expect(formatDate('2026-03-01T09:05:00Z')).toBe('01.03.2026');
    // 23:30 UTC on New Year's Eve is already 1 January in Germany.
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('01.01.2026');
  });

  it('writes times on the 24-hour clock', () => {
    expect(formatDateTime('2026-07-01T13:45:00Z')).toBe('01.07.2026, 15:45');
  });

  it('shows an unreadable date as it came', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('uses a decimal comma and dots for thousands', () => {
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatNumber(3.25, 1)).toMatch(/^3,[23]$/);
    expect(formatBytes(1536)).toBe('1,5 kB');
  });

  it('sorts umlauts and ß as German readers expect', () => {
    const names = ['Zentrum', 'Ärztekammer', 'Straße', 'Anhalt', 'Stadt', 'Öffentlich', 'Ober'];
    expect(sortGerman(names, (n) => n)).toEqual([
      'Anhalt',
      'Ärztekammer',
      'Ober',
      'Öffentlich',
      'Stadt',
      'Straße',
      'Zentrum',
    ]);
    expect(compareGerman('ä', 'a')).toBe(0);
  });
});
