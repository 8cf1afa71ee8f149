import { formatDate } from '../site/dates';
import type { EventFrontMatter } from '../content/schema';
import { slugify } from '../site/slug';

/*
 * Events listed in an article's front matter: how they read, whether they are past, and the
 * iCalendar (RFC 5545) file a reader can add to a calendar. Times in the front matter are
 * local to the site's time zone; calendar files carry them in UTC, which every calendar reads
 * without a time-zone definition.
 */

export type MagazineEvent = EventFrontMatter;

/** The calendar file's name for the event at `index` in its article. */
export function eventFileName(event: MagazineEvent, index: number): string {
  return `${index + 1}-${slugify(event.title)}.ics`;
}

/** True once the event's day has gone (in the site's time zone, given as `today`). */
export function isPast(event: Pick<MagazineEvent, 'date'>, today: string): boolean {
  // Both are YYYY-MM-DD, which sort as text in date order.
  return event.date < today;
}

/** "Thursday 3 December 2026, 10:00 to 16:00". */
export function eventWhen(event: MagazineEvent): string {
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${event.date}T00:00:00Z`),
  );
  const day = `${weekday} ${formatDate(event.date)}`;
  if (!event.start) return day;
  return event.end ? `${day}, ${event.start} to ${event.end}` : `${day}, from ${event.start}`;
}

/** The UTC instant of a local date and time in `timeZone`. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at that moment; checked a second time across a clock change.
  let instant = asIfUtc - offsetAt(asIfUtc, timeZone);
  instant = asIfUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
  );
  return local - Math.floor(instant / 60_000) * 60_000;
}

/** Where an event came from, for its calendar entry. */
export interface EventSource {
  /** A stable, unique identifier, e.g. the article's address and the event's number. */
  uid: string;
  /** The article's address, for readers who want the details. */
  url: string;
  /** When the entry was published (the edition's date), so the file is the same every build. */
  published: string;
  timeZone: string;
  /** Who publishes it, for the calendar's product line. */
  publisher: string;
}

/** The event as an iCalendar file (RFC 5545): CRLF line ends, escaped text, folded lines. */
export function eventToIcs(event: MagazineEvent, source: EventSource): string {
  const stamp = `${source.published.replace(/-/g, '')}T000000Z`;
  const when = event.start
    ? timed(event, event.start, source.timeZone)
    : [
        `DTSTART;VALUE=DATE:${event.date.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      ];
  const description = event.registration
    ? `Register: ${event.registration}\nDetails: ${source.url}`
    : `Details: ${source.url}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(source.publisher)}//Masthead//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(source.uid)}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.place ? [`LOCATION:${escapeText(event.place)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${event.registration ?? source.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function utcStamp(date: Date): string {
  return `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** Start and end in UTC; an event with no end time is entered as an hour long. */
function timed(event: MagazineEvent, start: string, timeZone: string): string[] {
  const begins = zonedTimeToUtc(event.date, start, timeZone);
  const ends = event.end
    ? zonedTimeToUtc(event.date, event.end, timeZone)
    : new Date(begins.getTime() + 60 * 60 * 1000);
  return [`DTSTART:${utcStamp(begins)}`, `DTEND:${utcStamp(ends)}`];
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Escapes text values: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line longer than 75 octets, without splitting a character (RFC 5545, 3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const width = encoder.encode(character).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
