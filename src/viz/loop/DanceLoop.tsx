/**
 * The DanceLoop: both partners' steps drawn as one closed loop, what lies below the line under each
 * side, and the dance's state — where it is, how hot it runs, who is flooded, and whether it opened.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { CycleMap } from '../../core';
import {
  isRevealed,
  REVEAL_STAGES,
  type LoopReading,
  type LoopWindows,
  type RevealStage,
} from '../../studio';
import { EASE_QUAD_IN_OUT } from '../motion/compositor';
import { useAfterPaint } from '../motion/useAfterPaint';
import { useCrossfade } from '../motion/useCrossfade';
import { useGlide } from '../motion/useGlide';
import { useElementWidth } from '../useElementWidth';
import { LoopCallout } from './LoopCallout';
import { LoopCrossing } from './LoopCrossing';
import { LoopIceberg } from './LoopIceberg';
import { LoopLine } from './LoopLine';
import { loopLayout, type StepLayout } from './loopLayout';
import { loopPaint, loopTargets } from './loopPaint';
import { revealedSteps } from './loopReveal';
import { stepLabel } from './loopWords';
import { LoopStatus } from './LoopStatus';
import { LoopStep } from './LoopStep';
import { PartnerFigure } from './PartnerFigure';
import { loopScene, sceneTravel, stepBadges } from './loopScene';
import { usePulse } from './usePulse';

export type { LoopWindows };

export interface DanceLoopProps {
  map: CycleMap;
  /** The moment now, and the one before (for the pulse's start), as the studio reads them. */
  reading: LoopReading;
  previous?: LoopReading | null;
  /** How long the pulse takes to travel, at the current speed. */
  turnDurationMs: number;
  reducedMotion: boolean;
  /** The repair-window overlay; null or undefined turns it off. */
  windows?: LoopWindows | null;
  /** The clock's words ("Turn 12 · Round 2", or the time after a break); turn and round unless given. */
  clock?: string | null;
  /** A staged reveal's stage: only the parts of the cycle shown so far are drawn. Null or undefined: all. */
  reveal?: RevealStage | null;
  /**
   * The height the drawing must fit in (it scales down to it), or null to take its natural height.
   * Where fitting everything would make the words too small, what lies below the line is left out
   * until asked for (a button says so).
   */
  fitHeight?: number | null;
  /**
   * While the dance plays: the pulse sets off for the moment given at once, and the rest of the
   * drawing follows once that frame is painted, so the browser is already animating while the
   * page redraws (no frame dropped waiting for it). Off: everything changes in the same frame.
   */
  lead?: boolean;
  /** The drawing's width for its first frame, when already measured (see `useElementWidth`). */
  firstWidth?: number | null;
}

/** Below this scale the words get too small to read across a room: leave out what is below the line. */
const MIN_FIT_SCALE = 0.8;

/** Width laid out for until the container has been measured (and in tests, where nothing is). */
const FALLBACK_WIDTH = 720;

