import type { ProblemList } from './problems';

/*
 * Guardrails for sensitive material. The magazines come from policing and public protection,
 * where a case study can name a victim by accident. Every line of a source file (front matter,
 * body and comments alike, since a public repository publishes them all) is scanned for:
 *
 * - security classifications above OFFICIAL: always an error;
 * - a private person's contact details (phone numbers, email addresses): an error in anything
 *   public, a warning in a draft;
 * - other patterns of personal data (National Insurance numbers, postcodes, registrations):
 *   a warning.
 *
 * Contact details at the programme's own domains and shared numbers (settings) are not
 * reported. Anything else stays only when someone has reviewed it and cleared that value:
 * `cleared:` lists each value with its reason, so clearing one never clears another.
 */

/** One value someone has reviewed and allowed to stay, with who and why. */
export interface Clearance {
  value: string;
  reason: string;
}

/** What the scan needs to know beyond the text. */
export interface GuardrailOptions {
  /** Email domains that may appear (team addresses); sub-domains included. */
  emailDomains: readonly string[];
  /** Shared phone numbers that may appear (switchboards, team lines), written any way. */
  phoneNumbers?: readonly string[];
  /** Whether the text will be public (not a draft): contact details are then errors. */
  isPublic?: boolean;
  /** The values cleared in the article's front matter. */
  cleared?: readonly Clearance[];
  /** Where in the file the text comes from, when not its lines (a picture's metadata field). */
  where?: string;
  /**
   * Other text the clearances may be for (the words of the pictures beside the article): a
   * cleared value found there is not reported as unused.
   */
  clearedElsewhere?: readonly string[];
  /** Whether to report clearances that match nothing (not for a picture: they are not its own). */
  reportUnusedClearances?: boolean;
}

interface Pattern {
  name: string;
  expression: RegExp;
  /** A way to reach a person: an error in public text unless cleared. */
  contact?: boolean;
  /** Optional second look at a match, to drop what only looks like the pattern. */
  accept?: (match: string, options: GuardrailOptions) => boolean;
}

