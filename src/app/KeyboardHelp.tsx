/**
 * "?": the keyboard shortcuts (the list itself is `ShortcutList`, loaded when first shown). A
 * button in the header, or "?" anywhere outside a field, shows and hides it; it never closes on
 * Escape, since two Escapes are Quick exit.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { ownsKeys } from './actions/ownsKeys';

const ShortcutList = lazy(() => import('./ShortcutList'));

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
        <span aria-hidden="true">? </span>
        <span className="phone-hidden">Keyboard shortcuts</span>
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
        {open && (
          <Suspense fallback={<p role="status">Loading the shortcuts…</p>}>
            <ShortcutList />
          </Suspense>
        )}
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </section>
    </div>
  );
}
