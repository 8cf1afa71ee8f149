import { describe, expect, it } from 'vitest';
import {
  archivePagePath,
  articleTextFilePath,
  calendarFilePath,
  mediaPath,
  plainViewPath,
  textFilePath,
} from '@/lib/site/urls';

describe('addresses', () => {
  it('give the archive’s first page the archive’s own address', () => {
    expect(archivePagePath(1)).toBe('/editions');
    expect(archivePagePath(3)).toBe('/editions/page/3');
  });

  it('place each view and file of an edition under its address', () => {
    expect(plainViewPath(9)).toBe('/editions/9/plain');
    expect(textFilePath(9)).toBe('/editions/9/plain.txt');
    expect(articleTextFilePath(9, 'events')).toBe('/editions/9/events/plain.txt');
    expect(mediaPath(9, 'cover.svg')).toBe('/editions/9/media/cover.svg');
    expect(calendarFilePath(9, 'events', '1-partner-day.ics')).toBe(
      '/editions/9/events/calendar/1-partner-day.ics',
    );
  });
});
