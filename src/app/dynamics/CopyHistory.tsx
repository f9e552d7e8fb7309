/**
 * For a built-in pattern: the note that the sliders explore an unsaved copy, and that copy's own
 * Undo, Redo and "Reset to the pattern".
 */
import type { DynamicsFigures } from './useDynamicsFigures';

interface CopyHistoryProps {
  readonly figures: DynamicsFigures;
}

export function CopyHistory({ figures }: CopyHistoryProps) {
  return (
    <div className="dynamics-copy">
      <p className="dynamics-copy-note">
        A built-in pattern does not change: the sliders here explore a copy that is not saved, and
        is gone when you leave. To keep figures of your own, choose “Edit a copy” above and move its
        sliders in its own Dynamics tab.
      </p>
      <div className="editor-history" role="group" aria-label="History of this unsaved copy">
        <button type="button" disabled={!figures.canUndo} onClick={figures.undo}>
          <span aria-hidden="true">↶ </span>Undo
        </button>
        <button type="button" disabled={!figures.canRedo} onClick={figures.redo}>
          <span aria-hidden="true">↷ </span>Redo
        </button>
        <button type="button" disabled={figures.reset === null} onClick={() => figures.reset?.()}>
          Reset to the pattern’s figures
        </button>
      </div>
    </div>
  );
}
