/** Safety and care (DOMAIN.md §4): what Cyclemap is not, when its frame does not apply, and how to leave fast. */
import { useId } from 'react';

export const NOT_THERAPY_TEXT =
  'Cyclemap is a tool for reflection, not therapy or a diagnosis. For real help, look for an EFT therapist (the ICEEFT directory lists them).';

export const VIOLENCE_TEXT =
  "If you are afraid of your partner, or there is violence or control in your relationship, the idea that 'the cycle is the enemy' does not apply. Your safety comes first: reach out to a domestic-violence helpline.";

export function SafetyPanel() {
  const headingId = useId();
  return (
    <aside className="safety-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Safety and care</h2>
      <p>{NOT_THERAPY_TEXT}</p>
      <p className="safety-violence">{VIOLENCE_TEXT}</p>
      <p>
        To leave this page at once, use <strong>Quick exit</strong> at the top, or press{' '}
        <kbd>Escape</kbd> twice.
      </p>
      <p>Your maps stay on this device. Nothing is sent anywhere, and nothing is tracked.</p>
    </aside>
  );
}
