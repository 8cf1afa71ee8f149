import { z } from 'zod';
import { HIDDEN_CHARACTER, type YamlFields } from './front-matter';
import { closestName, type ProblemList } from './problems';

/*
 * The front matter contract. Each schema both checks a file and gives the TypeScript type
 * of what it accepts, so the two never drift apart. Unknown fields are errors: a typo such
 * as `auther:` must not pass silently.
 */

// Bidirectional overrides can make a title read differently from what it says, and invisible
// or control characters (HIDDEN_CHARACTER) have no place in a field; nor, in a one-line field,
// has a tab or a line break written as a YAML escape.
const UNSAFE_CHARACTERS = new RegExp(`[\\t\\n]|${HIDDEN_CHARACTER.source}`, 'u');

/** A one-line piece of text: trimmed, not empty, no control or direction-override characters. */
function text(maxLength: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .refine((value) => !UNSAFE_CHARACTERS.test(value), { message: 'unsafe-characters' });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a `YYYY-MM-DD` date that exists on the calendar (no 30 February). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const isoDate = z.string().regex(ISO_DATE).refine(isRealDate, { message: 'not-a-real-date' });

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** An event listed in an article's front matter; each gets a calendar file. */
const eventSchema = z
  .strictObject({
    title: text(200),
    date: isoDate,
    start: z.string().regex(TIME).optional(),
    end: z.string().regex(TIME).optional(),
    place: text(200).optional(),
    registration: z
      .string()
      .regex(/^https:\/\/\S+$/)
      .optional(),
  })
  .superRefine((event, context) => {
    if (event.end !== undefined && event.start === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'an end time needs a start time',
      });
    }
    // Compared only when both are times: a start of "1pm" has its own message already.
    if (
      event.start !== undefined &&
      event.end !== undefined &&
      TIME.test(event.start) &&
      TIME.test(event.end) &&
      event.end <= event.start
    ) {
      context.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'the end time must be after the start time',
      });
    }
  });

export type EventFrontMatter = z.infer<typeof eventSchema>;

/** A correction or update to a published article, shown with its date at the article's end. */
const changeSchema = z.strictObject({ date: isoDate, note: text(1000) });

/** Why and when an article was withdrawn: it stays at its address with this notice. */
const withdrawnSchema = z.strictObject({ date: isoDate, reason: text(1000) });

const fileName = z.string().trim().min(1).max(200);
const slug = z.string().max(80).regex(SLUG);

export const editionSchema = z
  .strictObject({
    number: z.number().int().positive().max(1_000_000),
    title: text(200),
    published: isoDate,
    summary: text(1000),
    cover: fileName.optional(),
    coverAlt: text(500).optional(),
    draft: z.boolean().optional(),
    aliases: z.array(z.number().int().positive().max(1_000_000)).max(20).optional(),
    removed: z
      .array(z.union([slug, z.strictObject({ slug, date: isoDate })]))
      .max(500)
      .optional(),
    announcement: text(1000).optional(),
  })
  .superRefine((edition, context) => {
    if (edition.cover !== undefined && edition.coverAlt === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['cover'],
        message: 'a cover needs coverAlt: describe the picture for readers who cannot see it',
        params: { needs: 'coverAlt' },
      });
    }
    if (edition.coverAlt !== undefined && edition.cover === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['coverAlt'],
        message: 'coverAlt is set but there is no cover: add cover or remove coverAlt',
        params: { needs: 'cover' },
      });
    }
  });

/** Personal data someone has reviewed: the value exactly as written, and why it may stay. */
const clearanceSchema = z.strictObject({ value: text(200), reason: text(500) });

export const articleSchema = z
  .strictObject({
    title: text(200),
    summary: text(1000).optional(),
    author: text(120).optional(),
    role: text(200).optional(),
    section: text(60).optional(),
    tags: z.array(text(40)).max(20).optional(),
    image: fileName.optional(),
    imageAlt: text(500).optional(),
    slug: slug.optional(),
    draft: z.boolean().optional(),
    aliases: z.array(slug).max(20).optional(),
    cleared: z.array(clearanceSchema).max(50).optional(),
    approved: text(200).optional(),
    events: z.array(eventSchema).max(50).optional(),
    changes: z.array(changeSchema).max(50).optional(),
    withdrawn: withdrawnSchema.optional(),
  })
  .superRefine((article, context) => {
    if (article.role !== undefined && article.author === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['role'],
        message: 'role is set but there is no author: add author or remove role',
        params: { needs: 'author' },
      });
    }
    if (article.image !== undefined && article.imageAlt === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['image'],
        message: 'an image needs imageAlt: describe the picture for readers who cannot see it',
        params: { needs: 'imageAlt' },
      });
    }
    if (article.imageAlt !== undefined && article.image === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['imageAlt'],
        message: 'imageAlt is set but there is no image: add image or remove imageAlt',
        params: { needs: 'image' },
      });
    }
  });

