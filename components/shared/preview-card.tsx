import { ImageResponse } from 'next/og';
import { version as nextVersion } from 'next/package.json';
import { cachedCard, cardKey } from '@/lib/outputs/card-cache';
import { PREVIEW_CARD_SIZE, type PreviewCardContent } from '@/lib/outputs/preview-card';
import { drawableText, previewFonts, SANS_STACK, SERIF_STACK } from '@/lib/outputs/preview-fonts';

/** The drawing's version: bump it whenever this file changes how a card looks. */
const DRAWING_VERSION = 1;

/** The colours of every drawn picture (link cards, drawn covers): the masthead's. */
export const DRAWING_COLOURS = {
  navy: '#0b1d3a',
  gold: '#ffd166',
  cream: '#f4f1ea',
  muted: '#b9c3d3',
} as const;
const { navy: NAVY, gold: GOLD, cream: CREAM, muted: MUTED } = DRAWING_COLOURS;

/** Title size that keeps long titles within four lines. */
function titleSize(title: string, narrow: boolean): number {
  const length = title.length * (narrow ? 1.5 : 1);
  return length <= 40 ? 76 : length <= 80 ? 62 : length <= 120 ? 52 : 44;
}

/**
 * The 1200×630 image shown when an address is shared: the magazine's name, the edition and
 * date, the section and the title, in the site's colours and typefaces.
 */
function PreviewCard({ content }: { content: PreviewCardContent }) {
  const cover = content.cover;
  const coverHeight = 360;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: NAVY,
        color: CREAM,
        padding: '52px 64px',
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          borderBottom: `6px solid ${GOLD}`,
          paddingBottom: 18,
        }}
      >
        <div style={{ display: 'flex', fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 56 }}>
          {content.name}
        </div>
        <div
          style={{
            display: 'flex',
            fontFamily: SANS_STACK,
            fontWeight: 600,
            fontSize: 26,
            color: GOLD,
          }}
        >
          {content.meta}
        </div>
      </div>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center' }}>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            flexGrow: 1,
            flexShrink: 1,
            paddingRight: cover ? 48 : 0,
          }}
        >
          {content.kicker ? (
            <div
              style={{
                display: 'flex',
                fontFamily: SANS_STACK,
                fontWeight: 600,
                fontSize: 28,
                letterSpacing: 4,
                color: GOLD,
                textTransform: 'uppercase',
                marginBottom: 18,
              }}
            >
              {content.kicker}
            </div>
          ) : null}
          <div
            style={{
              display: 'flex',
              fontFamily: SERIF_STACK,
              fontWeight: 700,
              fontSize: titleSize(content.title, Boolean(cover)),
              lineHeight: 1.12,
            }}
          >
            {content.title}
          </div>
        </div>
        {cover ? (
          // eslint-disable-next-line @next/next/no-img-element -- drawn into a PNG, not a page
          <img
            src={cover.src}
            alt=""
            height={coverHeight}
            width={Math.round((coverHeight * cover.width) / cover.height)}
            style={{ flexShrink: 0, boxShadow: '0 12px 32px rgba(0,0,0,0.45)' }}
          />
        ) : null}
      </div>
      <div
        style={{
          display: 'flex',
          fontFamily: SANS_STACK,
          fontWeight: 600,
          fontSize: 24,
          color: MUTED,
        }}
      >
        {content.footer}
      </div>
    </div>
  );
}

/**
 * A preview card as a PNG response, drawn once per what it shows (lib/outputs/card-cache.ts).
 * Characters no bundled font can draw are left out first (drawableText), so drawing never
 * reaches for the network.
 */
export async function previewImageResponse(content: PreviewCardContent): Promise<Response> {
  const drawable: PreviewCardContent = {
    ...content,
    name: await drawableText(content.name),
    meta: await drawableText(content.meta),
    kicker: content.kicker === undefined ? undefined : await drawableText(content.kicker),
    title: await drawableText(content.title),
    footer: await drawableText(content.footer),
  };
  const fonts = await previewFonts([
    drawable.name,
    drawable.meta,
    drawable.kicker ?? '',
    drawable.title,
    drawable.footer,
  ]);
  const key = cardKey({
    content: drawable,
    fonts,
    drawing: DRAWING_VERSION,
    renderer: nextVersion,
  });
  const png = await cachedCard(key, async () => {
    const drawn = new ImageResponse(<PreviewCard content={drawable} />, {
      ...PREVIEW_CARD_SIZE,
      fonts,
    });
    return new Uint8Array(await drawn.arrayBuffer());
  });
  // The headers ImageResponse sends.
  return new Response(png, {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control':
        process.env.NODE_ENV === 'development'
          ? 'no-cache, no-store'
          : 'public, max-age=0, must-revalidate',
    },
  });
}
