import {
  editionCalendarPath,
  editionPath,
  pdfPath,
  plainViewPath,
  textFilePath,
} from '@/lib/site/urls';

/**
 * Links to the other ways to read an edition, and its events for a calendar when it lists any.
 * `current` is the view the reader is on.
 */
export function EditionFormats({
  edition,
  current,
  hasEvents = false,
}: {
  edition: number;
  current?: 'magazine';
  hasEvents?: boolean;
}) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-sm">
      {current !== 'magazine' ? (
        <li>
          <a href={editionPath(edition)}>Magazine view</a>
        </li>
      ) : null}
      <li>
        {/* Plain views are finished HTML from a route handler, so a full page load is right. */}
        <a href={plainViewPath(edition)}>Plain web page (accessible, no pictures)</a>
      </li>
      <li>
        <a href={textFilePath(edition)} type="text/plain">
          Plain text file (.txt)
        </a>
      </li>
      <li>
        <a href={pdfPath(edition)} type="application/pdf">
          PDF to print or forward (.pdf)
        </a>
      </li>
      {hasEvents ? (
        <li>
          <a href={editionCalendarPath(edition)} type="text/calendar">
            All this edition’s events for your calendar (.ics)
          </a>
        </li>
      ) : null}
    </ul>
  );
}
