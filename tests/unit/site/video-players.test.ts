import { describe, expect, it } from 'vitest';
import { VIDEO_PLAYER, vimeoPlayer, youtubePlayer } from '@/lib/site/video-players';

describe('the video players', () => {
  it('accept exactly the addresses the renderer builds', () => {
    expect(VIDEO_PLAYER.test(youtubePlayer('dQw4w9WgXcQ'))).toBe(true);
    expect(VIDEO_PLAYER.test(vimeoPlayer('76979871'))).toBe(true);
  });

  it('refuse the tracking players and any other address', () => {
    for (const address of [
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://player.vimeo.com/video/76979871',
      'https://www.youtube-nocookie.com/embed/x"onload="alert(1)',
      'https://evil.example/embed/abc',
      `${youtubePlayer('abc')}?autoplay=1`,
    ])
      expect(VIDEO_PLAYER.test(address), address).toBe(false);
  });
});
