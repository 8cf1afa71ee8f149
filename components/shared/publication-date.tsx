import { formatDate } from '@/lib/site/dates';

/** A calendar date as "14 October 2026", machine-readable through `<time dateTime>`. */
export function PublicationDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