export type EditionFrontMatter = z.infer<typeof editionSchema>;
export type ArticleFrontMatter = z.infer<typeof articleSchema>;

/** The magazine's own settings file, beside the editions in the content folder. */
export const SITE_FILE = 'site.yml';

/** True when `zone` is an IANA time zone this system knows, such as Europe/London. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The magazine's identity and editorial settings (content/site.yml): everything an editor
 * decides about the magazine as a whole. Where it is served and its secrets are deployment
 * settings, in the environment.
 */
export const siteSchema = z.strictObject({
  name: text(80),
  publisher: text(200),
  description: text(500),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
  timeZone: z.string().refine(isTimeZone, { message: 'not-a-time-zone' }),
  emailDomains: z
    .array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/))
    .max(50)
    .default([]),
  phoneNumbers: z.array(text(40)).max(50).default([]),
  accessibilityContact: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/),
  emailFrom: text(200).optional(),
  emailReason: text(500),
});

export type SiteFile = z.infer<typeof siteSchema>;

/** What each field should hold, with an example line, for messages an editor can act on. */
interface FieldHelp {
  expect: string;
  example: string;
}

export const siteHelp: Record<keyof SiteFile, FieldHelp> = {
  name: { expect: "the magazine's name, up to 80 characters", example: 'name: Northlight' },
  publisher: {
    expect: 'the name of the programme or organisation that publishes it',
    example: 'publisher: The Northlight Programme',
  },
  description: {
    expect: 'one sentence on what the magazine is, up to 500 characters',
    example: 'description: "The quarterly magazine of the Northlight Programme."',
  },
  language: {
    expect: 'a language tag such as en-GB or cy',
    example: 'language: en-GB',
  },
  timeZone: {
    expect: 'a time zone such as Europe/London, in which publication dates begin',
    example: 'timeZone: Europe/London',
  },
  emailDomains: {
    expect: "a list of the programme's own email domains",
    example: 'emailDomains: [northlight.example.org]',
  },
  phoneNumbers: {
    expect: "a list of the programme's shared phone numbers, in double quotes",
    example: 'phoneNumbers: ["0113 496 0000"]',
  },
  accessibilityContact: {
    expect: 'the email address readers write to for another format or an accessibility problem',
    example: 'accessibilityContact: accessibility@northlight.example.org',
  },
  emailFrom: {
    expect: 'the sender the email edition names, as Name <address>, in double quotes',
    example: 'emailFrom: "Northlight <magazine@northlight.example.org>"',
  },
  emailReason: {
    expect: "one or two sentences in the email's footer on why the reader receives it",
    example:
      'emailReason: "You receive this email because you work with the Northlight Programme."',
  },
};

export const editionHelp: Record<keyof EditionFrontMatter, FieldHelp> = {
  number: { expect: 'a whole number above 0, without quotes', example: 'number: 9' },
  title: { expect: 'text of up to 200 characters', example: 'title: "Autumn 2026"' },
  published: { expect: 'a date written YYYY-MM-DD', example: 'published: 2026-10-14' },
  summary: {
    expect: 'text of up to 1000 characters',
    example: 'summary: "What this edition covers, in a sentence or two."',
  },
  cover: {
    expect: "the name of an image file in this edition's folder",
    example: 'cover: cover.svg',
  },
  coverAlt: {
    expect: 'a description of the cover of up to 500 characters',
    example: 'coverAlt: "A lighthouse beam across a dark sea"',
  },
  draft: { expect: 'true or false, without quotes', example: 'draft: true' },
  aliases: { expect: 'a list of the numbers this edition used to have', example: 'aliases: [90]' },
  removed: {
    expect:
      'a list of the slugs of articles taken down from this edition, each perhaps with the day it was taken down (slug: and date:)',
    example: 'removed: [case-study-harbour-town]',
  },
  announcement: {
    expect: 'text of up to 1000 characters',
    example: 'announcement: "Our winter edition looks back on a year of Beacon."',
  },
};

