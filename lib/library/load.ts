import path from 'node:path';
import { listEditionFolders, listFiles, readBytes } from '../content/folder';
import {
  ContentError,
  displayPath,
  ProblemList,
  sortProblems,
  type ContentProblem,
} from '../content/problems';
import { today } from '../content/publishing';
import type { LeftOut, Library, LoaderSettings } from '../content/types';
import { loadEdition, type LoadedEdition } from './edition';
import type { KeptResults } from './kept-results';

/*
 * Reads, checks and renders a content folder in one pass, an edition folder at a time
 * (edition.ts), and assembles the library the site is built from; getters.ts serves it to the
 * rest of the site. Only lib/content/folder.ts touches the disk.
 */

/** How much to do. */
export interface LoadOptions {
  /**
   * False to check without rendering (`npm run check`): the same problems are found, but
   * articles come back without HTML or text, so such a library must never be served.
   */
  render?: boolean;
  /**
   * True to leave out each edition whose folder has an error, and return the rest with the
   * errors in `leftOut`, instead of throwing. For previewing while an editor is still fixing
   * one edition: the others keep working. A build never does this.
   */
  leaveOutBroken?: boolean;
  /**
   * Where each edition's result is kept between runs, by a hash of what it is made from: an
   * edition whose files, settings and code have not changed is read, not parsed again.
   */
  kept?: KeptResults;
}

/**
 * Reads, checks and renders every edition under `contentDir/editions`, drafts included.
 * Throws a ContentError listing every problem (and the warnings found on the way) when
 * anything would stop publication; otherwise returns the library with its warnings.
 */
export function loadLibrary(
  contentDir: string,
  settings: LoaderSettings,
  options: LoadOptions = {},
): Library {
  const problems = new ProblemList();
  const folders = listEditionFolders(contentDir);
  const everyLoaded = folders.flatMap(
    (folder) => keptEdition(folder, { ...settings, ...options }, problems) ?? [],
  );
  options.kept?.removeUnused();
  checkEditionNumbers(everyLoaded, problems);
  const leftOut = problems.errorCount > 0 ? brokenFolders(folders, problems.items) : [];
  const keep = options.leaveOutBroken && leftOut.length > 0;
  if (problems.errorCount > 0 && !keep) throw new ContentError(problems.items);

  const broken = leftOut.map((item) => `${item.folder}/`);
  const loaded = everyLoaded.filter(
    (item) => !broken.some((prefix) => item.edition.file.startsWith(prefix)),
  );
  const editions = loaded.map((item) => item.edition).sort((a, b) => b.number - a.number);
  return {
    editions,
    byKey: new Map(editions.map((edition) => [String(edition.number), edition])),
    byAlias: new Map(
      editions.flatMap((edition) =>
        edition.aliases.map((alias) => [String(alias), edition] as const),
      ),
    ),
    media: new Map(loaded.map((item) => [item.edition.number, item.files])),
    findings: sortProblems(problems.items.filter((problem) => problem.severity !== 'error')),
    leftOut,
  };
}

/**
 * The edition folders with at least one error, each with its findings (errors and warnings) in
 * file order. Every error is in a file inside some edition's folder, since that is all the
 * loader reads; should one not be, the result is empty and the caller throws as a build would.
 */
function brokenFolders(folders: readonly string[], found: readonly ContentProblem[]): LeftOut[] {
  const named = folders.map((folder) => displayPath(folder));
  const folderOf = (file: string) =>
    named.find((folder) => file === folder || file.startsWith(`${folder}/`));
  const errors = found.filter((problem) => problem.severity === 'error');
  if (errors.some((problem) => folderOf(problem.file) === undefined)) return [];
  const broken = new Set(errors.map((problem) => folderOf(problem.file)));
  return named
    .filter((folder) => broken.has(folder))
    .map((folder) => ({
      folder,
      problems: sortProblems(found.filter((problem) => folderOf(problem.file) === folder)),
    }));
}

/**
 * loadEdition's result and problems, from those kept when nothing it reads has changed. It
 * reads the edition's own files, the settings, the options and (for change dates) today's date.
 */
function keptEdition(
  folder: string,
  options: LoaderSettings & LoadOptions,
  problems: ProblemList,
): LoadedEdition | undefined {
  // Whether broken editions are left out is decided for the whole library, not by loadEdition:
  // it is no part of the key, so a check and the configuration's read share their results.
  const { kept, leaveOutBroken: _leaveOutBroken, ...settings } = options;
  if (!kept) return loadEdition(folder, options, problems);
  const files = listFiles(folder);
  const key = kept.key(
    folder,
    displayPath(folder),
    JSON.stringify(settings),
    today(settings.timeZone),
    ...files.flatMap((name) => [name, readBytes(path.join(folder, name))]),
  );
  const result = kept.get(key, () => {
    const own = new ProblemList();
    return { loaded: loadEdition(folder, settings, own), problems: own.items };
  });
  problems.include(result.problems);
  return result.loaded;
}

/**
 * Numbers and former numbers (aliases) must each lead to one edition. Editions come in
 * folder order, so the first folder keeps a number and the later one is reported.
 */
function checkEditionNumbers(loaded: readonly LoadedEdition[], problems: ProblemList): void {
  const owners = new Map<number, string>();
  for (const { edition, lines } of loaded) {
    const owner = owners.get(edition.number);
    if (owner) {
      problems.add(
        edition.file,
        lines.number,
        `edition number ${edition.number} is already used by ${owner}: give this edition its own number`,
      );
    }
    owners.set(edition.number, edition.file);
  }
  for (const { edition, lines } of loaded) {
    for (const alias of edition.aliases) {
      const owner = owners.get(alias);
      if (owner) {
        const whose = owner === edition.file ? 'this edition' : owner;
        problems.add(
          edition.file,
          lines.aliases,
          `the alias ${alias} is already the number or an alias of ${whose}: an old number can lead to only one edition`,
        );
      }
      owners.set(alias, edition.file);
    }
  }
}
