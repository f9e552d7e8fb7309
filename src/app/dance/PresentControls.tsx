/**
 * The Present button, and while a staged reveal is under way its Previous and Next: a therapist
 * reveals the cycle part by part (→ or PageDown, so a presentation clicker works) before it plays.
 */
import {
  isPresenting,
  nextRevealWordsOf,
  REVEAL_STAGES,
  revealOf,
  revealWordsOf,
} from '../../studio';
import { useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';

export function PresentButton() {
  const run = useDispatch();
  const presenting = useStudioSelector(isPresenting);
  return (
    <button
      type="button"
      className="present-button"
      aria-pressed={presenting}
      aria-keyshortcuts="P"
      onClick={() => run('present', undefined)}
    >
      {presenting ? 'Stop presenting' : 'Present'}
    </button>
  );
}

export function RevealControls() {
  const run = useDispatch();
  const stage = useStudioSelector(revealOf);
  const shown = useStudioSelector(revealWordsOf);
  const next = useStudioSelector(nextRevealWordsOf);
  if (stage === null) return null;
  const at = REVEAL_STAGES.indexOf(stage);
  return (
    <div className="reveal-controls" role="group" aria-label="Reveal the cycle step by step">
      {/* The narration says what each stage shows; this line only counts. */}
      <p className="reveal-shown">
        Showing {at + 1} of {REVEAL_STAGES.length}: {shown}
      </p>
      <div className="reveal-buttons">
        <button
          type="button"
          onClick={() => run('revealPrevious', undefined)}
          disabled={at === 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          <span aria-hidden="true">◀ </span>Previous
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => run('revealNext', undefined)}
          aria-keyshortcuts="ArrowRight PageDown"
        >
          Next: {next}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
    </div>
  );
}
