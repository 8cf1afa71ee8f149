import type { Edition } from '@/lib/library/getters';
import { editionPath } from '@/lib/site/urls';

/** Tells a reader who arrived at an older article that a newer edition is out. */
export function NewerEditionNotice({
  current,
  latest,
}: {
  current: Pick<Edition, 'number'>;
  latest: Pick<Edition, 'number' | 'title'> | undefined;
}) {
  if (!latest || latest.number <= current.number) return null;
  return (
    <p className="mt-4 rounded-sm border-l-4 border-gold bg-surface px-4 py-3 font-sans text-sm print:hidden">
      This article is from an earlier edition. The latest is{' '}
      <a href={editionPath(latest.number)} className="font-semibold">
        Edition {latest.number}: {latest.title}
      </a>
      .
    </p>
  );
}
