import fs from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { getEditions } from '../library/getters';
import { boundedLines, MAX_LINE_LENGTH, parseLogLine } from '../readership/log-line';
import { readershipPage } from '../readership/report-page';
import { Tally } from '../readership/tally';
import { site } from '../content/site';

/*
 * `npm run readership -- [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out folder] <logs…>`:
 * the readership report from nginx access logs in `combined` format, plain or gzipped, read line
 * by line so a quarter's log never sits in memory. Editions and articles come from the content,
 * so a former address counts for what it leads to.
 */

const USAGE =
  'Usage: npm run readership -- [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out folder] <log files…>';

interface Options {
  json: boolean;
  from?: string;
  to?: string;
  out: string;
  files: string[];
}

function parseArguments(args: readonly string[]): Options {
  const options: Options = { json: false, out: 'readership', files: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const value = () => {
      const next = args[index + 1];
      if (next === undefined) fail(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--from' || arg === '--to') {
      const day = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
        fail(`${arg} takes a date written YYYY-MM-DD, not "${day}"`);
      options[arg === '--from' ? 'from' : 'to'] = day;
    } else if (arg === '--out') options.out = value();
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) fail('name at least one log file');
  if (options.from && options.to && options.from > options.to)
    fail(`--from ${options.from} is after --to ${options.to}`);
  return options;
}

function fail(message: string): never {
  console.error(`readership: ${message}\n${USAGE}`);
  process.exit(2);
}

async function readLog(file: string, tally: Tally): Promise<number> {
  if (!fs.existsSync(file)) fail(`no such log file: ${file}`);
  let stream: NodeJS.ReadableStream = fs.createReadStream(file);
  if (file.endsWith('.gz')) stream = stream.pipe(createGunzip());
  let unread = 0;
  try {
    for await (const line of boundedLines(stream as AsyncIterable<Buffer>)) {
      const parsed = line === undefined ? undefined : parseLogLine(line);
      if (parsed) tally.add(parsed);
      else if (line?.trim() !== '') unread += 1;
    }
  } catch (error) {
    // A damaged gzip file: what was read so far counts, and the report says the rest was not.
    console.error(`readership: ${file} could not be read to its end (${String(error)})`);
    unread += 1;
  }
  return unread;
}

const options = parseArguments(process.argv.slice(2));
// The editions and articles the public can read today, as the site shows them.
const tally = new Tally(getEditions('public'), site.baseUrl, options);
let unread = 0;
for (const file of options.files) unread += await readLog(file, tally);
if (unread > 0)
  console.error(
    `readership: ${unread} lines could not be read (not in the combined format, a date that cannot be, or longer than ${MAX_LINE_LENGTH} characters) and were skipped`,
  );

const report = tally.report();
if (options.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  fs.mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, `readership-${report.from}-to-${report.to}.html`);
  fs.writeFileSync(file, readershipPage(report, site));
  console.log(`Report written to ${file}`);
}
