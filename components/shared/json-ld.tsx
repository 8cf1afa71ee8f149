import { jsonLdString } from '@/lib/outputs/structured-data';

/** Structured data for search engines and link previews, escaped so it cannot end the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(data) }} />
  );
}
