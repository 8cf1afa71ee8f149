import type { Metadata } from 'next';
import { AccessibilityStatement } from '@/components/pages/accessibility-statement';
import { readAccessibilityReport } from '@/lib/site/accessibility-report';
import { sitePageMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { accessibilityPath } from '@/lib/site/urls';

export const metadata: Metadata = sitePageMetadata(
  site,
  accessibilityPath,
  'Accessibility statement',
  `How accessible ${site.name} is, how we test it, and how to ask for another format.`,
);

export default function AccessibilityPage() {
  return <AccessibilityStatement report={readAccessibilityReport()} site={site} />;
}
