/** Undo and Redo for the map, as buttons that run the same actions as Ctrl/⌘+Z and Shift+Ctrl/⌘+Z. */
import { useEffect, useRef } from 'react';
import { ACTIONS } from '../actions/registry';
import { useActionState, useDispatch } from '../actions/useActions';

export function UndoRedoButtons() {
  const run = useDispatch();
  const undo = useActionState('undo');
  const redo = useActionState('redo');
  const undoRef = useRef<HTMLButtonElement>(null);
  const redoRef = useRef<HTMLButtonElement>(null);
  const used = useRef<'undo' | 'redo' | null>(null);

  // Undoing the last step disables Undo under the person's focus: it goes on to Redo, and back.
  useEffect(() => {
    if (used.current === 'undo' && !undo.enabled && redo.enabled) redoRef.current?.focus();
    if (used.current === 'redo' && !redo.enabled && undo.enabled) undoRef.current?.focus();
    used.current = null;
  }, [undo.enabled, redo.enabled]);

  return (
    <div className="editor-history" role="group" aria-label="History">
      <button
        ref={undoRef}
        type="button"
        disabled={!undo.enabled}
        aria-keyshortcuts={ACTIONS.undo.shortcut}
        onClick={() => {
          used.current = 'undo';
          run('undo', undefined);
        }}
      >
        <span aria-hidden="true">↶ </span>
        {undo.label}
      </button>
      <button
        ref={redoRef}
        type="button"
        disabled={!redo.enabled}
        aria-keyshortcuts={ACTIONS.redo.shortcut}
        onClick={() => {
          used.current = 'redo';
          run('redo', undefined);
        }}
      >
        <span aria-hidden="true">↷ </span>
        {redo.label}
      </button>
    </div>
  );
}
