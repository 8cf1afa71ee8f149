import path from 'node:path';
import { listFiles } from '../content/folder';
import { checkPictureTexts, imageFinder, mediaFiles, type Showing } from '../content/pictures';
import { closestName, displayPath, type ProblemList } from '../content/problems';
import { today } from '../content/publishing';
import {
  checkFrontMatter,
  editionHelp,
  editionSchema,
  type EditionFrontMatter,
} from '../content/schema';
import { lineOf, readMarkdownFile, type Placeholders } from '../content/source-file';
import type { Article, Edition, LoaderSettings, MediaFile, Takedown } from '../content/types';
import { shouldOptimise } from '../markdown/images';
import { didYouMean, renderMarkdown } from '../markdown/render';
import { introIdPrefix, mediaPath } from '../site/urls';
import { EDITION_FILE, loadArticles, type BodyRenderer, type PictureFinder } from './articles';
import { checkTakedownLeftovers } from './takedown-leftovers';

/*
 * One edition folder into an Edition: its pictures, edition.md, its articles (articles.ts),
 * and the checks that need the whole folder (what public content shows, placeholders left in).
 */

export /** An edition as loaded, with what is needed to check it against the others. */
interface LoadedEdition {
  edition: Edition;
  files: Map<string, MediaFile>;
  /** Lines of the `number` and `aliases` fields, for messages about clashes. */
  lines: { number: number; aliases: number };
}

/**
 * Reads, checks and renders one edition folder, adding its problems to `problems`; undefined
 * when an error leaves nothing to assemble. `render: false` checks without producing HTML.
 */
