/*
 * Access log lines in nginx's `combined` format, for the readership tests and benchmark.
 */

/** Browsers and a bot, as their user agents appear in logs. */
export const AGENTS = {
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Request {
  client: string;
  /** YYYY-MM-DD */
  day: string;
  path: string;
  method?: string;
  status?: number;
  referrer?: string;
  agent?: string;
}

/** One request as nginx writes it with `log_format combined`. */
export function logLine(request: Request): string {
  const [year, month, day] = request.day.split('-');
  const time = `${day}/${MONTHS[Number(month) - 1]}/${year}:10:15:00 +0000`;
  return `${request.client} - - [${time}] "${request.method ?? 'GET'} ${request.path} HTTP/1.1" ${request.status ?? 200} 5120 "${request.referrer ?? '-'}" "${request.agent ?? AGENTS.firefox}"`;
}
