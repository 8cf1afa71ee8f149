'use client';

import { useEffect } from 'react';
// The only players a video block may load: the same rule as the sanitiser's schema.
import { VIDEO_PLAYER } from '@/lib/markdown/video-players';

/**
 * Click-to-load videos. Each video block arrives as a link to the video; this turns it into a
 * "Play" button and loads the privacy-enhanced player only when the reader presses it, so the
 * video host hears nothing until then. Without JavaScript the link remains.
 */
export function VideoEmbeds() {
  useEffect(() => {
    for (const figure of document.querySelectorAll<HTMLElement>(
      'figure.video-embed[data-video-player]',
    )) {
      const player = figure.dataset.videoPlayer ?? '';
      if (figure.dataset.ready || !VIDEO_PLAYER.test(player)) continue;
      figure.dataset.ready = 'true';
      const title = figure.dataset.videoTitle ?? 'Video';
      const host = new URL(player).hostname.includes('vimeo') ? 'Vimeo' : 'YouTube';

      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'video-play';
      button.textContent = `Play video: ${title}`;
      const note = document.createElement('p');
      note.className = 'video-note';
      note.textContent = `The video plays from ${host} when you press play. Nothing is loaded from ${host} before then.`;

      button.addEventListener('click', () => {
        const frame = document.createElement('iframe');
        frame.src = `${player}${player.includes('?') ? '&' : '?'}autoplay=1`;
        frame.title = title;
        frame.allow = 'autoplay; fullscreen; picture-in-picture';
        frame.allowFullscreen = true;
        frame.className = 'video-frame';
        button.replaceWith(frame);
        note.remove();
        frame.focus();
      });
      figure.prepend(button, note);
    }
  }, []);
  return null;
}
