/**
 * When another tab saved a newer version of a map this tab was editing: the words typed here are
 * kept (not saved over the other version) until the person chooses — keep them as a copy, or take
 * the other version. Shown on every page while so, in an alert; the choices' code loads only then.
 */
import { lazy, Suspense } from 'react';
import { conflictsOf } from '../../studio';
import { useStudioSelector } from '../studio/StudioContext';

const KEPT =
  'A map you were editing here was changed in another tab or window. Your changes in this window are kept, and have not been saved over the other version.';

/** Where the choices cannot load (offline, after an update), the alert still says what happened. */
const ConflictChoices = lazy(() =>
  import('./ConflictChoices').catch(() => ({
    default: () => <p>{KEPT} Reload the page to choose which version to keep.</p>,
  })),
);

interface MapConflictsProps {
  /** Opens a map's editor: the copy just made of this tab's edits. */
  readonly onOpenCopy: (id: string) => void;
}

export function MapConflicts({ onOpenCopy }: MapConflictsProps) {
  const conflicts = useStudioSelector(conflictsOf);
  // Rendered only while there is something to say, so the alert is announced as it appears.
  return conflicts.length === 0 ? null : (
    <div className="save-problem map-conflicts" role="alert">
      <Suspense fallback={<p>{KEPT}</p>}>
        <ConflictChoices conflicts={conflicts} onOpenCopy={onOpenCopy} />
      </Suspense>
    </div>
  );
}
