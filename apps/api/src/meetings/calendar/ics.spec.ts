import { escapeText, foldLine, toICalendar } from './ics.js';

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    for (const physical of folded) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('ends every line with CRLF and keeps local times with their zone', () => {
    const text = toICalendar(
      [
        {
          uid: 'm1@netzwerkstatt',
          stamp: '2027-01-05T09:00:00.000Z',
          startsAt: '2027-03-28T10:00',
          endsAt: '2027-03-28T13:00',
          summary: 'Netzwerktreffen',
          location: null,
          description: null,
          url: null,
          sequence: 0,
        },
      ],
      'Treffen',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20270328T100000\r\n');
    expect(text).toContain('DTSTAMP:20270105T090000Z\r\n');
  });
});