export const articleHelp: Record<keyof ArticleFrontMatter, FieldHelp> = {
  title: { expect: 'text of up to 200 characters', example: 'title: "Rolling out the new tool"' },
  summary: {
    expect: 'text of up to 1000 characters',
    example: 'summary: "One or two sentences on what the article says."',
  },
  author: { expect: 'a name of up to 120 characters', example: 'author: "Jane Doe"' },
  role: { expect: 'a job title of up to 200 characters', example: 'role: "Programme Director"' },
  section: { expect: 'a short label of up to 60 characters', example: 'section: "Case Study"' },
  tags: { expect: 'a list of up to 20 short labels', example: 'tags: [training, partnerships]' },
  image: {
    expect: "the name of an image file in this edition's folder",
    example: 'image: team.jpg',
  },
  imageAlt: {
    expect: 'a description of the image of up to 500 characters',
    example: 'imageAlt: "Officers at a training day"',
  },
  slug: {
    expect:
      'lower-case letters, digits and single hyphens (it becomes the address), up to 80 characters',
    example: 'slug: new-tool-roll-out',
  },
  draft: { expect: 'true or false, without quotes', example: 'draft: true' },
  aliases: {
    expect: 'a list of the slugs this article used to have',
    example: 'aliases: [old-title, older-title]',
  },
  events: {
    expect:
      'a list of events, each with a title and date and optionally start, end, place and registration',
    example:
      'events: [{ title: "Partner day", date: 2026-12-03, start: "10:00", end: "16:00", place: "Leeds" }]',
  },
  changes: {
    expect: 'a list of corrections, each with the date it was made and a note saying what changed',
    example:
      'changes: [{ date: 2026-11-02, note: "We corrected the number of forces using Beacon." }]',
  },
  withdrawn: {
    expect: 'the date the article was withdrawn and the reason, shown at its top',
    example: 'withdrawn: { date: 2026-11-20, reason: "The pilot it describes has ended." }',
  },
  approved: {
    expect: 'who signed the wording off, and when, in double quotes',
    example: 'approved: "Wording approved by the Chief Constable, 2 March 2027"',
  },
  cleared: {
    expect:
      'a list of the personal details someone has reviewed, each with its value and the reason it may stay',
    example:
      'cleared: [{ value: "0113 496 0123", reason: "The helpline\'s shared number; reviewed by J. Smith, DPO, 3 March" }]',
  },
};

/**
 * Checks a file's front matter against a schema. Returns the typed fields, or undefined
 * after reporting every problem with the line of the field concerned.
 */
export function checkFrontMatter<S extends z.ZodType>(
  schema: S,
  help: Record<string, FieldHelp>,
  split: YamlFields,
  file: string,
  problems: ProblemList,
): z.infer<S> | undefined {
  const result = schema.safeParse(split.data, { reportInput: true });
  if (result.success) return result.data;

  // The line of the value at `path`, or of the nearest field above it that has one.
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length > 0; length -= 1) {
      const found = split.positionOf(path.slice(0, length));
      if (found) return found.line;
    }
    return 1;
  };
  // A field the editor misspelt is reported as unknown, with the field it was probably meant
  // to be; that field's absence, or a rule that needs it (role needs author), would only
  // repeat the mistake.
  const misspelt = new Set(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' && !isNested(issue)
        ? issue.keys.flatMap((key) => closestName(key, Object.keys(help)) ?? [])
        : [],
    ),
  );
  for (const issue of result.error.issues) {
    if (issue.code === 'custom' && misspelt.has(String(issue.params?.needs))) continue;
    const missing = issue.path.length === 1 && 'input' in issue && issue.input === undefined;
    if (missing && misspelt.has(String(issue.path[0]))) continue;
    // A value inside an item of a list of objects (an event), or inside an object field
    // (withdrawn), or an unknown field of either.
    if (isNested(issue)) {
      problems.add(file, lineOf(issue.path), nestedMessage(issue));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.add(
          file,
          lineOf([...issue.path, key]),
          unknownFieldMessage(key, Object.keys(help)),
        );
      continue;
    }
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    problems.add(file, lineOf(issue.path), issueMessage(issue, field, help));
  }
  return undefined;
}