export function loadEdition(
  folder: string,
  settings: LoaderSettings & { render?: boolean },
  problems: ProblemList,
): LoadedEdition | undefined {
  const editionPath = path.join(folder, EDITION_FILE);
  const editionFile = displayPath(editionPath);
  const names = listFiles(folder);

  if (!names.includes(EDITION_FILE)) {
    problems.add(
      displayPath(folder),
      1,
      `this edition folder has no ${EDITION_FILE}: add one with the edition's number, title, published date and summary`,
    );
    return undefined;
  }

  const pictureTexts = new Map<string, string>();
  const files = mediaFiles({ folder, names, settings, problems, pictureTexts });
  // The SVGs' words, which a clearance in the edition's files may be for.
  const svgWords = [...pictureTexts.values()];
  // What public content of the edition shows, with the values each part has cleared.
  const showings: Showing[] = [];
  // The template sentences each file still holds, found as it is read; reported only if the
  // edition turns out to be public (checkPublishable).
  const placeholders: Placeholders = new Map();
  const split = readMarkdownFile({
    absolute: editionPath,
    settings,
    problems,
    placeholders,
    editionDraft: false,
    pictureTexts: svgWords,
  });
  const front = split && checkFrontMatter(editionSchema, editionHelp, split, editionFile, problems);
  // Without a valid number the edition cannot be published, but its articles are still
  // checked so that one run reports every problem in the folder.
  const number = front?.number ?? 0;

  const images = imageFinder(files, (name) => mediaPath(number, name));
  // An edition that says it is a draft is one even while another of its fields is wrong: its
  // articles' personal data stays a warning, as in any draft, rather than turning to errors.
  const editionDraft = front?.draft ?? split?.data.draft === true;
  // An image is optimised or not by where it appears: see shouldOptimise.
  // Each body and picture field records the files it shows in `shows`, so that only pictures
  // some visible content shows are ever served (see readMediaFile in getters.ts).
  const resolver = (draft: boolean, shows: Set<string>) => (name: string) => {
    const found = images(name);
    if (found) shows.add(name);
    return (
      found && { ...found, optimise: shouldOptimise(found.url, { draft: editionDraft || draft }) }
    );
  };
  const nearestImage = (name: string) => closestName(name, [...files.keys()]);
  const picture: PictureFinder = ({ name, alt, file, line, field, draft, shows }) => {
    if (name === undefined || alt === undefined) return undefined;
    const found = resolver(draft, shows)(name);
    if (!found)
      problems.add(
        file,
        line,
        `${field} "${name}" is not an image file in this edition's folder: ${didYouMean(nearestImage(name))}check the file name`,
      );
    return found && { ...found, alt };
  };
  const render: BodyRenderer = ({ body, file, firstLine, draft, idPrefix, shows, approved }) =>
    renderMarkdown(
      body,
      {
        file,
        firstLine,
        idPrefix,
        approved,
        baseUrl: settings.baseUrl,
        resolveImage: resolver(draft, shows),
        nearestImage,
        output: settings.render,
      },
      problems,
    );

  const articles = loadArticles(folder, names, {
    number,
    draft: editionDraft,
    settings,
    problems,
    render,
    picture,
    published: front?.published,
    removed: new Set(takedowns(front?.removed).map((takedown) => takedown.slug)),
    placeholders,
    pictureTexts: svgWords,
    showings,
  });
  if (!split || !front) return undefined;
  const shows = new Set<string>();
  const intro = render({
    body: split.body,
    file: editionFile,
    firstLine: split.bodyLine,
    draft: false,
    idPrefix: introIdPrefix,
    shows,
  });
  const cover = picture({
    name: front.cover,
    alt: front.coverAlt,
    file: editionFile,
    line: lineOf(split, 'cover'),
    field: 'cover',
    draft: false,
    shows,
  });
  if (!front.draft) showings.push({ shows, cleared: [] });
  checkPictureTexts({ pictureTexts, showings, folder, settings, problems });
  if (!intro || !articles) return undefined;

  if (!front.draft)
    checkPublishable(articles, editionFile, lineOf(split, 'draft') ?? 1, placeholders, problems);
  checkTakedownLeftovers(
    {
      folder,
      editionFile,
      numbers: [front.number, ...(front.aliases ?? [])],
      takedowns: takedowns(front.removed),
      articles,
    },
    problems,
  );
  takedowns(front.removed).forEach(({ slug, date }, index) => {
    if (date === undefined) return;
    const line = split.positionOf(['removed', index, 'date'])?.line ?? lineOf(split, 'removed');
    const when =
      date < front.published
        ? `is before the edition was published (${front.published})`
        : date > today(settings.timeZone)
          ? 'is in the future'
          : undefined;
    if (when)
      problems.add(
        editionFile,
        line,
        `the day "${slug}" was taken down, ${date}, ${when}: write the day it was taken down, between the edition's date and today`,
      );
  });
  if (front.cover === undefined && !front.draft)
    problems.note(
      editionFile,
      lineOf(split, 'title'),
      'there is no cover, so the site, the email and the link card show one drawn from the edition’s name, title, date and lead story. To use a picture, add cover: and coverAlt:',
    );
  const { cover: _cover, coverAlt: _coverAlt, draft, aliases, removed, ...fields } = front;
  const edition: Edition = {
    ...fields,
    cover,
    draft: draft ?? false,
    scheduled: false,
    aliases: aliases ?? [],
    removed: takedowns(removed),
    shows: [...shows],
    intro,
    articles,
    file: editionFile,
  };
  return {
    edition,
    files,
    lines: { number: lineOf(split, 'number'), aliases: lineOf(split, 'aliases') },
  };
}

/**
 * What a public edition must not put out: only draft articles (so nothing at all), or the
 * scaffold's placeholder text left in its own file or any public article.
 */
function checkPublishable(
  articles: readonly Article[],
  editionFile: string,
  draftLine: number,
  placeholders: Placeholders,
  problems: ProblemList,
): void {
  const published = articles.filter((article) => !article.draft);
  // A warning, not an error: an editor starting a folder by hand adds its articles with
  // npm run new-article, which needs the content to pass the check.
  if (articles.length === 0)
    problems.warn(
      editionFile,
      draftLine,
      'this edition is public but has no articles, so readers would find it empty: add its article files (npm run new-article), or keep it a draft with draft: true',
    );
  else if (published.length === 0)
    problems.add(
      editionFile,
      draftLine,
      `this edition is public but all ${articles.length} of its articles are drafts: remove draft: true from those ready to publish, or keep the edition a draft`,
    );
  for (const file of [editionFile, ...published.map((article) => article.file)])
    for (const { text, line, column } of placeholders.get(file) ?? [])
      problems.add(
        file,
        line,
        `"${text}" is the template's placeholder text: write your own before the edition is published`,
        column,
      );
}

/** The `removed` list as written (a slug, or a slug with its date) as takedowns. */
function takedowns(removed: EditionFrontMatter['removed']): Takedown[] {
  return (removed ?? []).map((entry) => (typeof entry === 'string' ? { slug: entry } : entry));
}
