/**
 * The choice each map in conflict offers (see MapConflicts): keep this window's changes as a copy,
 * or take the other tab's version. Loaded only when there is a conflict, which is rare.
 */
import { mapIdsInUseOf, type MapConflict } from '../../studio';
import { useStudio } from '../studio/StudioContext';
import { freshMapId, nowIso } from './mapIds';
import { focusLost } from './focusLost';

interface ConflictChoicesProps {
  readonly conflicts: readonly MapConflict[];
  /** Opens a map's editor: the copy just made of this tab's edits. */
  readonly onOpenCopy: (id: string) => void;
}

export default function ConflictChoices({ conflicts, onOpenCopy }: ConflictChoicesProps) {
  return (
    <>
      {conflicts.map((conflict) => (
        <Conflict key={conflict.id} conflict={conflict} onOpenCopy={onOpenCopy} />
      ))}
    </>
  );
}

function Conflict({
  conflict,
  onOpenCopy,
}: {
  readonly conflict: MapConflict;
  readonly onOpenCopy: (id: string) => void;
}) {
  const studio = useStudio();
  const keepCopy = () => {
    const newId = freshMapId(mapIdsInUseOf(studio.getSnapshot()));
    studio.send({
      type: 'library.keepCopy',
      id: conflict.id,
      newId,
      title: `${conflict.title} (kept from this window)`.slice(0, 120),
      now: nowIso(),
    });
    studio.send({ type: 'library.flush' });
    onOpenCopy(newId);
    focusPageHeading();
  };
  return (
    <div className="map-conflict">
      <p>
        “{conflict.title}”
        {conflict.newerTitle !== conflict.title && <> (“{conflict.newerTitle}” in the other tab)</>}{' '}
        was changed in another tab or window while you were editing it here. Your changes in this
        window are kept, and have not been saved over the other version.
      </p>
      <div className="map-conflict-actions">
        <button type="button" onClick={keepCopy}>
          Keep my changes as a copy
        </button>
        <button
          type="button"
          onClick={() => {
            studio.send({ type: 'library.useNewer', id: conflict.id });
            focusPageHeading();
          }}
        >
          Use the other version
        </button>
      </div>
    </div>
  );
}

/** The alert and its buttons go once the person has chosen: focus goes to the page's heading, not lost. */
function focusPageHeading(): void {
  requestAnimationFrame(() => {
    if (focusLost()) document.querySelector<HTMLElement>('main h1')?.focus();
  });
}