const EVENT_FIELDS: Record<string, string> = {
  title: 'text, in double quotes',
  date: 'a real date written YYYY-MM-DD',
  start: 'a time written HH:MM in double quotes, e.g. "10:00"',
  end: 'a time written HH:MM in double quotes, e.g. "16:30"',
  place: 'text, in double quotes',
  registration: 'a web address starting https://',
};

const TEXT = 'text, in double quotes';
const DATE = 'a real date written YYYY-MM-DD';

/** The fields of each list of objects and each object field, for messages about them. */
const NESTED_FIELDS: Record<
  string,
  { noun: string; list: boolean; fields: Record<string, string> }
> = {
  events: { noun: 'An event', list: true, fields: EVENT_FIELDS },
  changes: { noun: 'A change', list: true, fields: { date: DATE, note: TEXT } },
  withdrawn: { noun: 'withdrawn', list: false, fields: { date: DATE, reason: TEXT } },
  cleared: {
    noun: 'A clearance',
    list: true,
    fields: {
      value: 'the detail as it is written in the article, in double quotes',
      reason: 'who reviewed it and why it may stay, in double quotes',
    },
  },
};

/** Whether an issue is about what is inside a list item or an object field. */
function isNested(issue: z.core.$ZodIssue): boolean {
  const nested = NESTED_FIELDS[String(issue.path[0])];
  if (!nested) return false;
  const depth = nested.list ? 2 : 1;
  return (
    issue.path.length > depth || (issue.code === 'unrecognized_keys' && issue.path.length === depth)
  );
}

/** A message about a value inside a list item or an object field, such as an event's date. */
function nestedMessage(issue: z.core.$ZodIssue): string {
  const nested = NESTED_FIELDS[String(issue.path[0])];
  const [field, index] = issue.path;
  const key = nested?.list ? issue.path[2] : issue.path[1];
  const where = nested?.list ? `${String(field)}, item ${Number(index) + 1}` : String(field);
  if (issue.code === 'unrecognized_keys') {
    return `${where}: unknown field ${issue.keys.map((name) => `"${name}"`).join(', ')}. ${nested?.noun ?? 'It'} can have ${Object.keys(nested?.fields ?? {}).join(', ')}`;
  }
  if (issue.code === 'custom') {
    if (issue.message === 'not-a-real-date')
      return `${where}: ${String(key)} is not a real date: check the day and month`;
    if (issue.message === 'unsafe-characters')
      return `${where}: ${String(key)} contains a control or text-direction character`;
    return `${where}: ${issue.message}`;
  }
  const input = 'input' in issue ? issue.input : undefined;
  if (input === undefined) return `${where}: ${String(key)} is missing`;
  const expected = nested?.fields[String(key)];
  return `${where}: ${String(key)} must be ${expected ?? 'valid'}, not ${describe(input)}`;
}

function issueMessage(
  issue: z.core.$ZodIssue,
  field: string | undefined,
  help: Record<string, FieldHelp>,
): string {
  if (field === undefined) return 'front matter must be a list of "field: value" lines';
  const fieldHelp = help[field];
  const input = 'input' in issue ? issue.input : undefined;

  if (issue.code === 'custom') {
    if (issue.message === 'not-a-real-date')
      return `${field} is ${String(input)}, which is not a real date: check the day and month`;
    if (issue.message === 'not-a-time-zone')
      return `${field} is ${String(input)}, which is not a time zone: write one such as Europe/London`;
    if (issue.message === 'unsafe-characters') {
      return `${field} contains a control or text-direction character: retype it as plain text`;
    }
    return issue.message;
  }
  if (issue.code === 'invalid_type' && input === undefined) {
    return `${field} is missing: add a line such as ${fieldHelp?.example ?? `${field}: ...`}`;
  }
  const item = issue.path.length > 1 ? ` (item ${Number(issue.path[1]) + 1})` : '';
  const expected = fieldHelp ? `${field} must be ${fieldHelp.expect}` : `${field} is not valid`;
  return `${expected}${item}, not ${describe(input)}. For example: ${fieldHelp?.example ?? ''}`.trimEnd();
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const guess = closestName(key, known);
  const hint = guess ? `did you mean "${guess}"? ` : '';
  return `unknown field "${key}": ${hint}The fields allowed here are ${known.join(', ')}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string')
    return value.trim() === ''
      ? 'empty text'
      : `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}
