/*
 * One line of an access log in nginx's (and Apache's) `combined` format:
 *
 *   203.0.113.7 - - [14/Oct/2026:09:15:02 +0100] "GET /editions/9 HTTP/1.1" 200 5120 "https://www.example.org/" "Mozilla/5.0 …"
 *
 * Read by hand rather than with one regular expression: a quarter's log is millions of lines,
 * and finding a few separators is several times faster.
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

/** The line's fields, or undefined when it is not a `combined` line. */
export function parseLogLine(line: string): LogLine | undefined {
  const clientEnd = line.indexOf(' ');
  const timeStart = line.indexOf('[', clientEnd);
  const requestStart = line.indexOf('"', timeStart);
  if (clientEnd < 1 || timeStart < 0 || requestStart < 0) return undefined;
  // [14/Oct/2026:09:15:02 +0100]
  const month = MONTHS[line.slice(timeStart + 4, timeStart + 7)];
  if (!month) return undefined;
  const day = `${line.slice(timeStart + 8, timeStart + 12)}-${month}-${line.slice(timeStart + 1, timeStart + 3)}`;

  const requestEnd = quoteEnd(line, requestStart + 1);
  if (requestEnd < 0) return undefined;
  const request = line.slice(requestStart + 1, requestEnd);
  const methodEnd = request.indexOf(' ');
  const targetEnd = request.lastIndexOf(' ');
  if (methodEnd < 1) return undefined;
  const target = request.slice(methodEnd + 1, targetEnd > methodEnd ? targetEnd : undefined);

  const status = Number(line.slice(requestEnd + 2, requestEnd + 5));
  const referrerStart = line.indexOf('"', requestEnd + 1);
  const referrerEnd = referrerStart < 0 ? -1 : quoteEnd(line, referrerStart + 1);
  const agentStart = referrerEnd < 0 ? -1 : line.indexOf('"', referrerEnd + 1);
  const agentEnd = agentStart < 0 ? -1 : quoteEnd(line, agentStart + 1);
  if (!Number.isInteger(status) || agentEnd < 0) return undefined;
  return {
    client: line.slice(0, clientEnd),
    day,
    method: request.slice(0, methodEnd),
    target,
    status,
    referrer: line.slice(referrerStart + 1, referrerEnd),
    userAgent: line.slice(agentStart + 1, agentEnd),
  };
}

/** Where a quoted field ends: nginx writes a quote inside one as \x22, Apache as \". */
function quoteEnd(line: string, from: number): number {
  let at = line.indexOf('"', from);
  while (at > 0 && line[at - 1] === '\\') at = line.indexOf('"', at + 1);
  return at;
}
