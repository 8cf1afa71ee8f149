/*
 * One line of an access log in nginx's (and Apache's) `combined` format:
 *
 *   203.0.113.7 - - [14/Oct/2026:09:15:02 +0100] "GET /editions/9 HTTP/1.1" 200 5120 "https://www.example.org/" "Mozilla/5.0 …"
 *
 * Read with one anchored pattern (COMBINED), not by finding separators: a visitor chooses
 * part of the line (the user name), and a reader that looks for the first bracket could be told
 * any date.
 */

/** What a report needs from a request. */
export interface LogLine {
  client: string;
  /** The day as the server wrote it (its local time), YYYY-MM-DD. */
  day: string;
  method: string;
  /** The address asked for, with its query string. */
  target: string;
  status: number;
  referrer: string;
  userAgent: string;
}

const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** Longest line read: nginx caps a request's headers at 8 KB; a longer line is not its own. */
export const MAX_LINE_LENGTH = 16 * 1024;

/**
 * A `combined` line from start to end: address, identity, user, [time], "request", status,
 * size, "referrer", "browser". The user name comes from any request's `Authorization: Basic`
 * header, so a visitor chooses it and it may hold spaces or brackets; nginx writes a quote inside
 * a field as \x22 and Apache as \", so no field but a quoted one holds a quote, and the time is
 * the first bracketed one followed by a quoted request. Anchored at both ends, so nothing a
 * visitor sends can move a field.
 */
const COMBINED =
  /^(\S+) \S+ .*? \[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) [+-]\d{4}\] "((?:[^"\\]|\\.)*)" (\d{3}) (?:\d+|-) "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"$/;

/** The earliest year a log of this site can hold. */
const FIRST_YEAR = 2000;

/**
 * The line's fields, or undefined when it is not a `combined` line with a real date (no later
 * than tomorrow: a log is read after it is written).
 */
export function parseLogLine(line: string): LogLine | undefined {
  if (line.length > MAX_LINE_LENGTH) return undefined;
  const match = COMBINED.exec(line);
  if (!match) return undefined;
  const [, client = '', dd = '', mon = '', yyyy = '', hh = '', mm = '', ss = ''] = match;
  const [request = '', status = '', referrer = '', userAgent = ''] = match.slice(8);
  const month = MONTHS[mon];
  if (!month || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) return undefined;
  const day = `${yyyy}-${month}-${dd}`;
  const time = Date.parse(`${day}T00:00:00Z`);
  // Date.parse accepts 2026-02-30; the day must be the one it reads back as.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) return undefined;
  if (Number(yyyy) < FIRST_YEAR || time > Date.now() + 86_400_000) return undefined;

  const methodEnd = request.indexOf(' ');
  const targetEnd = request.lastIndexOf(' ');
  if (methodEnd < 1) return undefined;
  return {
    client,
    day,
    method: request.slice(0, methodEnd),
    target: request.slice(methodEnd + 1, targetEnd > methodEnd ? targetEnd : undefined),
    status: Number(status),
    referrer,
    userAgent,
  };
}

/**
 * The lines of a stream, each at most `maxLength` characters: a longer one (or a file with no
 * line breaks at all) is passed over as it arrives, never held whole, and given as undefined so
 * the caller can count it.
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  maxLength: number = MAX_LINE_LENGTH,
): AsyncGenerator<string | undefined> {
  const decoder = new TextDecoder();
  let pending = '';
  let overlong = false;
  for await (const chunk of input) {
    let text =
      pending + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end).replace(/\r$/, '');
      yield overlong || line.length > maxLength ? undefined : line;
      overlong = false;
      start = end + 1;
    }
    text = text.slice(start);
    if (text.length > maxLength) {
      // Too long already: forget it, and everything up to the next line break.
      overlong = true;
      text = '';
    }
    pending = text;
  }
  pending += decoder.decode();
  if (overlong) yield undefined;
  else if (pending !== '') yield pending.length > maxLength ? undefined : pending;
}
