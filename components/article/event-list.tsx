import type { Article } from '@/lib/library/getters';
import { eventWhen, isPast } from '@/lib/outputs/calendar';
import { eventFileName } from '@/lib/site/urls';
import { calendarFilePath } from '@/lib/site/urls';

/**
 * An article's events: when and where, how to register, and a calendar file for each.
 * Events whose day has gone are marked as past and lose their registration link.
 */
export function EventList({
  article,
  today,
}: {
  article: Pick<Article, 'events' | 'editionNumber' | 'slug'>;
  today: string;
}) {
  if (!article.events?.length) return null;
  return (
    <section aria-labelledby="events-heading" className="mt-10">
      <h2 id="events-heading" className="headline text-2xl">
        Dates for your diary
      </h2>
      <ul className="mt-4 divide-y divide-rule border-y border-rule">
        {article.events.map((event, index) => {
          const past = isPast(event, today);
          return (
            <li
              key={`${event.date}-${event.title}`}
              className={`py-4 font-sans ${past ? 'text-muted' : ''}`}
            >
              <p className="text-sm font-semibold">
                <time dateTime={event.start ? `${event.date}T${event.start}` : event.date}>
                  {eventWhen(event)}
                </time>
                {past ? (
                  <span className="ml-2 rounded-sm bg-rule px-2 py-0.5 text-xs font-bold uppercase">
                    Past event
                  </span>
                ) : null}
              </p>
              <p className="mt-1 font-serif text-xl font-semibold text-ink">{event.title}</p>
              {event.place ? <p className="text-sm">{event.place}</p> : null}
              {past ? null : (
                <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                  {event.registration ? (
                    <a href={event.registration} aria-label={`Register for ${event.title}`}>
                      Register
                    </a>
                  ) : null}
                  <a
                    href={calendarFilePath(
                      article.editionNumber,
                      article.slug,
                      eventFileName(event, index),
                    )}
                    download
                    aria-label={`Add to calendar: ${event.title} (.ics)`}
                  >
                    Add to calendar (.ics)
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
