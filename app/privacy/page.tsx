import type { Metadata } from 'next';
import { PrivacyNotice } from '@/components/pages/privacy-notice';
import { sitePageMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { privacyPath } from '@/lib/site/urls';

export const metadata: Metadata = sitePageMetadata(
  site,
  privacyPath,
  'Privacy',
  `What ${site.name} records when you read it, why, and for how long.`,
);

export default function PrivacyPage() {
  return <PrivacyNotice site={site} />;
}