export function DanceLoop({
  map,
  reading: readingNow,
  previous: previousNow = null,
  turnDurationMs,
  reducedMotion,
  windows,
  clock: clockNow = null,
  reveal = null,
  fitHeight = null,
  lead = false,
  firstWidth = null,
}: DanceLoopProps) {
  const reading = useAfterPaint(readingNow, lead);
  const previous = useAfterPaint(previousNow, lead);
  const clock = useAfterPaint(clockNow, lead);
  const [belowChoice, setBelowChoice] = useState<boolean | null>(null);
  const stage = reveal === null ? null : REVEAL_STAGES.indexOf(reveal);
  const shows = (part: RevealStage) => isRevealed(part, stage);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH, firstWidth);
  const withBadges = windows !== null && windows !== undefined;
  const dense = fitHeight !== null;
  const layout = useMemo(
    () => loopLayout(map, { width, badges: withBadges, dense }),
    [map, width, withBadges, dense],
  );
  const before = previous ?? null;
  // The same array while the names stay, so the memoised parts of the drawing are left alone.
  const names = useMemo(
    () => [map.partners[0].name, map.partners[1].name] as const,
    [map.partners],
  );
  const [shown, setShown] = useState<string | null>(null);
  const captionId = useId();
  const onShow = useCallback((key: string | null) => setShown(key), []);

  const targets = loopTargets(layout, reading);
  const paint = loopPaint(layout, targets.tone, targets.values);
  // While the cycle is being revealed nothing moves: the pulse waits for the dance to play.
  const animate = !reducedMotion && reveal === null;
  const duration = Math.max(0, turnDurationMs);

  // Motion runs on the compositor: each new moment is drawn once, in its resting place, and the
  // browser animates the way there (transform and opacity only: no work on the page per frame).
  const lineRef = useRef<SVGGElement>(null);
  const lineBeforeRef = useRef<SVGGElement>(null);
  const leftFigure = useRef<SVGGElement>(null);
  const rightFigure = useRef<SVGGElement>(null);
  const pulseRef = useRef<SVGGElement>(null);
  const tone = targets.tone;
  const figureY = layout.figures.y;
  const fadeMs = tone === 'reconnected' ? Math.max(duration, 900) : duration;
  const beforeTargets = before === null ? null : loopTargets(layout, before);
  const beforePaint =
    animate && beforeTargets !== null
      ? {
          tone: beforeTargets.tone,
          paint: loopPaint(layout, beforeTargets.tone, beforeTargets.values),
        }
      : null;
  useCrossfade(lineRef, lineBeforeRef, `${tone} ${targets.values.join(' ')}`, fadeMs, animate);
  const glide = { duration: fadeMs, easing: EASE_QUAD_IN_OUT, animate, frame: layout };
  const figureAt = ([x = 0]: readonly number[]) => `translate(${x}px, ${figureY}px)`;
  useGlide(leftFigure, [paint.figureX[0]], figureAt, glide);
  useGlide(rightFigure, [paint.figureX[1]], figureAt, glide);

  const open = targets.openAt !== null;
  const scene = useMemo(() => loopScene(layout, reading, open), [layout, reading, open]);
  // The badges change with the figures (once a round), not with the moment: each step keeps its
  // badge object from one turn to the next, so a step the turn leaves alone is not redrawn.
  const badges = useMemo(
    () => stepBadges(layout, windows ?? null, names),
    [layout, windows, names],
  );
  // The pulse follows the moment given, not the one drawn: with `lead` it sets off a frame early.
  const travel = sceneTravel(layout, readingNow, previousNow, animate);
  usePulse(pulseRef, layout.track, travel, duration);
  const badgeOf = (step: StepLayout) => badges?.get(step.key) ?? null;
  const belowFits = fitHeight === null || fitHeight >= layout.height * MIN_FIT_SCALE;
  // A staged reveal shows what is below the line when it gets there; otherwise the person's choice,
  // or whether it fits.
  const showBelow = shows('below') && (reveal !== null || (belowChoice ?? belowFits));
  const canChooseBelow = fitHeight !== null && reveal === null && !belowFits;
  const drawnHeight = showBelow ? layout.height : layout.aboveHeight;

  return (
    <figure
      className="dance-loop"
      aria-labelledby={captionId}
      data-phase={reading.phase}
      data-repair-stage={reading.repairStage ?? undefined}
      data-cue={reading.cue}
      data-open={scene.open}
      data-motion={reducedMotion ? 'reduced' : 'full'}
      data-compact={layout.metrics.compact}
    >
      <figcaption id={captionId} className="visually-hidden">
        The loop: {names[0]}’s move sets off {names[1]}’s trigger, and {names[1]}’s move sets off{' '}
        {names[0]}’s trigger.
      </figcaption>
      <LoopStatus reading={reading} clock={clock ?? null} />
      <div ref={frameRef} className="dance-loop-frame">
        <svg
          className="dance-loop-svg"
          viewBox={`0 0 ${layout.width} ${drawnHeight}`}
          width="100%"
          preserveAspectRatio="xMidYMin meet"
        >
          {layout.headers.map((header, i) => (
            <text
              key={i}
              className="dance-loop-header"
              data-partner={i}
              x={header.x}
              y={header.y}
              fontSize={layout.metrics.nameFont}
              textAnchor={header.anchor}
              aria-hidden="true"
            >
              {header.text}
            </text>
          ))}
          <g className="dance-loop-line" aria-hidden="true">
            <line x1={layout.line.x1} x2={layout.line.x2} y1={layout.line.y} y2={layout.line.y} />
            <text
              x={layout.centreX}
              y={layout.line.y + layout.metrics.captionFont * 0.36}
              fontSize={layout.metrics.captionFont}
              textAnchor="middle"
            >
              THE LINE
            </text>
          </g>
          {showBelow &&
            layout.below.map((below) => (
              <LoopIceberg
                key={below.partner}
                below={below}
                metrics={layout.metrics}
                name={names[below.partner]}
                onShow={onShow}
              />
            ))}
          {beforePaint !== null && (
            <LoopLine
              layer="before"
              lineRef={lineBeforeRef}
              paint={beforePaint.paint}
              tone={beforePaint.tone}
              crossings={layout.crossings}
              arrows={shows('crossings')}
              openAt={beforeTargets?.openAt ?? null}
            />
          )}
          <LoopLine
            layer="now"
            lineRef={lineRef}
            paint={paint}
            tone={tone}
            crossings={layout.crossings}
            arrows={shows('crossings')}
            openAt={targets.openAt}
          />
          {layout.crossings.map((crossing, i) =>
            !shows('crossings') ? null : (
              <LoopCrossing
                key={i}
                crossing={crossing}
                metrics={layout.metrics}
                names={names}
                open={targets.openAt === i}
              />
            ),
          )}
          {([0, 1] as const).map((partner) => (
            <g
              key={partner}
              className="dance-loop-steps"
              role="list"
              aria-label={`${names[partner]}’s steps`}
              data-partner={partner}
            >
              {revealedSteps(scene.steps[partner], reveal).map((step) => (
                <LoopStep
                  key={step.key}
                  step={step}
                  metrics={layout.metrics}
                  label={stepLabel(names[partner], step, badgeOf(step))}
                  current={reveal === null && step === scene.current}
                  badge={badgeOf(step)}
                  onShow={onShow}
                />
              ))}
            </g>
          ))}
          <g className="dance-loop-figures" data-together={reading.phase === 'reconnected'}>
            {([0, 1] as const).map((partner) => (
              <PartnerFigure
                key={partner}
                partner={partner}
                name={names[partner]}
                x={paint.figureX[partner]}
                figure={layout.figures}
                metrics={layout.metrics}
                flooded={reading.flooded[partner]}
                facing={scene.facing}
                figureRef={partner === 0 ? leftFigure : rightFigure}
              />
            ))}
          </g>
          {animate && (
            <g ref={pulseRef} className="dance-loop-pulse" aria-hidden="true">
              <circle r={layout.metrics.nodeRadius * 0.7} />
              <circle className="dance-loop-pulse-core" r={layout.metrics.nodeRadius * 0.28} />
            </g>
          )}
          {shown !== null && <LoopCallout layout={layout} names={names} shown={shown} />}
        </svg>
      </div>
      {canChooseBelow && (
        <button
          type="button"
          className="dance-loop-below-toggle"
          aria-pressed={showBelow}
          onClick={() => setBelowChoice(!showBelow)}
        >
          {showBelow ? 'Hide what lies below the line' : 'Show what lies below the line'}
        </button>
      )}
    </figure>
  );
}
