import type { Metadata } from 'next';
import { AccessibilityStatement } from '@/components/accessibility-statement';
import { readAccessibilityReport } from '@/lib/accessibility';
import { sitePageMetadata } from '@/lib/page-metadata';
import { site } from '@/lib/site';
import { accessibilityPath } from '@/lib/urls';

export const metadata: Metadata = sitePageMetadata(site, accessibilityPath, 'Accessibility statement', `How accessible ${site.name} is, how we test it, and how to ask for another format.`);

export default function AccessibilityPage() {
  return <AccessibilityStatement report={readAccessibilityReport()} site={site} />;
}
