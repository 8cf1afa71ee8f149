import type { ProblemList } from './problems';

/*
 * Guardrails for sensitive material. The magazines come from policing and public protection,
 * where a case study can name a victim by accident. Every line of a source file (front matter,
 * body and comments alike, since a public repository publishes them all) is scanned for:
 *
 * - security classifications above OFFICIAL: always an error;
 * - patterns of personal data: a warning, or a note when the article records a review with
 *   `cleared: "<who cleared it and why>"`.
 */

/** What the scan needs to know beyond the text. */
export interface GuardrailOptions {
  /** Email domains that may appear (team addresses); sub-domains included. */
  emailDomains: readonly string[];
  /** The article's clearance, when personal data in it has been reviewed. */
  cleared?: string;
  /** Where in the file the text comes from, when not its lines (a picture's metadata field). */
  where?: string;
}

interface Pattern {
  name: string;
  expression: RegExp;
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
    expression: /(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|0)\d(?:[\s-]?\d){8,9}(?![\d-])/g,
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

/**
 * Scans a source file's text, line by line, and reports classifications (errors) and
 * personal data (warnings, or notes when cleared) at their exact line and column.
 */
export function scanSensitiveText(
  text: string,
  file: string,
  problems: ProblemList,
  options: GuardrailOptions,
): void {
  const lines = text.split('\n');
  const where = options.where ? `in its ${options.where}, ` : '';
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    // The clearance itself may name the reviewer; it is never published.
    if (/^cleared\s*:/.test(line)) return;

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
        if (options.cleared) {
          problems.note(file, lineNumber, `${found}, cleared: ${options.cleared}`, match.index + 1);
        } else {
          problems.warn(
            file,
            lineNumber,
            `${found}: remove it, or once someone has reviewed it add cleared: "<who cleared it and why>" to the front matter`,
            match.index + 1,
          );
        }
      }
    }
  });
}
