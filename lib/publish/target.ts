/*
 * Where `npm run publish` puts the site, read from one setting, MASTHEAD_PUBLISH_TO:
 *
 *   server:/srv/masthead               the server, on this machine
 *   server:deploy@web1:/srv/masthead   the server, on another machine over SSH (rsync)
 *   static:/srv/www/magazine           the static copy, into a folder on this machine
 *   static:deploy@web1:/srv/www/out    the static copy, over SSH (rsync)
 *
 * An object store (s3://…) is recognised only to say how it is published instead: with its own
 * upload tool, as docs/deploying.md shows.
 *
 * A server is restarted after the copy (MASTHEAD_RESTART_COMMAND, run where the server is);
 * MASTHEAD_PURGE_COMMAND, if set, then empties a CDN's cache.
 *
 * The folder is replaced whole, so it must be absolute and may not be `/`, the project or a
 * folder holding it; one that holds anything but an earlier copy is replaced only with --force.
 */

export type PublishTarget =
  { kind: 'server' | 'static'; host?: string; folder: string } | { kind: 'bucket'; bucket: string };

/** What the setting holds, for messages. */
const TARGET_FORMS = [
  'server:/srv/masthead',
  'server:user@host:/srv/masthead',
  'static:/srv/www/magazine',
  'static:user@host:/srv/www/magazine',
];

/** Reads MASTHEAD_PUBLISH_TO, or returns the message to show when it cannot. */
export function parseTarget(value: string | undefined): PublishTarget | string {
  const forms = `Set MASTHEAD_PUBLISH_TO to one of: ${TARGET_FORMS.join(', ')}.`;
  if (!value) return `MASTHEAD_PUBLISH_TO is not set, so there is nowhere to publish to. ${forms}`;
  if (/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[^\s]*)?$/.test(value))
    return { kind: 'bucket', bucket: value.replace(/\/+$/, '') };
  const match =
    /^(server|static):(?:([A-Za-z0-9._-]+@[A-Za-z0-9.-]+):)?(\/[^\s:]*|\.{0,2}\/?[^\s:]+)$/.exec(
      value,
    );
  if (!match)
    return `MASTHEAD_PUBLISH_TO is "${value}", which is not a place to publish to. ${forms}`;
  const [, kind, host, folder = ''] = match;
  if (!folder.startsWith('/'))
    return `MASTHEAD_PUBLISH_TO names a folder${host ? ` on ${host}` : ''} that is not absolute ("${folder}"): write it from the root, e.g. ${kind}:${host ? `${host}:` : ''}/srv/masthead.`;
  if (/^\/+$/.test(folder) || folder.split('/').some((part) => part === '..' || part === '.'))
    return `MASTHEAD_PUBLISH_TO names "${folder}", which publishing would replace whole: name the site's own folder, e.g. ${kind}:/srv/masthead.`;
  return { kind: kind as 'server' | 'static', host, folder: folder.replace(/\/+$/, '') };
}

/** The file every copy `npm run publish` makes holds, so it knows the folder is its own. */
export const BUILD_MARK = '.masthead-build';

/**
 * Why publishing may not replace `folder` (absolute) on this machine, or undefined when it
 * may. It is replaced whole, so it may not be the project or a folder holding it, and must be
 * empty, missing, or an earlier copy made by publishing (it holds BUILD_MARK) unless `force`.
 * `entries` lists what the folder holds, undefined when it does not exist.
 */
export function replaceProblem(
  folder: string,
  project: string,
  entries: readonly string[] | undefined,
  force: boolean,
): string | undefined {
  const inside = (parent: string, child: string) =>
    child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
  if (inside(folder, project))
    return `MASTHEAD_PUBLISH_TO names ${folder}, which holds this project: publishing would delete it. Name a folder of the site's own, outside the project.`;
  if (!entries || entries.length === 0 || entries.includes(BUILD_MARK) || force) return undefined;
  return `${folder} holds files that no earlier npm run publish put there (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}), and publishing replaces the folder whole. Name an empty folder, or run npm run publish -- --force to replace it anyway.`;
}

/** The restart a server target gets when MASTHEAD_RESTART_COMMAND is not set. */
export const DEFAULT_RESTART = 'sudo systemctl restart masthead';
