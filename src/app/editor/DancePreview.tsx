/** The live preview beside the editor: the couple's loop as the map stands now, and how the dance ends when left to itself. */
import { memo, useDeferredValue, useId, useMemo } from 'react';
import {
  danceOf,
  loopReadingOf,
  previousReadingOf,
  readingOf,
  reducedMotionChoiceOf,
  seedOf,
  speedOf,
  TURN_MS,
  type LoadedDance,
} from '../../studio';
import { DanceLoop } from '../../viz/loop/DanceLoop';
import { useAfterPaint } from '../../viz/motion/useAfterPaint';
import { usePrefersReducedMotion } from '../dance/useReducedMotion';
import { useStudioSelector } from '../studio/StudioContext';

/** The loop renders only when what it shows changes, not on every keystroke around it. */
const Loop = memo(DanceLoop);

/** How the same seed's dance ends with no repair, in a sentence. */
function endingOf(dance: LoadedDance, seed: number): string {
  const last = dance.baseline.snapshots.at(-1);
  if (last === undefined) return '';
  const { phase, turn } = loopReadingOf(last);
  const at = `turn ${turn}, about ${Math.round((turn * 6) / 60)} minutes in`;
  const left = `Left to itself (seed ${seed}), this dance`;
  if (phase === 'reconnected') return `${left} settles and reconnects at ${at}.`;
  if (phase === 'disengaged')
    return `${left} ends disengaged at ${at}: both partners shut down or flooded.`;
  return `${left} is still unresolved when the talk ends at turn ${turn}.`;
}

export function DancePreview() {
  const headingId = useId();
  // Typing stays quick: the field's frame is painted first (useAfterPaint), then the loop catches
  // up in a render that gives way to the next key (useDeferredValue).
  const dance = useDeferredValue(useAfterPaint(useStudioSelector(danceOf), true));
  const reading = useDeferredValue(useAfterPaint(useStudioSelector(readingOf), true));
  const previous = useDeferredValue(useAfterPaint(useStudioSelector(previousReadingOf), true));
  const speed = useStudioSelector(speedOf);
  const seed = useStudioSelector(seedOf);
  const motionChoice = useStudioSelector(reducedMotionChoiceOf);
  const systemReducedMotion = usePrefersReducedMotion();
  const ending = useMemo(() => (dance === null ? '' : endingOf(dance, seed)), [dance, seed]);

  return (
    <section className="editor-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Live preview</h3>
      <p className="editor-note">The loop follows every change you make.</p>
      {dance !== null && reading !== null && (
        <>
          <Loop
            map={dance.map}
            reading={reading}
            previous={previous}
            turnDurationMs={(TURN_MS / speed) * 0.8}
            reducedMotion={motionChoice ?? systemReducedMotion}
          />
          <p className="editor-ending">{ending}</p>
        </>
      )}
    </section>
  );
}
