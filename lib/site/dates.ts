const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Formats a `YYYY-MM-DD` date as "14 October 2026". Dates are calendar days, not instants,
 * so they are read and written in UTC and never shift a day with the server's time zone.
 */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
