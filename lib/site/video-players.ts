/*
 * The two privacy-enhanced video players a page may load, after the reader presses play. The
 * Markdown renderer builds their addresses, the sanitiser and the play button accept only
 * addresses that match, and the content security policy allows only their origins: all from
 * here; the play button (lib/reading/reading.ts) has VIDEO_PLAYER bundled in.
 */

const YOUTUBE = 'https://www.youtube-nocookie.com';
const VIMEO = 'https://player.vimeo.com';

/** The origins a page may frame. */
export const VIDEO_PLAYER_ORIGINS: readonly string[] = [YOUTUBE, VIMEO];

/** The YouTube player (no cookies until played) for a video id. */
export function youtubePlayer(id: string): string {
  return `${YOUTUBE}/embed/${id}`;
}

/** The Vimeo player, with its do-not-track switch, for a video id. */
export function vimeoPlayer(id: string): string {
  return `${VIMEO}/video/${id}?dnt=1`;
}

/** Exactly the addresses the two functions above can produce. */
export const VIDEO_PLAYER =
  /^https:\/\/(?:www\.youtube-nocookie\.com\/embed\/[\w-]+|player\.vimeo\.com\/video\/\d+\?dnt=1)$/;
