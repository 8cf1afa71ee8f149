import { describe, expect, it } from 'vitest';
import {
  eventFileName,
  eventToIcs,
  eventWhen,
  isPast,
  zonedTimeToUtc,
} from '@/lib/outputs/calendar';

const source = {
  uid: '9-events-1@mag.example.org',
  url: 'https://mag.example.org/editions/9/events',
  published: '2026-10-14',
  timeZone: 'Europe/London',
  publisher: 'The Test Programme',
};

/** Unfolds an iCalendar file into its logical lines (RFC 5545, 3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('eventToIcs', () => {
  const ics = eventToIcs(
    {
      title: 'Partner day, Leeds; bring lunch',
      date: '2026-12-03',
      start: '10:00',
      end: '16:00',
      place: 'Civic Hall, Leeds',
      registration: 'https://mag.example.org/book',
    },
    source,
  );

  it('is an iCalendar file with one event and every required field', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.find((line) => line.startsWith('PRODID:'))).toBeDefined();
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:9-events-1@mag.example.org');
    expect(lines).toContain('DTSTAMP:20261014T000000Z');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('gives local times in UTC and escapes text', () => {
    const lines = unfold(ics);
    expect(lines).toContain('DTSTART:20261203T100000Z');
    expect(lines).toContain('DTEND:20261203T160000Z');
    expect(lines).toContain('SUMMARY:Partner day\\, Leeds\\; bring lunch');
    expect(lines).toContain('LOCATION:Civic Hall\\, Leeds');
    expect(lines).toContain('URL:https://mag.example.org/book');
  });

  it('makes an all-day event from a date without times', () => {
    const lines = unfold(eventToIcs({ title: 'Conference', date: '2027-03-18' }, source));
    expect(lines).toContain('DTSTART;VALUE=DATE:20270318');
    expect(lines).toContain('DTEND;VALUE=DATE:20270319');
  });
});

describe('event helpers', () => {
  it('converts London time to UTC across summer time', () => {
    expect(zonedTimeToUtc('2026-07-01', '10:00', 'Europe/London').toISOString()).toBe(
      '2026-07-01T09:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-12-01', '10:00', 'Europe/London').toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
  });

  it('says when, marks past events and names calendar files', () => {
    expect(eventWhen({ title: 'x', date: '2026-12-03', start: '10:00', end: '16:00' })).toBe(
      'Thursday 3 December 2026, 10:00 to 16:00',
    );
    expect(isPast({ date: '2026-12-03' }, '2026-12-03')).toBe(false);
    expect(isPast({ date: '2026-12-03' }, '2026-12-04')).toBe(true);
    expect(eventFileName({ title: 'Partner day: Leeds', date: '2026-12-03' }, 0)).toBe(
      '1-partner-day-leeds.ics',
    );
  });
});
