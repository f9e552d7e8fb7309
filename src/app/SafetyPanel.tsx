/** Safety and care (DOMAIN.md §4): what Cyclemap is not, when its frame does not apply, and how to leave fast. */
import { useId, useState } from 'react';

export const NOT_THERAPY_TEXT =
  'Cyclemap is a tool for reflection, not therapy or a diagnosis. For real help, look for an EFT therapist (the ICEEFT directory lists them).';

export const VIOLENCE_TEXT =
  "If you are afraid of your partner, or there is violence or control in your relationship, the idea that 'the cycle is the enemy' does not apply. Your safety comes first: reach out to a domestic-violence helpline.";

/** Where the panel's shown-or-hidden choice is kept on this device (nothing else about a person). */
export const SAFETY_PANEL_KEY = 'cyclemap.safetyPanel';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(SAFETY_PANEL_KEY) === 'collapsed';
  } catch {
    return false; // storage refused: the panel shows, as it does by default
  }
}

function keepCollapsed(collapsed: boolean): void {
  try {
    if (collapsed) window.localStorage.setItem(SAFETY_PANEL_KEY, 'collapsed');
    else window.localStorage.removeItem(SAFETY_PANEL_KEY);
  } catch {
    // Not kept: the choice lasts while the page is open.
  }
}

export function SafetyPanel() {
  const headingId = useId();
  const notesId = useId();
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = () => {
    keepCollapsed(!collapsed);
    setCollapsed(!collapsed);
  };
  return (
    <aside className="safety-panel" aria-labelledby={headingId} data-collapsed={collapsed}>
      <div className="safety-panel-head">
        <h2 id={headingId}>Safety and care</h2>
        <button type="button" aria-expanded={!collapsed} aria-controls={notesId} onClick={toggle}>
          {collapsed ? 'Show safety notes' : 'Hide safety notes'}
        </button>
      </div>
      {/* Hidden or not, Quick exit stays one step away. */}
      {collapsed && (
        <p>
          <strong>Quick exit</strong> is at the top, or press <kbd>Escape</kbd> twice.
        </p>
      )}
      <div id={notesId} hidden={collapsed}>
        <SafetyNotes />
      </div>
    </aside>
  );
}

function SafetyNotes() {
  return (
    <>
      <p>{NOT_THERAPY_TEXT}</p>
      <p className="safety-violence">{VIOLENCE_TEXT}</p>
      <p>
        To leave this page at once, use <strong>Quick exit</strong> at the top, or press{' '}
        <kbd>Escape</kbd> twice.
      </p>
      <p>Your maps stay on this device. Nothing is sent anywhere, and nothing is tracked.</p>
    </>
  );
}
