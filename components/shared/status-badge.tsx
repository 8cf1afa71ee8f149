import { formatDate } from '@/lib/site/dates';

/**
 * Marks content that readers cannot see yet. Only editors previewing drafts ever meet it:
 * public pages never receive drafts or scheduled editions.
 */
export function StatusBadge({ draft, scheduledFor }: { draft: boolean; scheduledFor?: string }) {
  if (!draft && !scheduledFor) return null;
  return (
    <span className="ml-2 inline-block rounded-sm bg-gold px-2 py-0.5 align-middle font-sans text-xs font-bold tracking-wide text-on-gold uppercase">
      {draft ? 'Draft' : `Scheduled for ${formatDate(scheduledFor ?? '')}`}
    </span>
  );
}
