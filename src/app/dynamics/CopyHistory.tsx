/**
 * For a built-in pattern: the note that the sliders explore an unsaved copy, that copy's own
 * Undo, Redo and "Reset to the pattern", and, once its figures differ from the pattern's, a way to
 * keep them: a copy of the pattern in "Your maps" with these figures.
 */
import type { DynamicsFigures } from './useDynamicsFigures';

interface CopyHistoryProps {
  readonly figures: DynamicsFigures;
  /** Puts a copy of the pattern with these figures in "Your maps" and opens it (if offered). */
  readonly onKeep?: () => void;
}

export function CopyHistory({ figures, onKeep }: CopyHistoryProps) {
  return (
    <div className="dynamics-copy">
      <p className="dynamics-copy-note">
        A built-in pattern does not change: the sliders here explore a copy that is not saved, and
        is gone when you leave.
        {onKeep === undefined
          ? ' To keep figures of your own, choose “Edit a copy” above and move its sliders in its own Dynamics tab.'
          : ' To keep the figures you have set here, choose “Edit a copy with these figures”: your copy opens in “Your maps” with them.'}
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
        {onKeep !== undefined && (
          <button type="button" onClick={onKeep}>
            Edit a copy with these figures
          </button>
        )}
      </div>
    </div>
  );
}