const CLASSIFICATIONS: readonly RegExp[] = [
  /\bofficial[\s_-]*sensitive\b/gi,
  /\b(?:uk[\s_-]+)?top[\s_-]*secret\b/gi,
  // "secret" is an ordinary word; as a marking it is written in capitals, stands alone on a
  // line, or follows a label such as "Classification:".
  /\bSECRET\b/g,
  /^[\s*_#>-]*(?:uk\s+)?secret[\s*_.]*$/gim,
  /\b(?:classification|classified(?:\s+as)?|protective\s+marking|security\s+marking|marking)\s*[:-]?\s*(?:uk\s+)?secret\b/gi,
];

const PERSONAL_DATA: readonly Pattern[] = [
  {
    name: 'email address',
    contact: true,
    expression: /\b[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g,
    accept: (match, options) => {
      const domain = match.slice(match.indexOf('@') + 1).toLowerCase();
      return !options.emailDomains.some(
        (allowed) => domain === allowed || domain.endsWith(`.${allowed}`),
      );
    },
  },
  {
    name: 'UK phone number',
    contact: true,
    expression: /(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|0)\d(?:[\s-]?\d){8,9}(?![\d-])/g,
    accept: (match, options) =>
      !(options.phoneNumbers ?? []).some((shared) => samePhone(shared, match)),
  },
  {
    name: 'National Insurance number',
    // Any two letters, not only the prefixes HMRC issues: the example number QQ 12 34 56 C
    // is often copied with real digits.
    expression: /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
  },
  {
    name: 'UK postcode',
    expression: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/g,
  },
  {
    name: 'vehicle registration',
    expression: /\b(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-HJ-PR-Y]\d{1,3} ?[A-Z]{3})\b/g,
  },
];

/**
 * Whether a short text (a reader's search, say) holds anything that looks like personal data:
 * an email address at any domain, a phone number, a National Insurance number, a postcode or a
 * vehicle registration.
 */
export function hasPersonalData(text: string): boolean {
  // The patterns are written for text as editors write it, with capitals.
  const upper = text.toUpperCase();
  return PERSONAL_DATA.some((pattern) => {
    for (const match of (pattern.name === 'email address' ? text : upper).matchAll(
      pattern.expression,
    ))
      if (!pattern.accept || pattern.accept(match[0], { emailDomains: [] })) return true;
    return false;
  });
}

/** A value as compared with a clearance: case, spaces and punctuation do not count. */
function comparable(value: string): string {
  return value.toLowerCase().replace(/[\s().-]/g, '');
}

/** Whether two phone numbers are the same however written: 0113… and +44 113… are. */
function samePhone(a: string, b: string): boolean {
  const national = (value: string) => comparable(value).replace(/^\+44(0)?/, '0');
  return national(a) === national(b);
}

/**
 * Scans a source file's text, line by line, and reports classifications (errors), contact
 * details (errors when public, warnings in a draft) and other personal data (warnings), each
 * at its exact line and column; a cleared value is recorded as a note with its reason. A
 * clearance that matches nothing is reported too, so none outlives the text it was for.
 */
export function scanSensitiveText(
  text: string,
  file: string,
  problems: ProblemList,
  options: GuardrailOptions,
): void {
  const lines = text.split('\n');
  const where = options.where ? `in its ${options.where}, ` : '';
  const cleared = options.cleared ?? [];
  const used = new Set<Clearance>();
  let clearanceLine = 0;
  let inClearance = false;
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    // The clearances themselves repeat the values and may name the reviewer; they are never
    // published. The field runs from its `cleared:` line over the indented lines below it.
    if (/^cleared\s*:/.test(line)) {
      inClearance = true;
      clearanceLine = lineNumber;
      return;
    }
    if (inClearance && /^\s+\S/.test(line)) return;
    inClearance = false;

    const reported = new Set<number>();
    for (const expression of CLASSIFICATIONS) {
      for (const match of line.matchAll(expression)) {
        const start = match.index + (match[0].length - match[0].trimStart().length);
        if ([...reported].some((at) => Math.abs(at - start) < 12)) continue;
        reported.add(start);
        problems.add(
          file,
          lineNumber,
          `${where}"${match[0].trim()}" is a security classification above OFFICIAL: such material must never be published. Remove it (or the marking, if it was added by mistake)`,
          start + 1,
        );
      }
    }

    for (const pattern of PERSONAL_DATA) {
      for (const match of line.matchAll(pattern.expression)) {
        if (pattern.accept && !pattern.accept(match[0], options)) continue;
        const found = `${where}possible ${pattern.name} "${match[0]}"`;
        const clearance = cleared.find((item) => comparable(item.value) === comparable(match[0]));
        const column = match.index + 1;
        if (clearance) {
          used.add(clearance);
          problems.note(file, lineNumber, `${found}, cleared: ${clearance.reason}`, column);
          continue;
        }
        const advice = `remove it, or once someone has reviewed it list it under cleared: with the reason it may stay, e.g. cleared: [{ value: "${match[0]}", reason: "<who reviewed it, and why>" }]`;
        if (pattern.contact && options.isPublic)
          problems.add(
            file,
            lineNumber,
            `${found}: a private person's contact details must not be published. ${capitalised(advice)}`,
            column,
          );
        else problems.warn(file, lineNumber, `${found}: ${advice}`, column);
      }
    }
  });
  if (options.reportUnusedClearances === false) return;
  const elsewhere = (options.clearedElsewhere ?? []).map(comparable);
  for (const item of cleared)
    if (!used.has(item) && !elsewhere.some((text) => text.includes(comparable(item.value))))
      problems.warn(
        file,
        clearanceLine || 1,
        `cleared lists "${item.value}", which is not in this file: remove it from cleared, or check it is written as in the text`,
      );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
