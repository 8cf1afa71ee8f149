import { ImageResponse } from 'next/og';
import { version as nextVersion } from 'next/package.json';
import { cachedCard, cardKey } from '@/lib/outputs/card-cache';
import type { Edition } from '@/lib/library/getters';
import {
  coverAsSent,
  DRAWN_COVER_SIZE,
  drawnCoverContent,
  type DrawnCoverContent,
} from '@/lib/outputs/drawn-cover';
import type { PictureReader } from '@/lib/outputs/pdf/edition-pdf';
import type { SiteSettings } from '@/lib/site/settings';
import { mediaPath } from '@/lib/site/urls';
import { drawableText, previewFonts, SANS_STACK, SERIF_STACK } from '@/lib/outputs/preview-fonts';
import { DRAWING_COLOURS } from './preview-card';

/*
 * The cover drawn for an edition without one, in the site's colours and typefaces: the masthead
 * over a gold rule, the edition, its title, its lead story and what else is inside, its date.
 * Once as markup for the site's pages (sized by the box it is in, so it reads the same as a
 * thumbnail and as the magazine's cover), once as a picture for mail programs, other sites and
 * link cards. Both say the same things in the same order.
 */

/** The drawing's version: bump it whenever the picture's drawing changes. */
const DRAWING_VERSION = 1;

const { navy: NAVY, gold: GOLD, cream: CREAM, muted: MUTED } = DRAWING_COLOURS;

/** The drawn cover on a page: decorative beside the edition's own heading, so hidden from screen readers. */
export function DrawnCover({
  content,
  className = '',
}: {
  content: DrawnCoverContent;
  className?: string;
}) {
  return (
    <div
      aria-hidden="true"
      className={`@container aspect-[4/5] overflow-hidden bg-masthead text-[#f4f1ea] shadow-md ${className}`}
    >
      <div className="flex h-full flex-col p-[7cqw]">
        <p className="font-serif text-[15cqw] leading-none font-bold">{content.name}</p>
        <div className="mt-[3cqw] h-[1.2cqw] bg-gold" />
        <p className="mt-[3cqw] font-sans text-[4.4cqw] font-semibold tracking-[0.12em] text-gold uppercase">
          {content.edition}
        </p>
        <p className="mt-auto font-serif text-[9.5cqw] leading-[1.1] font-bold">{content.title}</p>
        {content.lead ? (
          <div className="mt-[4cqw] border-t border-[#f4f1ea]/30 pt-[3cqw] font-sans text-[4.4cqw] leading-snug">
            <p className="font-semibold tracking-[0.08em] text-gold uppercase">
              {content.lead.section ?? 'Inside'}
            </p>
            <p className="mt-[1cqw] font-serif text-[5.2cqw]">{content.lead.title}</p>
          </div>
        ) : null}
        {content.sections.length > 0 ? (
          <p className="mt-[2.5cqw] font-sans text-[3.8cqw] text-[#b9c3d3]">
            Also inside: {content.sections.join(' · ')}
          </p>
        ) : null}
        <p className="mt-[3cqw] font-sans text-[3.4cqw] text-[#b9c3d3]">
          {content.date} · {content.publisher}
        </p>
      </div>
    </div>
  );
}

