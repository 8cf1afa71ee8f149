import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Article, Edition } from '../library/getters';
import type { EventFrontMatter } from '../content/schema';
import { formatDate } from '../site/dates';
import type { SiteSettings } from '../site/settings';
import { slugify } from '../site/slug';
import { absoluteUrl, articlePath } from '../site/urls';

/*
 * Events listed in an article's front matter: how they read, whether they are past, and the
 * iCalendar (RFC 5545) files a reader can add to a calendar, for one event or a whole edition.
 * Times in the front matter are local to the site's time zone; calendar files carry them in
 * UTC, which every calendar reads without a time-zone definition.
 */

export type MagazineEvent = EventFrontMatter;

/** True once the event's day has gone (in the site's time zone, given as `today`). */
export function isPast(event: Pick<MagazineEvent, 'date'>, today: string): boolean {
  // Both are YYYY-MM-DD, which sort as text in date order.
  return event.date < today;
}

/** "Thursday 3 December 2026, 9:30am to 4pm". */
export function eventWhen(event: MagazineEvent): string {
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${event.date}T00:00:00Z`),
  );
  const day = `${weekday} ${formatDate(event.date)}`;
  if (!event.start) return day;
  const start = clockTime(event.start);
  return event.end ? `${day}, ${start} to ${clockTime(event.end)}` : `${day}, from ${start}`;
}

/**
 * A 24-hour "HH:MM" written as GOV.UK style writes times: 9:30am, 1pm, midday, midnight (the
 * front matter keeps 24-hour times, which cannot be misread).
 */
export function clockTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  return minutes === 0
    ? `${hour}${suffix}`
    : `${hour}:${String(minutes).padStart(2, '0')}${suffix}`;
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

/** One event as a calendar entry: where it came from and which revision it is. */
export interface CalendarEntry {
  event: MagazineEvent;
  /**
   * Stays the same while the event is the same event, whatever else in the article changes
   * (see calendarEntries), so a calendar updates its copy instead of adding another.
   */
  uid: string;
  /** The article's address, for readers who want the details. */
  url: string;
  /** Rises with every correction recorded on the article, so calendars take the new version. */
  sequence: number;
}

/**
 * The calendar entries of an article's events. Each entry's UID is made from the edition, the
 * article and the event's title (with a count when a title repeats), not from its place in
 * the list, so reordering the events changes no UID.
 */
export function calendarEntries(
  article: Pick<Article, 'slug' | 'events' | 'changes'>,
  edition: Pick<Edition, 'number'>,
  site: Pick<SiteSettings, 'baseUrl'>,
): CalendarEntry[] {
  const host = new URL(site.baseUrl).hostname;
  const url = absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug));
  const seen = new Map<string, number>();
  return (article.events ?? []).map((event) => {
    const name = slugify(event.title);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    const uid = `${edition.number}-${article.slug}-${name}${count > 1 ? `-${count}` : ''}@${host}`;
    return { event, uid, url, sequence: article.changes.length };
  });
}

/**
 * Text with every kind of line break made a line feed, the one ical-generator escapes: a lone
 * carriage return (or a Unicode line separator) left in would end the line inside the file,
 * and what follows it would be read as a property of its own.
 */
function oneKindOfLineBreak(text: string): string {
  return text.replace(/\r\n|[\r\v\f\u0085\u2028\u2029]/g, '\n');
}

/**
 * Events as one iCalendar file (RFC 5545), written by ical-generator (escaping, folding and
 * line ends): times in UTC, an event without times as an all-day entry, an event without an
 * end as an hour long. DTSTAMP is when the file was made, as the standard asks.
 */
export function calendarFile(
  entries: readonly CalendarEntry[],
  settings: Pick<SiteSettings, 'timeZone' | 'publisher'>,
  now: Date = new Date(),
): string {
  const calendar = ical({
    prodId: { company: settings.publisher, product: 'Masthead', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const { event, uid, url, sequence } of entries) {
    const starts = event.start
      ? zonedTimeToUtc(event.date, event.start, settings.timeZone)
      : new Date(`${event.date}T00:00:00Z`);
    const ends = event.end
      ? zonedTimeToUtc(event.date, event.end, settings.timeZone)
      : new Date(starts.getTime() + 60 * 60 * 1000);
    calendar.createEvent({
      id: uid,
      sequence,
      stamp: now,
      start: starts,
      ...(event.start ? { end: ends } : { allDay: true }),
      summary: oneKindOfLineBreak(event.title),
      location: event.place === undefined ? null : oneKindOfLineBreak(event.place),
      description: oneKindOfLineBreak(
        event.registration ? `Register: ${event.registration}\nDetails: ${url}` : `Details: ${url}`,
      ),
      url: event.registration ?? url,
    });
  }
  return `${calendar.toString()}\r\n`;
}
