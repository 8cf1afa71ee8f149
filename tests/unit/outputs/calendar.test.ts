import { describe, expect, it } from 'vitest';
import {
  calendarEntries,
  calendarFile,
  clockTime,
  eventWhen,
  isPast,
  zonedTimeToUtc,
  type MagazineEvent,
} from '@/lib/outputs/calendar';
import { eventFileName } from '@/lib/site/urls';

const site = {
  baseUrl: 'https://mag.example.org',
  timeZone: 'Europe/London',
  publisher: 'The Test Programme',
};
const partnerDay: MagazineEvent = {
  title: 'Partner day, Leeds; bring lunch',
  date: '2026-12-03',
  start: '10:00',
  end: '16:00',
  place: 'Civic Hall, Leeds',
  registration: 'https://mag.example.org/book',
};
const conference: MagazineEvent = { title: 'Conference', date: '2027-03-18' };
const made = new Date('2026-11-30T09:30:00Z');

/** Unfolds an iCalendar file into its logical lines (RFC 5545, 3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

function entriesOf(events: MagazineEvent[], changes = 0) {
  const article = {
    slug: 'events',
    events,
    changes: Array.from({ length: changes }, () => ({ date: '2026-11-01', note: 'x' })),
  };
  return calendarEntries(article, { number: 9 }, site);
}

describe('calendarFile', () => {
  const ics = calendarFile(entriesOf([partnerDay]), site, made);

  it('is an iCalendar file with one event and every required field', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//The Test Programme//Masthead//EN');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:9-events-partner-day-leeds-bring-lunch@mag.example.org');
    expect(lines).toContain('DTSTAMP:20261130T093000Z');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('gives local times in UTC and escapes text, line breaks of every kind included', () => {
    const lines = unfold(ics);
    expect(lines).toContain('DTSTART:20261203T100000Z');
    expect(lines).toContain('DTEND:20261203T160000Z');
    expect(lines).toContain('SUMMARY:Partner day\\, Leeds\\; bring lunch');
    expect(lines).toContain('LOCATION:Civic Hall\\, Leeds');
    const broken = calendarFile(
      entriesOf([
        {
          ...conference,
          title: 'One\rTwo\nThree\r\nFour\u2028Five\u2029Six\u0085Seven\vEight\fNine',
          place: 'Hall\u2028Room 2',
        },
      ]),
      site,
      made,
    );
    expect(unfold(broken).find((line) => line.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:One\\nTwo\\nThree\\nFour\\nFive\\nSix\\nSeven\\nEight\\nNine',
    );
    expect(unfold(broken)).toContain('LOCATION:Hall\\nRoom 2');
    expect(broken.replace(/\r\n/g, '')).not.toMatch(/[\r\n\v\f\u0085\u2028\u2029]/);
  });

  it('makes an all-day event from a date without times', () => {
    const lines = unfold(calendarFile(entriesOf([conference]), site, made));
    expect(lines).toContain('DTSTART;VALUE=DATE:20270318');
  });

  it('keeps each event’s UID when the list is reordered, and raises SEQUENCE with each correction', () => {
    const before = entriesOf([partnerDay, conference]);
    const after = entriesOf([conference, partnerDay], 2);
    expect(after.map((entry) => entry.uid).sort()).toEqual(before.map((entry) => entry.uid).sort());
    expect(after.every((entry) => entry.sequence === 2)).toBe(true);
    const twice = entriesOf([conference, { ...conference, date: '2028-03-16' }]);
    expect(new Set(twice.map((entry) => entry.uid)).size).toBe(2);
  });

  it('holds every event of an edition in one file', () => {
    const lines = unfold(calendarFile(entriesOf([partnerDay, conference]), site, made));
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
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
      'Thursday 3 December 2026, 10am to 4pm',
    );
    expect(eventWhen({ title: 'x', date: '2026-12-03', start: '09:30' })).toBe(
      'Thursday 3 December 2026, from 9:30am',
    );
    expect(['00:00', '00:15', '09:05', '12:00', '12:30', '13:00', '23:59'].map(clockTime)).toEqual([
      'midnight',
      '12:15am',
      '9:05am',
      'midday',
      '12:30pm',
      '1pm',
      '11:59pm',
    ]);
    expect(isPast({ date: '2026-12-03' }, '2026-12-03')).toBe(false);
    expect(isPast({ date: '2026-12-03' }, '2026-12-04')).toBe(true);
    expect(eventFileName({ title: 'Partner day: Leeds' }, 0)).toBe('1-partner-day-leeds.ics');
  });
});
