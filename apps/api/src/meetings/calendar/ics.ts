/**
 * iCalendar (RFC 5545) for meetings, written by hand: the format is small, and what matters — text
 * escaping, line folding at 75 octets without splitting a UTF-8 character, CRLF line ends, local times
 * with their Europe/Berlin time zone definition — is easier to prove here than to configure elsewhere.
 */

export interface CalendarEvent {
  uid: string;
  /** When the event's data last changed, ISO 8601 (DTSTAMP, in UTC). */
  stamp: string;
  /** Wall-clock times in Europe/Berlin, `YYYY-MM-DDTHH:MM`. */
  startsAt: string;
  endsAt: string;
  summary: string;
  location: string | null;
  description: string | null;
  url: string | null;
  /** Counts changes (SEQUENCE), so a calendar replaces its older copy. */
  sequence: number;
}

export const BERLIN = 'Europe/Berlin';

/** Europe/Berlin since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const BERLIN_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (RFC 5545 3.1) into lines of at most 75 octets, continuation lines starting
 * with one space; a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets, every continuation 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2027-03-28T10:00` → `20270328T100000` (a local DATE-TIME). */
function localDateTime(value: string): string {
  return `${value.slice(0, 4)}${value.slice(5, 7)}${value.slice(8, 10)}T${value.slice(11, 13)}${value.slice(14, 16)}00`;
}

/** An ISO instant → `20270328T081500Z`. */
function utcDateTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART;TZID=${BERLIN}:${localDateTime(event.startsAt)}`,
    `DTEND;TZID=${BERLIN}:${localDateTime(event.endsAt)}`,
    `SEQUENCE:${event.sequence}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR with the Berlin time zone and the events, CRLF after every line. */
export function toICalendar(events: readonly CalendarEvent[], name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Netzwerkstatt//Treffen//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${BERLIN}`,
    ...BERLIN_TIMEZONE,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
