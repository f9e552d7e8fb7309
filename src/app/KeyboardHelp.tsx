/**
 * "?": the keyboard shortcuts, from the actions registry (so the list cannot drift from the keys),
 * plus the page's own (Quick exit, this help). A button in the header, or "?" anywhere outside a
 * field, shows and hides it; it never closes on Escape, since two Escapes are Quick exit.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ACTIONS, ownsKeys } from './actions/registry';

/** How a shortcut reads: `ArrowLeft` as ←, `Control+Z Meta+Z` as Ctrl+Z or ⌘+Z. */
export function shortcutWords(shortcut: string): string {
  return shortcut
    .split(' ')
    .map((combo) =>
      combo
        .replace('ArrowLeft', '←')
        .replace('ArrowRight', '→')
        .replace('Control', 'Ctrl')
        .replace('Meta', '⌘'),
    )
    .join(' or ');
}

/** What each action with a key does, in words that do not change with the moment. */
const WHAT: Partial<Record<keyof typeof ACTIONS, string>> = {
  togglePlay: 'Play or pause the dance',
  stepBack: 'Step back one moment',
  stepForward: 'Step forward one moment',
  focusRepairs: 'Go to the repairs',
  undo: 'Undo the last edit of your map',
  redo: 'Redo',
};

export const SHORTCUTS: readonly { readonly keys: string; readonly what: string }[] = [
  ...Object.entries(WHAT).flatMap(([name, what]) => {
    const { shortcut } = ACTIONS[name as keyof typeof ACTIONS] as { shortcut?: string };
    return shortcut === undefined ? [] : [{ keys: shortcutWords(shortcut), what }];
  }),
  { keys: 'Escape, twice', what: 'Quick exit: leave Cyclemap at once' },
  { keys: '?', what: 'Show or hide these shortcuts' },
];

export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (ownsKeys(event.target, event.key)) return;
      event.preventDefault();
      setOpen((was) => !was);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <div className="keyboard-help">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-keyshortcuts="?"
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">? </span>Keyboard shortcuts
      </button>
      <section
        id={panelId}
        className="keyboard-help-panel"
        aria-labelledby={headingId}
        hidden={!open}
      >
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Keyboard shortcuts
        </h2>
        <dl>
          {SHORTCUTS.map(({ keys, what }) => (
            <div key={what}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </section>
    </div>
  );
}