/** The same drawing for next/og: every box a flex box, sizes in pixels of DRAWN_COVER_SIZE. */
function DrawnCoverPicture({ content }: { content: DrawnCoverContent }) {
  const unit = DRAWN_COVER_SIZE.width / 100;
  const px = (cqw: number) => Math.round(cqw * unit);
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: NAVY,
        color: CREAM,
        padding: px(7),
      }}
    >
      <div
        style={{
          display: 'flex',
          fontFamily: SERIF_STACK,
          fontWeight: 700,
          fontSize: px(15),
          lineHeight: 1,
        }}
      >
        {content.name}
      </div>
      <div style={{ display: 'flex', marginTop: px(3), height: px(1.2), background: GOLD }} />
      <div
        style={{
          display: 'flex',
          marginTop: px(3),
          fontFamily: SANS_STACK,
          fontWeight: 600,
          fontSize: px(4.4),
          letterSpacing: px(0.5),
          color: GOLD,
          textTransform: 'uppercase',
        }}
      >
        {content.edition}
      </div>
      <div
        style={{
          display: 'flex',
          marginTop: 'auto',
          fontFamily: SERIF_STACK,
          fontWeight: 700,
          fontSize: px(9.5),
          lineHeight: 1.1,
        }}
      >
        {content.title}
      </div>
      {content.lead ? (
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            marginTop: px(4),
            paddingTop: px(3),
            borderTop: `2px solid rgba(244, 241, 234, 0.3)`,
          }}
        >
          <div
            style={{
              display: 'flex',
              fontFamily: SANS_STACK,
              fontWeight: 600,
              fontSize: px(4.4),
              letterSpacing: px(0.35),
              color: GOLD,
              textTransform: 'uppercase',
            }}
          >
            {content.lead.section ?? 'Inside'}
          </div>
          <div
            style={{
              display: 'flex',
              marginTop: px(1),
              fontFamily: SERIF_STACK,
              fontSize: px(5.2),
              lineHeight: 1.3,
            }}
          >
            {content.lead.title}
          </div>
        </div>
      ) : null}
      {content.sections.length > 0 ? (
        <div
          style={{
            display: 'flex',
            marginTop: px(2.5),
            fontFamily: SANS_STACK,
            fontSize: px(3.8),
            color: MUTED,
          }}
        >
          {`Also inside: ${content.sections.join(' · ')}`}
        </div>
      ) : null}
      <div
        style={{
          display: 'flex',
          marginTop: px(3),
          fontFamily: SANS_STACK,
          fontSize: px(3.4),
          color: MUTED,
        }}
      >
        {`${content.date} · ${content.publisher}`}
      </div>
    </div>
  );
}

/**
 * The drawn cover as a PNG, drawn once per what it shows (lib/outputs/card-cache.ts), never
 * reaching for the network: characters no bundled font has are left out first.
 */
export async function drawnCoverPng(content: DrawnCoverContent): Promise<Uint8Array<ArrayBuffer>> {
  const drawable: DrawnCoverContent = {
    ...content,
    name: await drawableText(content.name),
    edition: await drawableText(content.edition),
    title: await drawableText(content.title),
    date: await drawableText(content.date),
    lead: content.lead && {
      section: content.lead.section && (await drawableText(content.lead.section)),
      title: await drawableText(content.lead.title),
    },
    sections: await Promise.all(content.sections.map((section) => drawableText(section))),
    publisher: await drawableText(content.publisher),
  };
  const fonts = await previewFonts([
    drawable.name,
    drawable.edition,
    drawable.title,
    drawable.date,
    drawable.lead?.section ?? '',
    drawable.lead?.title ?? '',
    ...drawable.sections,
    drawable.publisher,
    'Also inside: ·',
  ]);
  const key = cardKey({
    content: { drawnCover: drawable },
    fonts,
    drawing: DRAWING_VERSION,
    renderer: nextVersion,
  });
  return cachedCard(key, async () => {
    const drawn = new ImageResponse(<DrawnCoverPicture content={drawable} />, {
      ...DRAWN_COVER_SIZE,
      fonts,
    });
    return new Uint8Array(await drawn.arrayBuffer());
  });
}

/**
 * The drawn cover's name among the edition's pictures: no file in an edition's folder can have
 * it (their names start with a letter or a digit).
 */
const DRAWN_COVER_FILE = '_drawn-cover.png';

/**
 * What the PDF edition is made from: the edition and its pictures as they are, or, for an
 * edition without a cover, with the drawn one as its cover picture.
 */
export async function withDrawnCover(
  edition: Edition,
  site: SiteSettings,
  read: PictureReader,
): Promise<[Edition, SiteSettings, PictureReader]> {
  if (edition.cover) return [edition, site, read];
  const drawn = await drawnCoverPng(drawnCoverContent(edition, site));
  const { width, height, alt } = coverAsSent(edition, site);
  const cover = { url: mediaPath(edition.number, DRAWN_COVER_FILE), alt, width, height };
  return [
    { ...edition, cover: { ...cover, optimise: false } },
    site,
    async (name) =>
      name === DRAWN_COVER_FILE ? { bytes: drawn, contentType: 'image/png' } : read(name),
  ];
}
